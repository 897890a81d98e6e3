-- COPY FROM STDIN and COPY TO STDOUT, text and CSV formats.
CREATE TABLE items (id integer PRIMARY KEY, name text, price numeric(8,2), note text);
COPY items FROM STDIN;
1	apple	1.50	\N
2	pear	2.00	tab\there
3	fig	0.75	back\\slash
\.
COPY items (id, name) FROM STDIN WITH (FORMAT csv);
4,"quoted, comma"
5,"say ""hi"""
\.
COPY items FROM STDIN WITH (FORMAT csv, HEADER true, NULL 'NA');
id,name,price,note
6,kiwi,NA,ripe
\.
SELECT * FROM items ORDER BY id;
COPY items TO STDOUT;
COPY items TO STDOUT WITH (FORMAT csv, HEADER);
COPY (SELECT id, upper(name) FROM items WHERE id > 3 ORDER BY id) TO STDOUT WITH CSV;
COPY items (id, price) TO STDOUT WITH (DELIMITER '|');
-- errors
COPY items FROM STDIN;
7	plum
\.
COPY items FROM STDIN;
1	dup	1	x
\.
COPY items (nosuch) FROM STDIN;
SELECT count(*) FROM items;
DROP TABLE items;
