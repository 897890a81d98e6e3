-- SQLSTATEs and messages for missing and duplicate objects and blocked drops.
CREATE TABLE t (a integer PRIMARY KEY, b text);
CREATE SCHEMA s;
-- 3D000 invalid_catalog_name (connecting to an unknown database fails at startup: see ErrorCodesIT)
DROP DATABASE no_such_database;
\echo :LAST_ERROR_SQLSTATE
-- 3F000 invalid_schema_name
CREATE TABLE nosuch.t (a integer);
\echo :LAST_ERROR_SQLSTATE
CREATE VIEW nosuch.v AS SELECT 1;
\echo :LAST_ERROR_SQLSTATE
DROP SCHEMA nosuch;
\echo :LAST_ERROR_SQLSTATE
ALTER SCHEMA nosuch RENAME TO other;
\echo :LAST_ERROR_SQLSTATE
-- setting search_path to a missing schema is not an error
SET search_path = nosuch, public;
SHOW search_path;
SELECT count(*) FROM t;
RESET search_path;
-- 42P01 undefined_table
SELECT * FROM missing;
\echo :LAST_ERROR_SQLSTATE
SELECT * FROM nosuch.t;
\echo :LAST_ERROR_SQLSTATE
DROP TABLE missing;
\echo :LAST_ERROR_SQLSTATE
ALTER TABLE missing ADD COLUMN c integer;
\echo :LAST_ERROR_SQLSTATE
-- 42703 undefined_column
SELECT nosuch FROM t;
\echo :LAST_ERROR_SQLSTATE
ALTER TABLE t RENAME COLUMN nosuch TO c;
\echo :LAST_ERROR_SQLSTATE
ALTER TABLE t DROP COLUMN nosuch;
\echo :LAST_ERROR_SQLSTATE
CREATE INDEX t_bad ON t (nosuch);
\echo :LAST_ERROR_SQLSTATE
-- 42704 undefined_object
SELECT 'x'::nosuchtype;
\echo :LAST_ERROR_SQLSTATE
DROP INDEX nosuch_idx;
\echo :LAST_ERROR_SQLSTATE
ALTER TABLE t DROP CONSTRAINT nosuch;
\echo :LAST_ERROR_SQLSTATE
SELECT 'nosuch_role'::regrole;
\echo :LAST_ERROR_SQLSTATE
DROP SEQUENCE nosuch_seq;
\echo :LAST_ERROR_SQLSTATE
-- 42P06 duplicate_schema
CREATE SCHEMA s;
\echo :LAST_ERROR_SQLSTATE
CREATE SCHEMA public;
\echo :LAST_ERROR_SQLSTATE
-- 42P07 duplicate_table
CREATE TABLE t (x integer);
\echo :LAST_ERROR_SQLSTATE
CREATE INDEX t_pkey ON t (b);
\echo :LAST_ERROR_SQLSTATE
CREATE SEQUENCE t;
\echo :LAST_ERROR_SQLSTATE
CREATE VIEW t AS SELECT 1 AS one;
\echo :LAST_ERROR_SQLSTATE
ALTER TABLE t RENAME TO t;
\echo :LAST_ERROR_SQLSTATE
-- 42710 duplicate_object
CREATE TABLE dup (a integer, CONSTRAINT dup_c CHECK (a > 0), CONSTRAINT dup_c CHECK (a < 9));
\echo :LAST_ERROR_SQLSTATE
ALTER TABLE t ADD CONSTRAINT t_pkey UNIQUE (b);
\echo :LAST_ERROR_SQLSTATE
ALTER TABLE t ADD CONSTRAINT t_b_check CHECK (b <> '');
ALTER TABLE t ADD CONSTRAINT t_b_check CHECK (b <> 'x');
\echo :LAST_ERROR_SQLSTATE
-- 2BP01 dependent_objects_still_exist
CREATE TABLE s.inner_t (a integer);
DROP SCHEMA s;
\echo :LAST_ERROR_SQLSTATE
CREATE VIEW tv AS SELECT a FROM t;
DROP TABLE t;
\echo :LAST_ERROR_SQLSTATE
CREATE TABLE r (a integer REFERENCES t);
ALTER TABLE t DROP CONSTRAINT t_pkey;
\echo :LAST_ERROR_SQLSTATE
DROP SCHEMA s CASCADE;
DROP TABLE t CASCADE;
DROP TABLE r;
