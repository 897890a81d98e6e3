-- Triggers on partitioned tables (row triggers cloned onto every partition, statement
-- triggers on the table named) and TRUNCATE triggers.
CREATE TABLE tp (a int, b text) PARTITION BY RANGE (a);
CREATE TABLE tp1 PARTITION OF tp FOR VALUES FROM (0) TO (10);
CREATE TABLE tp2 PARTITION OF tp FOR VALUES FROM (10) TO (20) PARTITION BY LIST (b);
CREATE TABLE tp2x PARTITION OF tp2 FOR VALUES IN ('x');
CREATE TABLE tp2y PARTITION OF tp2 FOR VALUES IN ('y');
CREATE FUNCTION trf() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE NOTICE '% % % % on % new=% old=%', TG_NAME, TG_WHEN, TG_LEVEL, TG_OP, TG_TABLE_NAME, NEW, OLD;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER b_row BEFORE INSERT OR UPDATE OR DELETE ON tp FOR EACH ROW EXECUTE FUNCTION trf();
CREATE TRIGGER a_row AFTER INSERT OR UPDATE OR DELETE ON tp FOR EACH ROW EXECUTE FUNCTION trf();
CREATE TRIGGER s_before BEFORE INSERT OR UPDATE OR DELETE ON tp FOR EACH STATEMENT EXECUTE FUNCTION trf();
CREATE TRIGGER s_after AFTER INSERT OR UPDATE OR DELETE ON tp FOR EACH STATEMENT EXECUTE FUNCTION trf();
-- rows routed to partitions and sub-partitions fire the clones on the leaves
INSERT INTO tp VALUES (1, 'x'), (15, 'y');
UPDATE tp SET b = 'z' WHERE a = 1;
-- a row moving to another partition: DELETE on the old leaf, INSERT on the new one
UPDATE tp SET a = 12, b = 'x' WHERE a = 1;
DELETE FROM tp WHERE a = 15;
-- writing a partition directly fires its clones, not the parent's statement triggers
INSERT INTO tp2y VALUES (16, 'y');
SELECT * FROM tp ORDER BY a;
SELECT tgrelid::regclass AS rel, tgname, tgparentid <> 0 AS cloned, tgtype, tgenabled
  FROM pg_trigger WHERE tgrelid::regclass::text LIKE 'tp%' ORDER BY 1, 2;
SELECT c.tgrelid::regclass AS clone, p.tgrelid::regclass AS parent
  FROM pg_trigger c JOIN pg_trigger p ON p.oid = c.tgparentid
 WHERE c.tgname = 'b_row' ORDER BY 1;
\d tp2x
\d tp2
-- a clone cannot be dropped on its own, nor replaced
DROP TRIGGER b_row ON tp1;
\echo :SQLSTATE
DROP TRIGGER b_row ON tp2x;
CREATE OR REPLACE TRIGGER b_row AFTER INSERT ON tp1 FOR EACH ROW EXECUTE FUNCTION trf();
\echo :SQLSTATE
-- partitions created or attached later get the clones
CREATE TABLE tp3 (a int, b text);
ALTER TABLE tp ATTACH PARTITION tp3 FOR VALUES FROM (20) TO (30);
CREATE TABLE tp4 PARTITION OF tp FOR VALUES FROM (30) TO (40);
INSERT INTO tp VALUES (25, 'z'), (35, 'z');
-- an attached table with a trigger of the same name
CREATE TABLE tp5 (a int, b text);
CREATE TRIGGER a_row AFTER INSERT ON tp5 FOR EACH ROW EXECUTE FUNCTION trf();
ALTER TABLE tp ATTACH PARTITION tp5 FOR VALUES FROM (40) TO (50);
\echo :SQLSTATE
DROP TABLE tp5;
-- a detached partition loses the clones
ALTER TABLE tp DETACH PARTITION tp3;
INSERT INTO tp3 VALUES (26, 'z');
SELECT tgrelid::regclass AS rel, tgname FROM pg_trigger WHERE tgrelid::regclass::text LIKE 'tp%' ORDER BY 1, 2;
-- ENABLE / DISABLE on the parent reaches the clones
ALTER TABLE tp DISABLE TRIGGER a_row;
SELECT tgrelid::regclass AS rel, tgname, tgenabled FROM pg_trigger WHERE tgname = 'a_row' ORDER BY 1;
INSERT INTO tp VALUES (2, 'x');
ALTER TABLE ONLY tp ENABLE TRIGGER a_row;
SELECT tgrelid::regclass AS rel, tgname, tgenabled FROM pg_trigger WHERE tgname = 'a_row' ORDER BY 1;
ALTER TABLE tp ENABLE TRIGGER a_row;
-- dropping the parent's trigger drops its clones
DROP TRIGGER b_row ON tp;
SELECT tgrelid::regclass AS rel, tgname FROM pg_trigger WHERE tgrelid::regclass::text LIKE 'tp%' ORDER BY 1, 2;
UPDATE tp SET b = 'w' WHERE a = 2;
-- a cloned BEFORE ROW trigger may not send the row to another partition
CREATE FUNCTION bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN NEW.a := NEW.a + 10; RETURN NEW; END $$;
CREATE TRIGGER bump BEFORE INSERT ON tp FOR EACH ROW EXECUTE FUNCTION bump();
INSERT INTO tp VALUES (5, 'q');
\echo :SQLSTATE
INSERT INTO tp1 VALUES (5, 'q');
MERGE INTO tp1 USING (VALUES (6)) v(k) ON tp1.a = v.k WHEN NOT MATCHED THEN INSERT VALUES (v.k, 'q');
COPY tp1 FROM stdin;
7	q
\.
-- also for a row an UPDATE moves to another partition
UPDATE tp SET a = 31 WHERE a = 2;
UPDATE tp SET a = 3 WHERE a = 2;
DROP TRIGGER bump ON tp;
-- TRUNCATE triggers
CREATE TRIGGER t_row BEFORE TRUNCATE ON tp FOR EACH ROW EXECUTE FUNCTION trf();
\echo :SQLSTATE
CREATE TRIGGER t_before BEFORE TRUNCATE ON tp FOR EACH STATEMENT EXECUTE FUNCTION trf();
CREATE TRIGGER t_after AFTER TRUNCATE ON tp FOR EACH STATEMENT EXECUTE FUNCTION trf();
CREATE TRIGGER t_part BEFORE TRUNCATE ON tp1 FOR EACH STATEMENT EXECUTE FUNCTION trf();
TRUNCATE tp;
SELECT count(*) FROM tp;
CREATE TABLE ref_parent (id serial PRIMARY KEY);
CREATE TABLE ref_child (id int REFERENCES ref_parent);
CREATE FUNCTION trunc_note() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE NOTICE '% % % on % new=% old=% rows=%', TG_WHEN, TG_LEVEL, TG_OP, TG_TABLE_NAME, NEW, OLD,
    (SELECT count(*) FROM ref_parent);
  RETURN NULL;
END $$;
CREATE TRIGGER rp_before BEFORE TRUNCATE ON ref_parent FOR EACH STATEMENT EXECUTE FUNCTION trunc_note();
CREATE TRIGGER rp_after AFTER TRUNCATE ON ref_parent FOR EACH STATEMENT EXECUTE FUNCTION trunc_note();
CREATE TRIGGER rc_before BEFORE TRUNCATE ON ref_child FOR EACH STATEMENT EXECUTE FUNCTION trunc_note();
CREATE TRIGGER rc_after AFTER TRUNCATE ON ref_child FOR EACH STATEMENT EXECUTE FUNCTION trunc_note();
INSERT INTO ref_parent DEFAULT VALUES;
INSERT INTO ref_parent DEFAULT VALUES;
INSERT INTO ref_child VALUES (1);
TRUNCATE ref_parent;
TRUNCATE ref_parent RESTART IDENTITY CASCADE;
INSERT INTO ref_parent DEFAULT VALUES RETURNING id;
TRUNCATE ref_child;
ALTER TABLE ref_child DISABLE TRIGGER rc_before;
TRUNCATE ref_child;
\d ref_child
DROP TABLE ref_child, ref_parent;
-- a partitioned table attached with its partitions; a trigger name taken on a partition
CREATE TABLE q (a int PRIMARY KEY, b text) PARTITION BY RANGE (a);
CREATE TABLE q1 PARTITION OF q FOR VALUES FROM (0) TO (10);
CREATE TRIGGER x AFTER INSERT ON q1 FOR EACH ROW EXECUTE FUNCTION trf();
CREATE TRIGGER x BEFORE INSERT ON q FOR EACH ROW EXECUTE FUNCTION trf();
\echo :SQLSTATE
CREATE TABLE qa (a int PRIMARY KEY, b text) PARTITION BY LIST (a);
CREATE TABLE qa1 PARTITION OF qa FOR VALUES IN (11, 12, 13);
CREATE TRIGGER own BEFORE INSERT ON qa1 FOR EACH ROW EXECUTE FUNCTION trf();
CREATE TRIGGER y BEFORE INSERT OR UPDATE ON q FOR EACH ROW EXECUTE FUNCTION trf();
CREATE TRIGGER ya AFTER UPDATE OF b ON q FOR EACH ROW EXECUTE FUNCTION trf();
ALTER TABLE q ATTACH PARTITION qa FOR VALUES FROM (10) TO (20);
SELECT tgrelid::regclass AS rel, tgname, tgparentid <> 0 AS cloned, tgattr
  FROM pg_trigger WHERE tgrelid::regclass::text LIKE 'q%' ORDER BY 1, 2;
INSERT INTO q VALUES (11, 'm') RETURNING *;
INSERT INTO q VALUES (11, 'n') ON CONFLICT (a) DO UPDATE SET b = excluded.b RETURNING *;
INSERT INTO q VALUES (11, 'n') ON CONFLICT (a) DO UPDATE SET a = 12 RETURNING *;
MERGE INTO q USING (VALUES (12), (3)) v(k) ON q.a = v.k
  WHEN MATCHED THEN UPDATE SET b = 'o' WHEN NOT MATCHED THEN INSERT VALUES (v.k, 'p');
COPY q FROM stdin;
5	c
13	d
\.
CREATE FUNCTION excl() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN NEW.b := NEW.b || '!'; RETURN NEW; END $$;
CREATE TRIGGER z BEFORE INSERT ON q FOR EACH ROW EXECUTE FUNCTION excl();
INSERT INTO q VALUES (7, 'm') RETURNING *;
DELETE FROM q WHERE a = 13;
UPDATE q SET a = 13 WHERE a = 7 RETURNING *;
SELECT * FROM q ORDER BY a;
\d qa1
DROP TABLE q;
-- COPY into a plain table fires its INSERT triggers
CREATE TABLE plain (a int PRIMARY KEY CHECK (a > 0));
CREATE TRIGGER ps AFTER INSERT ON plain FOR EACH STATEMENT EXECUTE FUNCTION trf();
CREATE TRIGGER pr BEFORE INSERT ON plain FOR EACH ROW EXECUTE FUNCTION trf();
COPY plain FROM stdin;
1
2
\.
COPY plain FROM stdin;
-1
\.
COPY plain FROM stdin;
3
1
\.
DROP TABLE plain;
-- the function of a trigger with clones
CREATE FUNCTION dfn() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER dt AFTER INSERT ON tp FOR EACH ROW EXECUTE FUNCTION dfn();
DROP FUNCTION dfn();
DROP FUNCTION dfn() CASCADE;
SELECT count(*) FROM pg_trigger WHERE tgname = 'dt';
-- OR REPLACE of the parent's trigger replaces its clones
CREATE OR REPLACE TRIGGER a_row AFTER DELETE ON tp FOR EACH ROW EXECUTE FUNCTION trf();
SELECT tgrelid::regclass AS rel, tgname, tgtype FROM pg_trigger WHERE tgname = 'a_row' ORDER BY 1;
DROP TABLE tp, tp3;
DROP FUNCTION trf(), bump(), trunc_note(), excl();
