CREATE TABLE t (a int, b text, c int);
CREATE INDEX ti ON t (a) WHERE c = 1;
CREATE UNIQUE INDEX tu ON t (a) INCLUDE (b) NULLS NOT DISTINCT;
CREATE INDEX th ON t USING hash (c);
SELECT pg_get_indexdef('ti'::regclass), pg_get_indexdef('tu'::regclass), pg_get_indexdef('th'::regclass);
\d t
SELECT indexrelid::regclass, indnatts, indnkeyatts, indisunique, indnullsnotdistinct, indkey, indpred IS NOT NULL AS partial
  FROM pg_index WHERE indrelid = 't'::regclass ORDER BY indexrelid;
SELECT c.relname, a.amname, c.relnatts FROM pg_class c JOIN pg_am a ON a.oid = c.relam
  WHERE c.relname IN ('ti', 'tu', 'th') ORDER BY c.relname;
SELECT attname, attnum FROM pg_attribute WHERE attrelid = 'tu'::regclass ORDER BY attnum;
-- NULLS NOT DISTINCT: a second NULL key is a duplicate
INSERT INTO t VALUES (NULL, 'x', 1);
INSERT INTO t VALUES (NULL, 'y', 1);
INSERT INTO t VALUES (1, 'x', 1), (2, 'x', 2);
INSERT INTO t VALUES (1, 'z', 3);
SELECT * FROM t ORDER BY a NULLS FIRST;
-- a NULLS DISTINCT unique index allows several NULLs
CREATE TABLE nd (a int UNIQUE);
INSERT INTO nd VALUES (NULL), (NULL);
CREATE TABLE nnd (a int, UNIQUE NULLS NOT DISTINCT (a));
INSERT INTO nnd VALUES (NULL);
INSERT INTO nnd VALUES (NULL);
\d nnd
CREATE UNIQUE INDEX nnd_fail ON nd (a) NULLS NOT DISTINCT;
-- INCLUDE in key constraints
CREATE TABLE inc (k int, v text, w int, PRIMARY KEY (k) INCLUDE (v), UNIQUE (w) INCLUDE (k, v));
\d inc
SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 'inc'::regclass ORDER BY conname;
INSERT INTO inc VALUES (1, 'a', 10), (2, 'a', 20);
INSERT INTO inc VALUES (1, 'b', 30);
INSERT INTO inc VALUES (NULL, 'b', 30);
INSERT INTO inc VALUES (3, NULL, 10);
-- partial unique indexes
CREATE TABLE pu (id int, kind text, active boolean);
CREATE UNIQUE INDEX pu_active ON pu (id) WHERE active;
INSERT INTO pu VALUES (1, 'a', true), (1, 'b', false), (1, 'c', false);
INSERT INTO pu VALUES (1, 'd', true);
UPDATE pu SET active = true WHERE kind = 'b';
UPDATE pu SET active = false WHERE kind = 'a';
UPDATE pu SET active = true WHERE kind = 'b';
SELECT * FROM pu ORDER BY kind;
CREATE UNIQUE INDEX pu_fail ON pu (id) WHERE NOT active;
CREATE UNIQUE INDEX pu_ok ON pu (id) WHERE kind = 'c';
-- ON CONFLICT with a partial unique index
INSERT INTO pu VALUES (1, 'e', true) ON CONFLICT (id) WHERE active DO NOTHING;
INSERT INTO pu VALUES (1, 'e', true) ON CONFLICT (id) DO NOTHING;
INSERT INTO pu VALUES (1, 'e', true) ON CONFLICT (id) WHERE active DO UPDATE SET kind = 'f';
SELECT * FROM pu ORDER BY kind;
-- hash indexes
CREATE UNIQUE INDEX hu ON t USING hash (a);
CREATE INDEX hm ON t USING hash (a, b);
CREATE INDEX hi ON t USING hash (a) INCLUDE (b);
CREATE INDEX bad ON t USING nosuch (a);
SELECT * FROM t WHERE c = 2;
SELECT count(*) FROM t WHERE c = 1;
-- errors
CREATE INDEX ON t (a) INCLUDE (nosuch);
CREATE INDEX ON t (a) WHERE nosuch > 1;
DROP TABLE t, nd, nnd, inc, pu;
-- compound partial-index predicates
CREATE TABLE pp (a int, b text, c int);
CREATE INDEX pp_i ON pp (a) WHERE c = 1 AND b IS NOT NULL;
CREATE INDEX pp_j ON pp (a) WHERE (c = 1 OR c = 2) AND a > 0;
\d pp
SELECT pg_get_indexdef('pp_i'::regclass), pg_get_indexdef('pp_j'::regclass);
DROP TABLE pp;
-- the planner uses a partial index whose predicate the query implies
create table test_t (id integer, val1 text, val2 integer);
create index test_idx on test_t(id) where val2 = 1;
insert into test_t (select generate_series(0, 10000), 'a', 2);
insert into test_t (select generate_series(0, 10), 'a', 1);
analyze test_t;
explain (costs off) select * from test_t where val2 = 1;
explain (costs off) select * from test_t where val2 = 1 and id = 10;
explain (costs off) select * from test_t where val2 = 2 and id = 10;
explain (costs off) select * from test_t where val2 = 1 and val1 = 'a';
select * from test_t where val2 = 1 and id between 3 and 5;
drop table test_t;
-- REINDEX
CREATE TABLE r1 (a int PRIMARY KEY, b text);
CREATE INDEX r1_b ON r1 (b);
INSERT INTO r1 VALUES (1, 'x'), (2, 'y');
REINDEX TABLE r1;
REINDEX INDEX r1_b;
REINDEX TABLE CONCURRENTLY r1;
REINDEX INDEX CONCURRENTLY r1_pkey;
REINDEX SCHEMA public;
REINDEX SCHEMA CONCURRENTLY public;
REINDEX TABLE nosuch;
REINDEX INDEX nosuch;
REINDEX INDEX r1;
REINDEX TABLE r1_b;
REINDEX SCHEMA nosuch;
BEGIN;
REINDEX TABLE r1;
REINDEX TABLE CONCURRENTLY r1;
ROLLBACK;
BEGIN;
REINDEX SCHEMA public;
ROLLBACK;
CREATE VIEW rv AS SELECT 1;
REINDEX TABLE rv;
SELECT * FROM r1 WHERE a = 2;
REINDEX DATABASE golden_index_features;
REINDEX DATABASE other_db;
REINDEX SYSTEM CONCURRENTLY golden_index_features;
DROP TABLE r1; DROP VIEW rv;
