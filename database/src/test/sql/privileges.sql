-- Table privileges checked for queries and DML, as PostgreSQL's ExecCheckRTPerms does.
-- Roles are cluster-wide: the names are unique to this file and dropped at its end.
CREATE ROLE priv_owner;
CREATE ROLE priv_group;
CREATE ROLE priv_user IN ROLE priv_group;
CREATE ROLE priv_other;
CREATE TABLE t (a int PRIMARY KEY, b int);
INSERT INTO t VALUES (1, 10), (2, 20);
CREATE TABLE s (a int, b int);
INSERT INTO s VALUES (1, 100), (3, 300);

-- reads need SELECT on every relation, wherever it appears
SET ROLE priv_user;
SELECT * FROM t;
SELECT 1 FROM t;
SELECT count(*) FROM t;
SELECT (SELECT count(*) FROM t);
SELECT * FROM (SELECT a FROM t) x;
WITH c AS (SELECT * FROM t) SELECT * FROM c;
SELECT 1 UNION SELECT a FROM t;
SELECT 1 WHERE EXISTS (SELECT 1 FROM t);
EXPLAIN (COSTS OFF) SELECT * FROM t;
RESET ROLE;
GRANT SELECT ON s TO priv_user;
SET ROLE priv_user;
SELECT * FROM s ORDER BY a;
SELECT * FROM s JOIN t USING (a);
SELECT * FROM s WHERE a IN (SELECT a FROM t);
SELECT * FROM s FOR SHARE;
SELECT * FROM s FOR KEY SHARE;
SELECT current_user;

-- the superuser bypasses every check
RESET ROLE;
SELECT * FROM t ORDER BY a;

-- INSERT: INSERT on the target, SELECT on it only when its columns are read
SET ROLE priv_user;
INSERT INTO t VALUES (3, 30);
RESET ROLE;
GRANT INSERT ON t TO priv_user;
SET ROLE priv_user;
INSERT INTO t VALUES (3, 30);
INSERT INTO t VALUES (4, 40) RETURNING 1 AS one;
INSERT INTO t VALUES (5, 50) RETURNING a;
INSERT INTO t VALUES (5, 50) RETURNING *;
INSERT INTO t SELECT a + 10, b FROM s;
INSERT INTO t VALUES (1, 1) ON CONFLICT DO NOTHING;
INSERT INTO t VALUES (1, 1) ON CONFLICT (a) DO NOTHING;
INSERT INTO t VALUES (1, 1) ON CONFLICT ON CONSTRAINT t_pkey DO NOTHING;
INSERT INTO t VALUES (1, 1) ON CONFLICT (a) DO UPDATE SET b = excluded.b;
INSERT INTO s VALUES (9, 9);

-- UPDATE: UPDATE on the target, SELECT when a column of it is read
UPDATE t SET b = 0;
RESET ROLE;
GRANT UPDATE ON t TO priv_user;
SET ROLE priv_user;
BEGIN;
UPDATE t SET b = 0;
UPDATE t SET b = 1 WHERE true;
UPDATE t SET b = 2 RETURNING 'x' AS x;
ROLLBACK;
UPDATE t SET b = b + 1;
UPDATE t SET b = 0 WHERE a = 1;
UPDATE t SET b = 0 RETURNING a;
BEGIN;
UPDATE t SET b = s.b FROM s WHERE s.a = 1;
ROLLBACK;
UPDATE t SET b = s.b FROM s WHERE s.a = t.a;
INSERT INTO t VALUES (1, 1) ON CONFLICT (a) DO UPDATE SET b = excluded.b;
SELECT * FROM t FOR UPDATE;
SELECT * FROM s FOR UPDATE;

-- DELETE: DELETE on the target, SELECT when a column of it is read
DELETE FROM t WHERE false;
RESET ROLE;
GRANT DELETE ON t TO priv_user;
SET ROLE priv_user;
BEGIN;
DELETE FROM t WHERE false;
DELETE FROM t RETURNING 1 AS one;
ROLLBACK;
DELETE FROM t WHERE a = 1;
DELETE FROM t RETURNING *;
BEGIN;
DELETE FROM t USING s WHERE s.a = 1;
ROLLBACK;
DELETE FROM t USING s WHERE s.a = t.a;

-- MERGE: per action on the target, SELECT on the source and on the target when read
MERGE INTO t USING s ON t.a = s.a WHEN MATCHED THEN UPDATE SET b = s.b;
RESET ROLE;
GRANT SELECT ON t TO priv_group;
SET ROLE priv_user;
BEGIN;
MERGE INTO t USING s ON t.a = s.a WHEN MATCHED THEN UPDATE SET b = s.b
  WHEN NOT MATCHED THEN INSERT VALUES (s.a, s.b);
UPDATE t SET b = b + 1 WHERE a = 1 RETURNING *;
SELECT * FROM t ORDER BY a;
ROLLBACK;
MERGE INTO s USING t ON s.a = t.a WHEN MATCHED THEN DELETE;

-- membership: SELECT granted to priv_group reaches priv_user; REVOKE takes it back
SELECT * FROM t ORDER BY a;
SELECT * FROM t FOR UPDATE OF t;
RESET ROLE;
REVOKE SELECT ON t FROM priv_group;
SET ROLE priv_user;
SELECT * FROM t;

-- PUBLIC grants apply to every role
SET ROLE priv_other;
SELECT * FROM s ORDER BY a;
RESET ROLE;
GRANT SELECT ON s TO PUBLIC;
SET ROLE priv_other;
SELECT * FROM s ORDER BY a;
RESET ROLE;
REVOKE SELECT ON s FROM PUBLIC;

-- a prepared statement is checked again at each execution
RESET ROLE;
GRANT SELECT ON t TO priv_user;
SET ROLE priv_user;
PREPARE q AS SELECT a, b FROM t ORDER BY a;
EXECUTE q;
RESET ROLE;
REVOKE SELECT ON t FROM priv_user;
SET ROLE priv_user;
EXECUTE q;
RESET ROLE;
EXECUTE q;
PREPARE q2 AS SELECT count(*) FROM t;
EXECUTE q2;
SET ROLE priv_user;
EXECUTE q2;
RESET ROLE;
DEALLOCATE q;
DEALLOCATE q2;

-- DECLARE checks when the cursor opens; FETCH and WHERE CURRENT OF read nothing anew
BEGIN;
SET LOCAL ROLE priv_user;
DECLARE c1 CURSOR FOR SELECT a FROM t;
ROLLBACK;
BEGIN;
GRANT SELECT ON t TO priv_user;
SET LOCAL ROLE priv_user;
DECLARE c2 CURSOR FOR SELECT a, b FROM t WHERE a = 2;
RESET ROLE;
REVOKE SELECT ON t FROM priv_user;
SET LOCAL ROLE priv_user;
FETCH 1 FROM c2;
UPDATE t SET b = 21 WHERE CURRENT OF c2;
SELECT * FROM t;
ROLLBACK;

-- views: the view needs the privilege from the current user, what it reads from its owner
CREATE VIEW v AS SELECT a, b FROM t;
ALTER VIEW v OWNER TO priv_owner;
CREATE VIEW w AS SELECT a FROM s;
SET ROLE priv_user;
SELECT * FROM w;
SELECT * FROM v;
RESET ROLE;
GRANT SELECT ON v TO priv_user;
SET ROLE priv_user;
SELECT * FROM v;
RESET ROLE;
SELECT * FROM v;
GRANT SELECT ON t TO priv_owner;
SET ROLE priv_user;
SELECT * FROM v ORDER BY a;
SELECT * FROM t;
SELECT v.a, s.b FROM v JOIN s USING (a);
RESET ROLE;
REVOKE SELECT ON t FROM priv_owner;
SET ROLE priv_user;
SELECT count(*) FROM v;
RESET ROLE;

-- the owner holds every privilege through the default ACL, unless it revokes its own
CREATE TABLE owned (a int);
INSERT INTO owned VALUES (1);
ALTER TABLE owned OWNER TO priv_user;
SET ROLE priv_user;
SELECT * FROM owned;
INSERT INTO owned VALUES (2);
UPDATE owned SET a = a + 10;
DELETE FROM owned WHERE a = 12;
SELECT * FROM owned;
REVOKE SELECT ON owned FROM priv_user;
SELECT * FROM owned;
INSERT INTO owned VALUES (3);
GRANT SELECT ON owned TO priv_user;
SELECT * FROM owned ORDER BY a;
RESET ROLE;

-- partitions and inheritance children: only the named table is checked
CREATE TABLE p (a int, b int) PARTITION BY RANGE (a);
CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (0) TO (100);
INSERT INTO p VALUES (1, 1);
CREATE TABLE parent (a int);
CREATE TABLE child () INHERITS (parent);
INSERT INTO child VALUES (7);
GRANT SELECT, INSERT ON p TO priv_user;
GRANT SELECT ON parent TO priv_user;
SET ROLE priv_user;
SELECT * FROM p;
INSERT INTO p VALUES (2, 2);
SELECT * FROM p ORDER BY a;
SELECT * FROM p1;
SELECT * FROM parent;
SELECT * FROM child;
RESET ROLE;

-- foreign keys: creating one needs REFERENCES; checks and actions run as the table owner
CREATE TABLE fk_ref (a int PRIMARY KEY);
INSERT INTO fk_ref VALUES (1);
CREATE TABLE fk_child (a int);
ALTER TABLE fk_child OWNER TO priv_user;
SET ROLE priv_user;
ALTER TABLE fk_child ADD FOREIGN KEY (a) REFERENCES fk_ref ON DELETE CASCADE;
RESET ROLE;
GRANT REFERENCES ON fk_ref TO priv_user;
SET ROLE priv_user;
ALTER TABLE fk_child ADD FOREIGN KEY (a) REFERENCES fk_ref ON DELETE CASCADE;
INSERT INTO fk_child VALUES (1);
INSERT INTO fk_child VALUES (2);
SELECT * FROM fk_child;
RESET ROLE;
DELETE FROM fk_ref;
SELECT * FROM fk_child;

-- CREATE TRIGGER needs the TRIGGER privilege
CREATE FUNCTION trig_noop() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
SET ROLE priv_user;
CREATE TRIGGER tr BEFORE INSERT ON s FOR EACH ROW EXECUTE FUNCTION trig_noop();
RESET ROLE;
GRANT TRIGGER ON s TO priv_user;
SET ROLE priv_user;
CREATE TRIGGER tr BEFORE INSERT ON s FOR EACH ROW EXECUTE FUNCTION trig_noop();
RESET ROLE;
DROP TRIGGER tr ON s;
DROP FUNCTION trig_noop();

-- functions run with the rights of their caller
CREATE FUNCTION count_t() RETURNS bigint LANGUAGE sql AS 'SELECT count(*) FROM t';
CREATE FUNCTION count_t_pl() RETURNS bigint LANGUAGE plpgsql AS $$
BEGIN
  RETURN (SELECT count(*) FROM t);
END $$;
SELECT count_t(), count_t_pl();
SET ROLE priv_user;
SELECT count_t();
SELECT count_t_pl();
RESET ROLE;

-- COPY: TO needs SELECT, FROM needs INSERT
SET ROLE priv_user;
COPY t TO STDOUT;
COPY (SELECT * FROM t) TO STDOUT;
COPY s TO STDOUT;
RESET ROLE;
GRANT INSERT ON s TO priv_user;
SET ROLE priv_user;
COPY s FROM STDIN;
20	200
\.
RESET ROLE;
SELECT * FROM s ORDER BY a;

-- LOCK TABLE: ACCESS SHARE needs SELECT, ROW EXCLUSIVE a write privilege, stronger modes UPDATE, DELETE or TRUNCATE
SET ROLE priv_user;
BEGIN;
LOCK TABLE s IN ACCESS SHARE MODE;
LOCK TABLE s IN ROW EXCLUSIVE MODE;
ROLLBACK;
BEGIN;
LOCK TABLE s IN SHARE MODE;
ROLLBACK;
BEGIN;
LOCK TABLE t IN ACCESS SHARE MODE;
ROLLBACK;
BEGIN;
LOCK TABLE t IN ACCESS EXCLUSIVE MODE;
ROLLBACK;
BEGIN;
LOCK TABLE owned IN ACCESS EXCLUSIVE MODE;
ROLLBACK;
RESET ROLE;

-- NOINHERIT: a role uses its groups' privileges only after SET ROLE to them
CREATE ROLE priv_noinherit NOINHERIT IN ROLE priv_group;
CREATE ROLE priv_chain IN ROLE priv_noinherit;
GRANT SELECT ON s TO priv_group;
SET ROLE priv_noinherit;
SELECT count(*) FROM s;
SET ROLE priv_chain;
SELECT count(*) FROM s;
SET ROLE priv_group;
SELECT count(*) FROM s;
RESET ROLE;
REVOKE SELECT ON s FROM priv_group;

-- members of pg_read_all_data may read every table, of pg_write_all_data write to it
CREATE ROLE priv_reader IN ROLE pg_read_all_data;
CREATE ROLE priv_writer IN ROLE pg_write_all_data;
SET ROLE priv_reader;
SELECT count(*) FROM s;
SELECT * FROM s FOR UPDATE;
INSERT INTO s VALUES (0, 0);
SET ROLE priv_writer;
INSERT INTO s VALUES (0, 0);
UPDATE s SET b = 1 WHERE false;
UPDATE s SET b = b WHERE false;
DELETE FROM s WHERE a = 0;
SELECT count(*) FROM s;
BEGIN;
LOCK TABLE s IN ROW EXCLUSIVE MODE;
ROLLBACK;
TRUNCATE s;
RESET ROLE;
DELETE FROM s WHERE a = 0;

-- has_table_privilege and has_column_privilege read the same ACLs
GRANT SELECT ON s TO priv_group;
GRANT UPDATE ON s TO priv_other WITH GRANT OPTION;
SELECT has_table_privilege('priv_user', 's', 'SELECT') AS sel,
       has_table_privilege('priv_user', 's', 'DELETE') AS del,
       has_table_privilege('priv_user', 's', 'delete, select') AS any_of,
       has_table_privilege('priv_noinherit', 's', 'SELECT') AS noinherit,
       has_table_privilege('priv_reader', 's', 'SELECT') AS reader,
       has_table_privilege('priv_other', 's', 'UPDATE WITH GRANT OPTION') AS grantable,
       has_table_privilege('priv_user', 's', 'SELECT WITH GRANT OPTION') AS not_grantable,
       has_table_privilege('s', 'TRUNCATE') AS superuser,
       has_column_privilege('priv_user', 's', 'a', 'SELECT') AS col_sel,
       has_column_privilege('priv_user', 's', 'b', 'UPDATE') AS col_upd;
SET ROLE priv_user;
SELECT has_table_privilege('s', 'SELECT'), has_table_privilege('t', 'SELECT'), has_table_privilege('owned', 'TRUNCATE');
RESET ROLE;
SELECT has_table_privilege('priv_user', 's', 'USAGE');
SELECT has_column_privilege('priv_user', 's', 'a', 'DELETE');
REVOKE SELECT ON s FROM priv_group;
REVOKE UPDATE ON s FROM priv_other CASCADE;

-- when several relations are denied, the error names the one PostgreSQL checks first
CREATE TABLE d1 (a int);
CREATE TABLE d2 (a int);
CREATE VIEW dv AS SELECT a FROM d1;
ALTER VIEW dv OWNER TO priv_owner;
SET ROLE priv_other;
SELECT * FROM d1, d2;
SELECT * FROM d2, d1;
SELECT * FROM d2, dv;
SELECT * FROM (SELECT * FROM d1) x, d2;
SELECT * FROM d2 WHERE a IN (SELECT a FROM d1);
SELECT (SELECT 1 FROM d1 LIMIT 1), * FROM d2;
SELECT * FROM d2 WHERE EXISTS (SELECT 1 FROM dv);
SELECT * FROM (SELECT * FROM (SELECT * FROM d1) y) x, (SELECT * FROM d2) z;
SELECT 1 FROM d2 UNION ALL SELECT 1 FROM d1;
WITH c AS (SELECT * FROM d1) SELECT * FROM d2, c;
RESET ROLE;
GRANT SELECT ON dv TO priv_other;
SET ROLE priv_other;
SELECT * FROM dv, d2;
RESET ROLE;
GRANT INSERT ON d1 TO priv_other;
SET ROLE priv_other;
INSERT INTO d1 SELECT * FROM d2;
INSERT INTO d2 SELECT * FROM d1;
UPDATE d2 SET a = 1 FROM d1;
DELETE FROM d2 WHERE a IN (SELECT a FROM d1);
RESET ROLE;
DROP VIEW dv;
DROP TABLE d1, d2;

DROP TABLE fk_child, fk_ref, parent, child, p, owned;
DROP VIEW v, w;
DROP FUNCTION count_t();
DROP FUNCTION count_t_pl();
DROP TABLE t, s;
DROP ROLE priv_owner;
DROP ROLE priv_user;
DROP ROLE priv_group;
DROP ROLE priv_other;
DROP ROLE priv_noinherit;
DROP ROLE priv_chain;
DROP ROLE priv_reader;
DROP ROLE priv_writer;
