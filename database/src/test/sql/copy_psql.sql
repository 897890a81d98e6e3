-- psql's \copy: the client reads or writes the data and the server runs COPY FROM STDIN or
-- COPY TO STDOUT, in text, CSV and binary format. Files are written under /tmp and removed at
-- the end; a binary file round-trips every value exactly.
CREATE TABLE pc (id int, t text, n numeric, d date, arr int[], j jsonb);
\copy pc FROM stdin
1	tab\there	1.50	2024-01-02	{1,2}	{"a": 1}
2	\N	\N	\N	\N	\N
\.
\copy pc (id, t) FROM stdin WITH (FORMAT csv)
3,"comma, ""quoted"""
4,
\.
\copy pc TO stdout
\copy pc TO stdout WITH (FORMAT csv, HEADER)
\copy (SELECT id, t FROM pc WHERE id > 2 ORDER BY id) TO stdout CSV
\copy pc TO '/tmp/olifant_golden_copy_psql.bin' WITH (FORMAT binary)
\copy pc TO '/tmp/olifant_golden_copy_psql.csv' WITH (FORMAT csv, HEADER)
\copy pc TO '/tmp/olifant_golden_copy_psql.txt'
CREATE TABLE pc2 (id int, t text, n numeric, d date, arr int[], j jsonb);
\copy pc2 FROM '/tmp/olifant_golden_copy_psql.bin' WITH (FORMAT binary)
\copy pc2 FROM '/tmp/olifant_golden_copy_psql.csv' WITH (FORMAT csv, HEADER match)
\copy pc2 FROM '/tmp/olifant_golden_copy_psql.txt'
SELECT id, count(*), min(t) AS t, min(n) AS n, min(d) AS d, min(arr) AS arr, min(j::text) AS j
FROM pc2 GROUP BY id ORDER BY id;
SELECT count(*) AS differing FROM pc2 JOIN pc USING (id)
WHERE pc2.t IS DISTINCT FROM pc.t OR pc2.n IS DISTINCT FROM pc.n OR pc2.d IS DISTINCT FROM pc.d
   OR pc2.arr IS DISTINCT FROM pc.arr OR pc2.j IS DISTINCT FROM pc.j;
-- errors are reported while the data is being sent
\copy pc2 FROM stdin WITH (FORMAT csv)
x,y
\.
\copy pc2 FROM '/tmp/olifant_golden_copy_psql.bin'
\copy pc2 FROM stdin WITH (FREEZE)
9	z
\.
BEGIN;
TRUNCATE pc2;
\copy pc2 (id) FROM stdin WITH (FREEZE)
9
\.
COMMIT;
SELECT id, t FROM pc2;
\! rm -f /tmp/olifant_golden_copy_psql.bin /tmp/olifant_golden_copy_psql.csv /tmp/olifant_golden_copy_psql.txt
DROP TABLE pc, pc2;
