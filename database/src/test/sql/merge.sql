CREATE TABLE target (tid integer, balance integer) WITH (autovacuum_enabled=off);
CREATE TABLE source (sid integer, delta integer) WITH (autovacuum_enabled=off);
INSERT INTO target VALUES (1, 10), (2, 20), (3, 30);
INSERT INTO source VALUES (2, 5), (3, 20), (4, 40);
-- insert, update and delete in one statement
BEGIN;
MERGE INTO target t
USING source AS s
ON t.tid = s.sid
WHEN MATCHED AND t.balance > s.delta THEN
  UPDATE SET balance = t.balance - s.delta
WHEN MATCHED THEN
  DELETE
WHEN NOT MATCHED AND s.delta > 0 THEN
  INSERT VALUES (s.sid, s.delta)
WHEN NOT MATCHED THEN
  DO NOTHING;
SELECT * FROM target ORDER BY tid;
ROLLBACK;
-- a subquery source, column list and DEFAULT
CREATE TABLE t2 (a int PRIMARY KEY, b text DEFAULT 'dflt', c int);
MERGE INTO t2 USING (SELECT 1 AS x, 'one' AS y) AS s ON t2.a = s.x
WHEN NOT MATCHED THEN INSERT (a, c) VALUES (s.x, 7);
MERGE INTO t2 USING (SELECT 1 AS x, 'one' AS y) AS s ON t2.a = s.x
WHEN NOT MATCHED THEN INSERT (a, c) VALUES (s.x, 7)
WHEN MATCHED THEN UPDATE SET b = s.y, c = t2.c + 1;
SELECT * FROM t2;
MERGE INTO t2 USING (SELECT 2 AS x) AS s ON t2.a = s.x
WHEN NOT MATCHED THEN INSERT DEFAULT VALUES;
MERGE INTO t2 t USING (VALUES (5), (6)) AS s(x) ON t.a = s.x
WHEN NOT MATCHED THEN INSERT VALUES (s.x, DEFAULT, s.x * 10);
SELECT * FROM t2 ORDER BY a;
-- DO NOTHING only
MERGE INTO t2 USING (SELECT 5 AS x) s ON t2.a = s.x WHEN MATCHED THEN DO NOTHING;
-- a target row matched twice
MERGE INTO t2 USING (VALUES (5), (5)) AS s(x) ON t2.a = s.x
WHEN MATCHED THEN UPDATE SET c = 0;
-- errors
MERGE INTO t2 USING (SELECT 9 AS x) s ON t2.a = s.x WHEN NOT MATCHED THEN INSERT VALUES (s.x, t2.b);
MERGE INTO t2 USING (SELECT 9 AS x) s ON t2.a = s.x WHEN MATCHED THEN INSERT VALUES (s.x);
MERGE INTO t2 USING (SELECT 9 AS x) s ON t2.a = s.x WHEN NOT MATCHED THEN UPDATE SET c = 1;
MERGE INTO t2 USING (SELECT 9 AS x) s ON t2.a = s.x WHEN NOT MATCHED THEN INSERT VALUES (s.x, 'a', 1, 2);
MERGE INTO t2 USING (SELECT 9 AS x) s ON t2.a = s.x WHEN MATCHED THEN UPDATE SET nosuch = 1;
MERGE INTO nosuch USING (SELECT 9 AS x) s ON nosuch.a = s.x WHEN MATCHED THEN DELETE;
MERGE INTO t2 USING (SELECT 1 AS x) s ON t2.a = s.x WHEN NOT MATCHED THEN INSERT VALUES (1);
MERGE INTO t2 USING t2 ON t2.a = t2.a WHEN MATCHED THEN DELETE;
-- a duplicate insert
MERGE INTO t2 USING (VALUES (8), (8)) AS s(x) ON t2.a = s.x WHEN NOT MATCHED THEN INSERT VALUES (s.x);
-- a join as the source
CREATE TABLE s1 (k int, v int);
CREATE TABLE s2 (k int, w int);
INSERT INTO s1 VALUES (1, 100), (2, 200), (10, 1000);
INSERT INTO s2 VALUES (1, 1), (10, 10);
MERGE INTO t2 USING s1 JOIN s2 ON s1.k = s2.k ON t2.a = s1.k
WHEN MATCHED THEN UPDATE SET c = s1.v + s2.w
WHEN NOT MATCHED THEN INSERT (a, c) VALUES (s1.k, s2.w);
SELECT * FROM t2 ORDER BY a;
-- PREPARE and EXPLAIN
PREPARE m(int) AS MERGE INTO t2 USING (SELECT $1 AS x) s ON t2.a = s.x WHEN MATCHED THEN DELETE;
EXECUTE m(10);
EXECUTE m(10);
SELECT count(*) FROM t2;
DROP TABLE target, source, t2, s1, s2;
