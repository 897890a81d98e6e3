-- WITH: plain, recursive, materialized, data-modifying
CREATE TABLE tree (id int PRIMARY KEY, parent int, label text);
INSERT INTO tree VALUES (1, NULL, 'root'), (2, 1, 'a'), (3, 1, 'b'), (4, 2, 'a1'), (5, 2, 'a2'), (6, 4, 'a1x');
WITH t AS (SELECT id, label FROM tree WHERE parent = 1) SELECT * FROM t ORDER BY id;
WITH a AS (SELECT 1 AS x), b AS (SELECT x + 1 AS y FROM a) SELECT * FROM a, b;
WITH t(n, l) AS (SELECT id, label FROM tree) SELECT n, l FROM t WHERE n > 4 ORDER BY n;
WITH t AS MATERIALIZED (SELECT id FROM tree) SELECT count(*) FROM t;
WITH t AS NOT MATERIALIZED (SELECT id FROM tree) SELECT max(id) FROM t;
WITH t AS (SELECT id FROM tree) SELECT * FROM t a JOIN t b ON a.id = b.id + 1 ORDER BY a.id;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5) SELECT * FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100) SELECT sum(i), count(*) FROM n;
WITH RECURSIVE sub AS (
  SELECT id, label, 0 AS depth, label AS path FROM tree WHERE id = 1
  UNION ALL
  SELECT t.id, t.label, s.depth + 1, s.path || '/' || t.label FROM tree t JOIN sub s ON t.parent = s.id
) SELECT * FROM sub ORDER BY path;
WITH RECURSIVE up AS (
  SELECT id, parent FROM tree WHERE id = 6
  UNION ALL
  SELECT t.id, t.parent FROM tree t, up WHERE t.id = up.parent
) SELECT id FROM up ORDER BY id;
WITH RECURSIVE c(x) AS (SELECT 1 UNION SELECT (x % 3) + 1 FROM c) SELECT * FROM c ORDER BY x;
WITH RECURSIVE fib(a, b) AS (SELECT 0::bigint, 1::bigint UNION ALL SELECT b, a + b FROM fib WHERE b < 100)
  SELECT a FROM fib ORDER BY a;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT * FROM n LIMIT 3;
SELECT (WITH t AS (SELECT 42 AS v) SELECT v FROM t) AS scalar;
SELECT * FROM tree WHERE id IN (WITH RECURSIVE d AS (SELECT 2 AS id UNION ALL
  SELECT tree.id FROM tree JOIN d ON tree.parent = d.id) SELECT id FROM d) ORDER BY id;
WITH RECURSIVE t(n) AS (VALUES (1) UNION ALL SELECT n + 1 FROM t WHERE n < 4) SELECT n, n * n FROM t ORDER BY n DESC;
WITH RECURSIVE paths(id, path) AS (
  SELECT id, ARRAY[id] FROM tree WHERE parent IS NULL
  UNION ALL
  SELECT t.id, p.path || t.id FROM tree t JOIN paths p ON t.parent = p.id
) SELECT id, path, array_length(path, 1) AS depth FROM paths ORDER BY id;
WITH RECURSIVE cnt AS (SELECT 1 AS n UNION ALL SELECT n + 1 FROM cnt WHERE n < 3)
  SELECT a.n, b.n FROM cnt a CROSS JOIN cnt b WHERE a.n < b.n ORDER BY 1, 2;
WITH t AS (SELECT parent, count(*) AS c FROM tree GROUP BY parent) SELECT * FROM t WHERE c > 1 ORDER BY parent;
WITH x AS (SELECT 1 AS a) SELECT * FROM x UNION ALL SELECT * FROM x;
WITH x AS (SELECT id FROM tree WHERE id < 3) SELECT (SELECT count(*) FROM x), (SELECT max(id) FROM x);
WITH outer_cte AS (SELECT 10 AS v) SELECT (WITH inner_cte AS (SELECT v + 1 AS w FROM outer_cte) SELECT w FROM inner_cte);
-- data-modifying
CREATE TABLE src (id int, v text);
CREATE TABLE dst (id int, v text);
INSERT INTO src VALUES (1, 'one'), (2, 'two'), (3, 'three');
WITH moved AS (DELETE FROM src WHERE id < 3 RETURNING *) INSERT INTO dst SELECT * FROM moved;
SELECT * FROM src ORDER BY id;
SELECT * FROM dst ORDER BY id;
WITH ins AS (INSERT INTO dst VALUES (10, 'ten') RETURNING id) SELECT id FROM ins;
WITH upd AS (UPDATE dst SET v = upper(v) WHERE id <= 2 RETURNING id, v) SELECT * FROM upd ORDER BY id;
WITH d AS (DELETE FROM dst WHERE id = 10 RETURNING *) SELECT count(*) FROM d;
WITH i AS (INSERT INTO src VALUES (4, 'four') RETURNING *) SELECT count(*) FROM src;
SELECT * FROM src ORDER BY id;
WITH i AS (INSERT INTO src VALUES (5, 'five')) SELECT 1 AS done;
SELECT count(*) FROM src;
WITH u AS (UPDATE src SET v = 'x' WHERE id = 5 RETURNING id) UPDATE dst SET v = 'y' WHERE id IN (SELECT id - 4 FROM u);
SELECT * FROM dst ORDER BY id;
-- errors
WITH RECURSIVE n(i) AS (SELECT i + 1 FROM n UNION ALL SELECT 1) SELECT * FROM n;
WITH t AS (SELECT 1), t AS (SELECT 2) SELECT 1;
WITH t(a, b) AS (SELECT 1) SELECT * FROM t;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3) SELECT * FROM n, nosuch;
SELECT * FROM (WITH d AS (DELETE FROM src RETURNING *) SELECT * FROM d) s;
WITH RECURSIVE x(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM x WHERE n < 3 ORDER BY 1) SELECT * FROM x;
WITH RECURSIVE x(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM x WHERE n < 3 LIMIT 2) SELECT * FROM x;
WITH RECURSIVE x(n) AS (SELECT 1 INTERSECT SELECT n + 1 FROM x) SELECT * FROM x;
WITH t AS (SELECT 1 AS a) SELECT b FROM t;
WITH RECURSIVE x(n) AS (SELECT 1 UNION ALL SELECT count(*) FROM x) SELECT * FROM x;
DROP TABLE tree, src, dst;
