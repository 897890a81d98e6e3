-- Set-returning functions in the select list (advanced in lockstep, the shorter padded with
-- nulls), in FROM (with ORDINALITY, several arrays side by side) and where they are rejected.
SELECT generate_series(1, 3);
SELECT generate_series(1, 3) AS a, generate_series(1, 2) AS b;
SELECT generate_series(1, 3) * 2 AS doubled, 'x' AS c;
SELECT unnest(ARRAY[1, 2]), unnest(ARRAY['a', 'b', 'c']) ORDER BY 2 DESC;
CREATE TABLE srf_t (id int, arr int[]);
INSERT INTO srf_t VALUES (1, '{10,20}'), (2, '{}'), (3, NULL), (4, '{40}');
SELECT id, unnest(arr) FROM srf_t ORDER BY id, 2;
SELECT id, unnest(arr) AS u, generate_series(1, id) AS g FROM srf_t ORDER BY id, g;
SELECT DISTINCT unnest(arr) % 20 AS m FROM srf_t ORDER BY 1;
SELECT regexp_matches('a1b22', '\d+', 'g');
SELECT jsonb_array_elements('[1, "a", null]');
SELECT jsonb_array_elements_text('[1, "a", null]') AS e LIMIT 2;
SELECT jsonb_object_keys('{"b": 1, "a": 2}') AS k ORDER BY k;
SELECT generate_subscripts(ARRAY[5, 6], 1) AS i, generate_series(1, 3) AS g;
SELECT generate_series(1, 3) LIMIT 2;
SELECT (SELECT generate_series(1, 1) AS one), (SELECT x FROM (VALUES (5)) v(x)), (VALUES (3)), generate_series(1, 2) AS g;
EXPLAIN (COSTS OFF) SELECT generate_series(1, 3);
CREATE TABLE srf_ins (n int);
INSERT INTO srf_ins SELECT generate_series(1, 4);
SELECT sum(n), count(*) FROM srf_ins;
SELECT * FROM generate_series(1, 3) WITH ORDINALITY AS t(v, n) WHERE v > 1;
SELECT * FROM unnest(ARRAY[1, 2, 3], ARRAY['a', 'b']) AS t(n, s);
SELECT * FROM srf_t WHERE generate_series(1, 2) > 1;
SELECT * FROM srf_t JOIN srf_ins ON unnest(srf_t.arr) = srf_ins.n;
SELECT 1 LIMIT generate_series(1, 2);
DROP TABLE srf_t, srf_ins;
