-- DDL checks object ownership (pg_class_ownercheck and friends): a non-owner fails with
-- "must be owner of <kind> <name>", a member of the owning role with INHERIT passes, a
-- NOINHERIT member does only after SET ROLE, a superuser always does. OWNER TO also wants
-- membership in the new owner. TRUNCATE and CREATE TRIGGER stay privilege checks.
-- Roles are cluster-wide: the names are unique to this file and dropped at its end.
CREATE ROLE own_owner;
CREATE ROLE own_other;
CREATE ROLE own_mallory LOGIN;
CREATE ROLE own_member LOGIN;
CREATE ROLE own_noinh NOINHERIT LOGIN;
GRANT own_owner TO own_member;
GRANT own_owner TO own_noinh;
CREATE SCHEMA own_s AUTHORIZATION own_owner;
CREATE SCHEMA own_ms AUTHORIZATION own_mallory;
CREATE DATABASE own_db;

-- objects in public, created by the superuser and given to own_owner
CREATE TABLE own_t (id int PRIMARY KEY, v int);
CREATE INDEX own_ti ON own_t (v);
CREATE VIEW own_v AS SELECT * FROM own_t;
CREATE SEQUENCE own_q;
CREATE TABLE own_pt (a int) PARTITION BY LIST (a);
CREATE TABLE own_p1 PARTITION OF own_pt FOR VALUES IN (1);
CREATE TABLE own_free (a int);
CREATE FUNCTION own_tf() RETURNS trigger LANGUAGE plpgsql AS 'begin return new; end';
CREATE TRIGGER own_tr BEFORE INSERT ON own_t FOR EACH ROW EXECUTE FUNCTION own_tf();
ALTER TABLE own_t OWNER TO own_owner;
ALTER VIEW own_v OWNER TO own_owner;
ALTER SEQUENCE own_q OWNER TO own_owner;
ALTER TABLE own_pt OWNER TO own_owner;
ALTER TABLE own_p1 OWNER TO own_owner;
ALTER TABLE own_free OWNER TO own_owner;
GRANT SELECT ON own_t TO own_mallory;
-- functions owned by the superuser
CREATE FUNCTION own_f() RETURNS int LANGUAGE sql AS 'select 1';
CREATE PROCEDURE own_p() LANGUAGE sql AS 'select 1';
CREATE FUNCTION own_ms.own_g() RETURNS int LANGUAGE sql AS 'select 1';
CREATE PROCEDURE own_ms.own_pp() LANGUAGE sql AS 'select 1';
-- in own_mallory's schema: her tables, and tables of own_owner
CREATE TABLE own_ms.mine (a int);
CREATE TABLE own_ms.mp (a int) PARTITION BY LIST (a);
CREATE TABLE own_ms.mp1 PARTITION OF own_ms.mp FOR VALUES IN (1);
CREATE TABLE own_ms.theirs (a int);
CREATE TABLE own_s.st (a int);
CREATE VIEW own_s.sv AS SELECT * FROM own_s.st;
ALTER TABLE own_s.st OWNER TO own_owner;
ALTER VIEW own_s.sv OWNER TO own_owner;
ALTER TABLE own_ms.mine OWNER TO own_mallory;
ALTER TABLE own_ms.mp OWNER TO own_mallory;
ALTER TABLE own_ms.mp1 OWNER TO own_owner;
ALTER TABLE own_ms.theirs OWNER TO own_owner;
CREATE VIEW own_ms.ov AS SELECT 1 AS a;
ALTER VIEW own_ms.ov OWNER TO own_owner;
SELECT c.relname, r.rolname FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner
 WHERE c.relname LIKE 'own\_%' OR c.relnamespace = 'own_ms'::regnamespace ORDER BY 1;

-- a role that owns nothing
SET ROLE own_mallory;
ALTER TABLE own_t ADD COLUMN x int;
ALTER TABLE own_t DROP COLUMN v;
ALTER TABLE own_t ALTER COLUMN v SET DEFAULT 1;
ALTER TABLE own_t ALTER COLUMN v SET NOT NULL;
ALTER TABLE own_t ADD CONSTRAINT own_c CHECK (v > 0);
ALTER TABLE own_t DROP CONSTRAINT own_t_pkey;
ALTER TABLE own_t ALTER COLUMN v TYPE bigint;
ALTER TABLE own_t DISABLE TRIGGER own_tr;
ALTER TABLE IF EXISTS own_t ADD COLUMN x int;
ALTER TABLE own_t RENAME TO own_t2;
ALTER TABLE own_t RENAME COLUMN v TO w;
ALTER TABLE own_t RENAME CONSTRAINT own_t_pkey TO own_k;
ALTER TABLE own_t OWNER TO own_mallory;
ALTER TABLE own_t OWNER TO own_owner;
ALTER TABLE own_t SET SCHEMA own_ms;
ALTER INDEX own_ti RENAME TO own_ti2;
ALTER VIEW own_v RENAME TO own_v2;
ALTER VIEW own_v OWNER TO own_mallory;
ALTER SEQUENCE own_q RESTART;
ALTER SEQUENCE own_q RENAME TO own_q2;
ALTER SEQUENCE own_t RESTART;
ALTER TABLE own_v ADD COLUMN x int;
DROP TABLE own_t;
DROP TABLE own_t CASCADE;
DROP TABLE own_v;
DROP TABLE own_ms.mine, own_t;
DROP TABLE own_v, own_t;
DROP TABLE IF EXISTS own_nosuch, own_t;
DROP INDEX own_ti;
DROP INDEX CONCURRENTLY own_ti;
DROP VIEW own_v;
DROP SEQUENCE own_q;
CREATE INDEX ON own_t (v);
CREATE INDEX ON own_v (v);
REINDEX INDEX own_ti;
REINDEX TABLE own_t;
REINDEX SCHEMA public;
REINDEX DATABASE golden_ownership;
CLUSTER own_t USING own_t_pkey;
COMMENT ON TABLE own_t IS 'x';
COMMENT ON TABLE own_v IS 'x';
COMMENT ON VIEW own_v IS 'x';
COMMENT ON INDEX own_ti IS 'x';
COMMENT ON SEQUENCE own_q IS 'x';
COMMENT ON COLUMN own_t.v IS 'x';
COMMENT ON CONSTRAINT own_t_pkey ON own_t IS 'x';
COMMENT ON SCHEMA own_s IS 'x';
COMMENT ON DATABASE own_db IS 'x';
CREATE TABLE own_ms.c PARTITION OF own_pt FOR VALUES IN (2);
CREATE TABLE own_ms.c2 () INHERITS (own_t);
ALTER TABLE own_pt ATTACH PARTITION own_ms.mine FOR VALUES IN (3);
ALTER TABLE own_ms.mp ATTACH PARTITION own_free FOR VALUES IN (2);
ALTER TABLE own_ms.mine INHERIT own_t;
DROP TRIGGER own_tr ON own_t;
DROP TRIGGER own_nosuch ON own_t;
CREATE TRIGGER own_tr2 BEFORE INSERT ON own_t FOR EACH ROW EXECUTE FUNCTION own_tf();
TRUNCATE own_t;
-- VACUUM and ANALYZE skip what the role may not maintain, with a warning
VACUUM own_t;
ANALYZE own_t;
VACUUM (ANALYZE) own_t, own_ms.mine;
DROP FUNCTION own_f();
DROP FUNCTION own_f;
DROP PROCEDURE own_p();
CREATE OR REPLACE FUNCTION own_ms.own_g() RETURNS int LANGUAGE sql AS 'select 2';
CREATE OR REPLACE PROCEDURE own_ms.own_pp() LANGUAGE sql AS 'select 2';
DROP SCHEMA own_s;
DROP SCHEMA own_s CASCADE;
ALTER SCHEMA own_s RENAME TO own_s2;
ALTER SCHEMA own_s OWNER TO own_mallory;
ALTER DATABASE own_db RENAME TO own_db2;
ALTER DATABASE own_db OWNER TO own_mallory;
DROP DATABASE own_db;
CREATE OR REPLACE VIEW own_ms.ov AS SELECT 2 AS a;
CREATE OR REPLACE VIEW own_ms.theirs AS SELECT 2 AS a;
-- what she owns, or what lives in her schema, she may change
ALTER TABLE own_ms.mp DETACH PARTITION own_ms.mp1;
ALTER TABLE own_ms.mine ADD COLUMN b int;
ALTER TABLE own_ms.mine RENAME TO mine2;
ALTER TABLE own_ms.mine2 RENAME TO mine;
DROP TABLE own_ms.theirs;
DROP FUNCTION own_ms.own_g();
RESET ROLE;

-- NOINHERIT: the privileges of own_owner only after SET ROLE
SET ROLE own_noinh;
ALTER TABLE own_t ADD COLUMN n int;
DROP INDEX own_ti;
COMMENT ON TABLE own_t IS 'x';
SET ROLE own_owner;
ALTER TABLE own_t ADD COLUMN n int;
ALTER TABLE own_t DROP COLUMN n;
RESET ROLE;

-- INHERIT: a member of the owner has its privileges
SET ROLE own_member;
ALTER TABLE own_t ADD COLUMN w int;
ALTER TABLE own_t RENAME COLUMN w TO w2;
REINDEX TABLE own_t;
ALTER TABLE own_t DROP COLUMN w2;
-- (creating and renaming relations also want CREATE on the schema: own_s is own_owner's)
CREATE INDEX own_si ON own_s.st (a);
REINDEX INDEX own_s.own_si;
ALTER INDEX own_s.own_si RENAME TO own_si2;
DROP INDEX own_s.own_si2;
ALTER TABLE own_s.st RENAME TO st2;
ALTER TABLE own_s.st2 RENAME TO st;
ALTER VIEW own_s.sv RENAME TO sv2;
DROP VIEW own_s.sv2;
COMMENT ON TABLE own_t IS 'owned';
COMMENT ON COLUMN own_t.v IS 'value';
ALTER SEQUENCE own_q RESTART;
CLUSTER own_t USING own_t_pkey;
DROP TRIGGER own_tr ON own_t;
CREATE TABLE own_s.child PARTITION OF own_pt FOR VALUES IN (2);
ALTER TABLE own_pt DETACH PARTITION own_s.child;
ALTER TABLE own_pt ATTACH PARTITION own_s.child FOR VALUES IN (2);
CREATE FUNCTION own_s.own_sf() RETURNS int LANGUAGE sql AS 'select 1';
CREATE OR REPLACE FUNCTION own_s.own_sf() RETURNS int LANGUAGE sql AS 'select 2';
-- OWNER TO: the current role must be a member of the new owner
CREATE TABLE own_s.moved (a int);
ALTER TABLE own_s.moved OWNER TO own_other;
ALTER TABLE own_s.moved OWNER TO own_owner;
ALTER TABLE own_s.moved OWNER TO own_member;
ALTER TABLE own_s.moved OWNER TO own_owner;
ALTER SCHEMA own_s OWNER TO own_other;
SELECT c.relname, r.rolname FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner
 WHERE c.relnamespace = 'own_s'::regnamespace ORDER BY 1;
DROP TABLE own_s.moved, own_s.st;
DROP FUNCTION own_s.own_sf();
RESET ROLE;

-- the superuser passes every check
ALTER TABLE own_t RENAME TO own_t2;
ALTER TABLE own_t2 RENAME TO own_t;
ALTER TABLE own_ms.mine OWNER TO own_other;
COMMENT ON DATABASE own_db IS 'x';

-- a command that recurses wants the owner of every table below too
CREATE TABLE own_par (a int);
CREATE TABLE own_ch () INHERITS (own_par);
CREATE TABLE own_rp (a int) PARTITION BY LIST (a);
CREATE TABLE own_rc PARTITION OF own_rp FOR VALUES IN (1);
ALTER TABLE own_par OWNER TO own_owner;
ALTER TABLE own_ch OWNER TO own_other;
ALTER TABLE own_rp OWNER TO own_owner;
ALTER TABLE own_rc OWNER TO own_other;
SET ROLE own_member;
ALTER TABLE own_par ADD COLUMN b int;
ALTER TABLE own_par ALTER COLUMN a SET DEFAULT 1;
ALTER TABLE own_par ALTER COLUMN a SET NOT NULL;
ALTER TABLE own_par ADD CONSTRAINT own_k CHECK (a > 0);
ALTER TABLE own_par RENAME COLUMN a TO z;
ALTER TABLE own_rp ADD COLUMN b int;
ALTER TABLE own_rp ALTER COLUMN a SET DEFAULT 1;
ALTER TABLE own_rp DISABLE TRIGGER ALL;
RESET ROLE;
DROP TABLE own_par, own_ch, own_rp;

-- DROP ... CASCADE checks only the named objects: dependents of others go too
CREATE VIEW own_mv AS SELECT id FROM own_t;
ALTER VIEW own_mv OWNER TO own_mallory;
CREATE VIEW own_ms.mv2 AS SELECT id FROM own_t;
ALTER VIEW own_ms.mv2 OWNER TO own_mallory;
SET ROLE own_member;
DROP TABLE own_t CASCADE;
RESET ROLE;
SELECT count(*) FROM pg_class WHERE relname IN ('own_t', 'own_v', 'own_mv', 'mv2');

DROP DATABASE own_db;
DROP TABLE own_s.child;
DROP SCHEMA own_s;
DROP TABLE own_ms.mine, own_ms.mp, own_ms.mp1;
DROP VIEW own_ms.ov;
DROP PROCEDURE own_ms.own_pp();
DROP SCHEMA own_ms;
DROP TABLE own_pt, own_free;
DROP SEQUENCE own_q;
DROP FUNCTION own_f();
DROP PROCEDURE own_p();
DROP FUNCTION own_tf();
DROP ROLE own_owner, own_other, own_mallory, own_member, own_noinh;
