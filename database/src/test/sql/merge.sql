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
-- a partitioned target: inserts routed to their partition, updates that move rows
CREATE TABLE pt (key int, val text) PARTITION BY LIST (key);
CREATE TABLE pt1 PARTITION OF pt FOR VALUES IN (1, 3);
CREATE TABLE pt2 (val text, key int);
ALTER TABLE pt ATTACH PARTITION pt2 FOR VALUES IN (2, 4);
CREATE TABLE pt_other PARTITION OF pt DEFAULT;
MERGE INTO pt USING (VALUES (1), (2), (7)) AS s(x) ON pt.key = s.x
WHEN NOT MATCHED THEN INSERT VALUES (s.x, 'new ' || s.x);
SELECT * FROM pt1 ORDER BY key;
SELECT * FROM pt2 ORDER BY key;
SELECT * FROM pt_other ORDER BY key;
MERGE INTO pt USING (VALUES (1), (2), (7), (9)) AS s(x) ON pt.key = s.x
WHEN MATCHED AND pt.key = 7 THEN DELETE
WHEN MATCHED THEN UPDATE SET key = pt.key + 2, val = pt.val || ' moved'
WHEN NOT MATCHED THEN INSERT VALUES (s.x, 'new ' || s.x);
SELECT * FROM pt1 ORDER BY key;
SELECT * FROM pt2 ORDER BY key;
SELECT * FROM pt_other ORDER BY key;
MERGE INTO pt USING (VALUES (3)) AS s(x) ON pt.key = s.x WHEN MATCHED THEN UPDATE SET key = 5;
MERGE INTO pt USING (VALUES (3)) AS s(x) ON pt.key = s.x WHEN MATCHED THEN UPDATE SET key = 4, val = 'in place';
SELECT * FROM pt ORDER BY key;
DROP TABLE pt;
-- triggers: statement triggers of every action type MERGE has, row triggers of the actions it takes
CREATE TABLE tg (key int PRIMARY KEY, val text);
INSERT INTO tg VALUES (1, 'one'), (3, 'three'), (4, 'four');
CREATE FUNCTION tg_fn() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF tg_level = 'STATEMENT' THEN
    RAISE NOTICE '% % %', tg_when, tg_level, tg_op;
    RETURN NULL;
  ELSIF tg_op = 'INSERT' THEN
    RAISE NOTICE '% % %: %', tg_when, tg_level, tg_op, NEW;
    RETURN NEW;
  ELSIF tg_op = 'UPDATE' THEN
    RAISE NOTICE '% % %: % -> %', tg_when, tg_level, tg_op, OLD, NEW;
    IF NEW.val = 'skip' THEN
      RETURN NULL;
    END IF;
    RETURN NEW;
  ELSE
    RAISE NOTICE '% % %: %', tg_when, tg_level, tg_op, OLD;
    RETURN OLD;
  END IF;
END
$$;
CREATE TRIGGER tg_bs BEFORE INSERT OR UPDATE OR DELETE ON tg FOR EACH STATEMENT EXECUTE FUNCTION tg_fn();
CREATE TRIGGER tg_br BEFORE INSERT OR UPDATE OR DELETE ON tg FOR EACH ROW EXECUTE FUNCTION tg_fn();
CREATE TRIGGER tg_ar AFTER INSERT OR UPDATE OR DELETE ON tg FOR EACH ROW EXECUTE FUNCTION tg_fn();
CREATE TRIGGER tg_as AFTER INSERT OR UPDATE OR DELETE ON tg FOR EACH STATEMENT EXECUTE FUNCTION tg_fn();
MERGE INTO tg USING (VALUES (1), (2), (3), (4)) AS s(x) ON tg.key = s.x
WHEN MATCHED AND tg.key = 1 THEN UPDATE SET val = 'updated'
WHEN MATCHED AND tg.key = 4 THEN UPDATE SET val = 'skip'
WHEN MATCHED THEN DELETE
WHEN NOT MATCHED THEN INSERT VALUES (s.x, 'inserted');
SELECT * FROM tg ORDER BY key;
MERGE INTO tg USING (VALUES (1)) AS s(x) ON tg.key = s.x WHEN MATCHED THEN DO NOTHING;
MERGE INTO tg USING (VALUES (8)) AS s(x) ON tg.key = s.x WHEN NOT MATCHED THEN INSERT VALUES (s.x, 'eight');
DROP TABLE tg;
DROP FUNCTION tg_fn();
