-- Query shapes: subqueries, set operations, WITH, join forms, VALUES.
CREATE TABLE t1 (id integer PRIMARY KEY, grp text, v integer);
CREATE TABLE t2 (id integer, label text);
INSERT INTO t1 VALUES (1, 'a', 10), (2, 'a', 20), (3, 'b', 30), (4, NULL, NULL);
INSERT INTO t2 VALUES (1, 'one'), (3, 'three'), (5, 'five'), (NULL, 'none');
-- subqueries
SELECT id FROM t1 WHERE v > (SELECT avg(v) FROM t1) ORDER BY id;
SELECT id FROM t1 WHERE id IN (SELECT id FROM t2) ORDER BY id;
SELECT id FROM t1 WHERE id NOT IN (SELECT id FROM t2 WHERE id IS NOT NULL) ORDER BY id;
SELECT id FROM t1 WHERE id NOT IN (SELECT id FROM t2) ORDER BY id;
SELECT id FROM t1 WHERE EXISTS (SELECT 1 FROM t2 WHERE t2.id = t1.id) ORDER BY id;
SELECT id, (SELECT label FROM t2 WHERE t2.id = t1.id) AS label FROM t1 ORDER BY id;
SELECT id FROM t1 WHERE v > ALL (SELECT v FROM t1 WHERE grp = 'a') ORDER BY id;
SELECT id FROM t1 WHERE v = ANY (ARRAY[10, 30]) ORDER BY id;
SELECT (SELECT id FROM t1);
SELECT s.grp, s.total FROM (SELECT grp, sum(v) AS total FROM t1 GROUP BY grp) AS s ORDER BY s.grp;
-- set operations
SELECT id FROM t1 UNION SELECT id FROM t2 ORDER BY 1;
SELECT id FROM t1 UNION ALL SELECT id FROM t2 ORDER BY 1 NULLS FIRST;
SELECT id FROM t1 INTERSECT SELECT id FROM t2 ORDER BY 1;
SELECT id FROM t1 EXCEPT SELECT id FROM t2 ORDER BY 1;
SELECT 1 AS x UNION SELECT 2 UNION SELECT 1 ORDER BY x DESC;
SELECT 1, 2 UNION SELECT 3;
-- WITH
WITH big AS (SELECT * FROM t1 WHERE v >= 20) SELECT id, v FROM big ORDER BY id;
WITH a(x) AS (VALUES (1), (2)), b AS (SELECT x * 10 AS y FROM a) SELECT * FROM b ORDER BY y;
-- join forms
SELECT * FROM t1 JOIN t2 USING (id) ORDER BY id;
SELECT * FROM t1 NATURAL JOIN t2 ORDER BY id;
SELECT t1.id, t2.label FROM t1 RIGHT JOIN t2 ON t1.id = t2.id ORDER BY t2.label;
SELECT t1.id, t2.id FROM t1 FULL JOIN t2 ON t1.id = t2.id ORDER BY t1.id, t2.id;
SELECT count(*) FROM t1 CROSS JOIN t2;
SELECT a.id, b.id FROM t1 a JOIN t1 b ON a.v < b.v AND b.grp = 'b' ORDER BY a.id;
-- VALUES and DISTINCT ON
VALUES (1, 'x'), (2, 'y') ORDER BY 1 DESC;
SELECT DISTINCT ON (grp) grp, id FROM t1 ORDER BY grp, id DESC;
SELECT * FROM (VALUES (1, 'a'), (2, 'b')) AS v(n, s) WHERE n > 1;
DROP TABLE t1, t2;
