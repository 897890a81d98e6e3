package dev.olifant.sql.parser;

import java.util.List;

/** SQL statements covering the supported syntax, shared by the parser and printer tests. */
final class SqlCorpus {

    private SqlCorpus() {
    }

    /** pgbench's statements (default script in extended mode, and pgbench -i). */
    static final List<String> PGBENCH = List.of(
            "UPDATE pgbench_accounts SET abalance = abalance + $1 WHERE aid = $2",
            "SELECT abalance FROM pgbench_accounts WHERE aid = $1",
            "UPDATE pgbench_tellers SET tbalance = tbalance + $1 WHERE tid = $2",
            "UPDATE pgbench_branches SET bbalance = bbalance + $1 WHERE bid = $2",
            "INSERT INTO pgbench_history (tid, bid, aid, delta, mtime) VALUES ($1, $2, $3, $4, CURRENT_TIMESTAMP)",
            "begin",
            "end",
            "drop table if exists pgbench_accounts, pgbench_branches, pgbench_history, pgbench_tellers",
            "create table pgbench_history(tid int,bid int,aid    int,delta int,mtime timestamp,filler char(22))",
            "create table pgbench_tellers(tid int not null,bid int,tbalance int,filler char(84)) with (fillfactor=100)",
            "create table pgbench_accounts(aid int not null,bid int,abalance int,filler char(84)) with (fillfactor=100)",
            "create table pgbench_branches(bid int not null,bbalance int,filler char(88)) with (fillfactor=100)",
            "truncate table pgbench_accounts, pgbench_branches, pgbench_history, pgbench_tellers",
            "insert into pgbench_branches(bid,bbalance) select bid, 0 from generate_series(1, 10) as bid",
            "insert into pgbench_tellers(tid,bid,tbalance) select tid, (tid - 1) / 10 + 1, 0 "
                    + "from generate_series(1, 100) as tid",
            "copy pgbench_accounts from stdin with (freeze on)",
            "copy pgbench_accounts from stdin",
            "vacuum analyze pgbench_branches",
            "vacuum analyze pgbench_tellers",
            "alter table pgbench_branches add primary key (bid)",
            "alter table pgbench_tellers add primary key (tid)",
            "alter table pgbench_accounts add primary key (aid)",
            "alter table pgbench_tellers add constraint pgbench_tellers_bid_fkey foreign key (bid) "
                    + "references pgbench_branches",
            "select count(*) from pgbench_branches",
            "select o.n, p.partstrat, pg_catalog.count(i.inhparent) from pg_catalog.pg_class as c "
                    + "join pg_catalog.pg_namespace as n on (n.oid = c.relnamespace) "
                    + "cross join lateral (select pg_catalog.array_position(pg_catalog.current_schemas(true), n.nspname)) "
                    + "as o(n) left join pg_catalog.pg_partitioned_table as p on (p.partrelid = c.oid) "
                    + "left join pg_catalog.pg_inherits as i on (c.oid = i.inhparent) "
                    + "where c.relname = 'pgbench_accounts' and o.n is not null group by 1, 2 order by 1 asc limit 1");

    /** Queries pgjdbc sends (connection setup and DatabaseMetaData). */
    static final List<String> PGJDBC = List.of(
            "SET extra_float_digits = 3",
            "SET application_name = 'PostgreSQL JDBC Driver'",
            "SELECT typinput='pg_catalog.array_in'::regproc as is_array, typtype, typname, pg_type.oid "
                    + "FROM pg_catalog.pg_type LEFT JOIN (select ns.oid as nspoid, ns.nspname, r.r "
                    + "from pg_namespace as ns join ( select s.r, (current_schemas(false))[s.r] as nspname "
                    + "from generate_series(1, array_upper(current_schemas(false), 1)) as s(r) ) as r "
                    + "using ( nspname ) ) as sp ON sp.nspoid = typnamespace WHERE pg_type.oid = $1 "
                    + "ORDER BY sp.r, pg_type.oid DESC",
            "SELECT NULL AS TABLE_CAT, n.nspname AS TABLE_SCHEM, c.relname AS TABLE_NAME,  CASE n.nspname ~ '^pg_' "
                    + "OR n.nspname = 'information_schema'  WHEN true THEN CASE  WHEN n.nspname = 'pg_catalog' OR "
                    + "n.nspname = 'information_schema' THEN CASE c.relkind   WHEN 'r' THEN 'SYSTEM TABLE'   WHEN "
                    + "'v' THEN 'SYSTEM VIEW'   WHEN 'i' THEN 'SYSTEM INDEX'   ELSE NULL   END  WHEN n.nspname = "
                    + "'pg_toast' THEN CASE c.relkind   WHEN 'r' THEN 'SYSTEM TOAST TABLE'   WHEN 'i' THEN 'SYSTEM "
                    + "TOAST INDEX'   ELSE NULL   END  ELSE CASE c.relkind   WHEN 'r' THEN 'TEMPORARY TABLE'   WHEN "
                    + "'p' THEN 'TEMPORARY TABLE'   ELSE NULL   END  END  WHEN false THEN CASE c.relkind  WHEN 'r' "
                    + "THEN 'TABLE'  WHEN 'p' THEN 'PARTITIONED TABLE'  WHEN 'i' THEN 'INDEX'  ELSE NULL  END  "
                    + "ELSE NULL  END  AS TABLE_TYPE, d.description AS REMARKS,  '' as TYPE_CAT, '' as TYPE_SCHEM, "
                    + "'' as TYPE_NAME, '' AS SELF_REFERENCING_COL_NAME, '' AS REF_GENERATION  FROM "
                    + "pg_catalog.pg_namespace n, pg_catalog.pg_class c  LEFT JOIN pg_catalog.pg_description d ON "
                    + "(c.oid = d.objoid AND d.objsubid = 0  and d.classoid = 'pg_class'::regclass)  WHERE "
                    + "c.relnamespace = n.oid  AND c.relname LIKE E'%' AND (false  OR ( c.relkind IN ('r','p') AND "
                    + "n.nspname !~ '^pg_' AND n.nspname <> 'information_schema' ) ) "
                    + "ORDER BY TABLE_TYPE,TABLE_SCHEM,TABLE_NAME ",
            "SELECT result.TABLE_CAT, result.TABLE_SCHEM, result.TABLE_NAME, result.COLUMN_NAME, result.KEY_SEQ, "
                    + "result.PK_NAME FROM (SELECT NULL AS TABLE_CAT, n.nspname AS TABLE_SCHEM,   ct.relname AS "
                    + "TABLE_NAME, a.attname AS COLUMN_NAME,   (information_schema._pg_expandarray(i.indkey)).n AS "
                    + "KEY_SEQ, ci.relname AS PK_NAME,   information_schema._pg_expandarray(i.indkey) AS KEYS, "
                    + "a.attnum AS A_ATTNUM FROM pg_catalog.pg_class ct   JOIN pg_catalog.pg_attribute a ON "
                    + "(ct.oid = a.attrelid)   JOIN pg_catalog.pg_namespace n ON (ct.relnamespace = n.oid)   JOIN "
                    + "pg_catalog.pg_index i ON ( a.attrelid = i.indrelid)   JOIN pg_catalog.pg_class ci ON "
                    + "(ci.oid = i.indexrelid) WHERE true  AND ct.relname = E'foo' AND i.indisprimary  ) result "
                    + "where  result.A_ATTNUM = (result.KEYS).x  ORDER BY result.table_name, result.pk_name, "
                    + "result.key_seq",
            "SELECT * FROM (SELECT n.nspname,c.relname,a.attname,a.atttypid,a.attnotnull OR (t.typtype = 'd' AND "
                    + "t.typnotnull) AS attnotnull,a.atttypmod,a.attlen,t.typtypmod,row_number() OVER (PARTITION "
                    + "BY a.attrelid ORDER BY a.attnum) AS attnum, nullif(a.attidentity, '') as attidentity,"
                    + "nullif(a.attgenerated, '') as attgenerated,pg_catalog.pg_get_expr(def.adbin, def.adrelid) "
                    + "AS adsrc,dsc.description,t.typbasetype,t.typtype  FROM pg_catalog.pg_namespace n  JOIN "
                    + "pg_catalog.pg_class c ON (c.relnamespace = n.oid)  JOIN pg_catalog.pg_attribute a ON "
                    + "(a.attrelid=c.oid)  JOIN pg_catalog.pg_type t ON (a.atttypid = t.oid)  LEFT JOIN "
                    + "pg_catalog.pg_attrdef def ON (a.attrelid=def.adrelid AND a.attnum = def.adnum)  LEFT JOIN "
                    + "pg_catalog.pg_description dsc ON (c.oid=dsc.objoid AND a.attnum = dsc.objsubid)  LEFT JOIN "
                    + "pg_catalog.pg_class dc ON (dc.oid=dsc.classoid AND dc.relname='pg_class')  LEFT JOIN "
                    + "pg_catalog.pg_namespace dn ON (dc.relnamespace=dn.oid AND dn.nspname='pg_catalog')  WHERE "
                    + "c.relkind in ('r','p','v','f','m') and a.attnum > 0 AND NOT a.attisdropped  AND c.relname "
                    + "LIKE E't') c WHERE true  ORDER BY nspname,c.relname,attnum ",
            "select current_schema()",
            "SELECT t.typname,t.oid FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON "
                    + "(t.typnamespace = n.oid)  WHERE n.nspname  != 'pg_toast' AND  (t.typrelid = 0 OR "
                    + "(SELECT c.relkind = 'c' FROM pg_catalog.pg_class c WHERE c.oid = t.typrelid))");

    static final List<String> GENERAL = List.of(
            // expressions
            "select 1, 1.5, .5, 1e10, 1.5E-3, 'it''s', E'a\\nb\\\\', U&'\\0041b', B'101', X'1F', $$x$$, $t$y$t$",
            "select true, false, null, $1, $2::int, -5, - -5, +3, -x, not a, @ x, ~x, x!=y, x<>y, 2^3^4",
            "select a.b.c, t.*, *, (x).f, (x).*, a[1], a[1:2], a[:2], a[2:], a[1][2], (f(x))[1], $1[1]",
            "select x is null, x isnull, x notnull, x is not null, x is true, x is not false, x is unknown",
            "select a is distinct from b, a is not distinct from b, a between 1 and 2, a not between symmetric 2 and 1",
            "select a in (1, 2), a not in (select 1), (a, b) in (select 1, 2), a like 'x%', a not ilike 'y' escape '!'",
            "select a similar to 'x', a not similar to 'y' escape '#', a ~ 'b', a ~* 'b', a !~ 'b', a !~* 'b'",
            "select a = any (array[1, 2]), a <> all (select 1), a = some ('{1}'), a like any (array['x']), "
                    + "a not ilike all (array['y'])",
            "select exists (select 1), (select 1), array(select 1), array[1, 2], array[[1, 2], [3, 4]], array[]::int[]",
            "select row(1, 2), row(), (1, 2), case when a then 1 when b then 2 else 3 end, case x when 1 then 'a' end",
            "select coalesce(a, b), nullif(a, b), greatest(1, 2), least(1, 2, 3)",
            "select x::int, cast(x as text), int '1', date '2024-01-01', interval '1' day, interval '1' day to second, "
                    + "interval(3) '1 s', interval '2' second(3), timestamp with time zone '2020-01-01', "
                    + "double precision '1.5', character varying(10) 'x', pg_catalog.int4 '5', varchar(3) 'abc'",
            "select x::double precision, x::character varying(10), x::timestamp(3) with time zone, "
                    + "x::time without time zone, x::bit varying(5), x::bit, x::char, x::\"char\", x::float(10), "
                    + "x::float(30), x::numeric(10, 2), x::decimal, x::int[], x::int[3][4], x::int array, x::interval "
                    + "hour to minute, x::pg_catalog.regclass, x::national character varying(5), x::smallint, "
                    + "x::bigint, x::real, x::boolean, x::timestamp, x::time(2)",
            "select a collate \"C\", a collate pg_catalog.default, now() at time zone 'UTC', "
                    + "a at time zone 'x' at time zone 'y'",
            "select count(*), count(distinct a), count(all a), sum(x order by y desc), string_agg(a, ',' order by a), "
                    + "percentile_cont(0.5) within group (order by x), count(*) filter (where x > 1), "
                    + "f(variadic array[1]), f(a, variadic b), f(a => 1, b := 2)",
            "select row_number() over (), rank() over w, sum(x) over (partition by a order by b rows between "
                    + "unbounded preceding and current row), avg(x) over (w order by y range between 1 preceding and "
                    + "1 following exclude ties), f() over (groups 2 preceding exclude current row) "
                    + "from t window w as (partition by z)",
            "select extract(year from x), extract(epoch from x), extract('dow' from x), position('a' in 'abc'), "
                    + "substring('abc' from 2 for 1), substring('abc' from 2), substring('abc' for 2), "
                    + "substring('abc', 1, 2), substring('abc' similar 'a' escape '#'), trim('  x '), "
                    + "trim(leading 'x' from 'xxa'), trim(trailing from 'a  '), trim(both 'x' from 'xax'), "
                    + "trim(from 'a'), overlay('abc' placing 'x' from 2 for 1), overlay('abc' placing 'x' from 2), "
                    + "collation for ('a')",
            "select current_date, current_time, current_time(2), current_timestamp, current_timestamp(3), localtime, "
                    + "localtimestamp(0), current_user, session_user, user, current_role, current_catalog, "
                    + "current_schema, current_schema()",
            "select a + b * c - d / e % f, (a + b) * c, a || b || c, a and b or c and not d, not (a or b), "
                    + "a < b, a <= b, a >= b, a > b, a = b is not true, - a ^ 2, a operator(pg_catalog.+) b, "
                    + "operator(pg_catalog.-) a, a @> b, a ->> 'k', a #>> '{x}'",
            "select grouping(a, b), a from t group by rollup (a, b), cube ((a, b), c), grouping sets ((a), (), b)",
            "select a from t group by distinct a, 1 having count(*) > 1",
            "select \"Mixed Case\", \"a\"\"b\", U&\"\\0041\", x as \"select\", 1 as from, 2 as name, 3 value",
            "select left(a, 1), right(a, 2), format('%s', a), pg_catalog.\"substring\"('abc', 1)",
            "select 'a' -- comment\n 'b', /* a /* nested */ comment */ 1",
            // queries
            "select distinct a from t",
            "select distinct on (a, b) a, b from t order by a, b using >, c nulls first, d desc nulls last",
            "select * from t limit 10 offset 5",
            "select * from t offset 5 rows fetch first 3 rows only",
            "select * from t fetch next row with ties",
            "select * from t limit all",
            "select * from t for update",
            "select * from t for no key update of t nowait for share skip locked",
            "select * from t for key share of a, b",
            "select 1 union select 2 union all select 3",
            "select 1 union (select 2 intersect select 3) except select 4",
            "(select 1 order by 1 limit 1) union all (select 2)",
            "values (1, 'a'), (2, 'b') order by 1",
            "table t",
            "table only s.t",
            "select from t",
            "select",
            "with a as (select 1), b(x, y) as materialized (select 1, 2), c as not materialized (values (1)) "
                    + "select * from a, b, c",
            "with recursive r(n) as (select 1 union all select n + 1 from r where n < 3) select n from r",
            "with d as (delete from t where x returning *), u as (update t set a = 1 returning a), "
                    + "i as (insert into t values (1) returning *) select * from d",
            "with x as (select 1) insert into t select * from x",
            "select * from a, b as bb, c cc(x, y), only d, e *, s.f as g",
            "select * from a join b on a.x = b.x left join c using (x, y) right outer join d on true "
                    + "full join e on false cross join f natural join g natural left join h inner join i on 1 = 1",
            "select * from (a join b on true) as j, (a cross join b)",
            "select * from (select 1) as s, lateral (select 2) l, (values (1, 2)) as v(a, b)",
            "select * from generate_series(1, 3) g, generate_series(1, 3) with ordinality as g2(i, n), "
                    + "lateral unnest(array[1]) u, rows from (generate_series(1, 2), generate_series(3, 4)) as r(a, b), "
                    + "pg_catalog.generate_series(1, 2), current_date",
            "select * from ((select 1) union (select 2)) as u",
            "select ((select 1)), ((select 1) + 1), (((1)))",
            "select a from t where x in (select y from u where u.z = t.z) and exists (select 1 from v)",
            // DML
            "insert into t values (1, 2), (3, default)",
            "insert into t default values",
            "insert into s.t as x (a, b) select 1, 2 returning x.a, b as bb",
            "insert into t (a[1], b.c) values (1, 2)",
            "insert into t overriding system value values (1)",
            "insert into t values (1) on conflict do nothing",
            "insert into t values (1) on conflict (a, (lower(b)) collate \"C\" text_pattern_ops) where a > 0 "
                    + "do update set b = excluded.b where t.c is null",
            "insert into t values (1) on conflict on constraint t_pkey do update set (a, b) = (1, 2), "
                    + "(c) = (select 1), d = default",
            "insert into t (select 1)",
            "update t set a = 1",
            "update only t as x set a = a + 1, b = default, (c, d) = row(1, 2) from u, v where x.id = u.id "
                    + "returning *",
            "update t set a[1] = 2, b.f = 3 where current of cur",
            "delete from t",
            "delete from only t as x using u where x.a = u.a returning x.*",
            "delete from t where current of c",
            // DDL
            "create table t (a int primary key, b text not null default 'x', c numeric(10, 2) check (c > 0) "
                    + "no inherit, d int references u (id) on delete cascade on update set null match full "
                    + "deferrable initially deferred, e int unique, f int constraint ff not null, "
                    + "g int generated always as identity (start with 1 increment by 2 cache 10 no cycle), "
                    + "h int generated by default as identity, i int generated always as (a * 2) stored, "
                    + "j text collate \"C\", k int null, "
                    + "constraint pk2 unique (a, b) include (c) with (fillfactor = 90), "
                    + "foreign key (a, b) references u (x, y) on delete restrict, check (a <> b), "
                    + "primary key (a), unique nulls not distinct (e), like other including all excluding indexes)",
            "create temp table if not exists t (a int) on commit drop",
            "create unlogged table t () inherits (p, q)",
            "create table t (a int) with (fillfactor = 70, autovacuum_enabled = false)",
            "create table t as select 1 as a with no data",
            "create table t (x, y) as values (1, 2)",
            "create temporary table if not exists t with (fillfactor = 10) as select * from u",
            "create table t (a int default nextval('s'::regclass), b timestamptz default now(), "
                    + "c int default -1, d boolean default (1 = 1))",
            "drop table t",
            "drop table if exists a, s.b cascade",
            "drop view v restrict",
            "drop index concurrently if exists i",
            "drop sequence s",
            "drop schema if exists a, b cascade",
            "drop database if exists d with (force)",
            "drop database d",
            "drop role if exists a, b",
            "drop user u",
            "drop group g",
            "alter table t add column a int not null default 0",
            "alter table if exists only t add b text, add column if not exists c int",
            "alter table t drop column a, drop b cascade, drop column if exists c restrict",
            "alter table t add constraint c check (a > 0), add unique (b), add primary key (a), "
                    + "add foreign key (x) references u not valid",
            "alter table t drop constraint c, drop constraint if exists d cascade",
            "alter table t alter column a set default 1, alter b drop default, alter a set not null, "
                    + "alter a drop not null",
            "alter table t alter column a type bigint, alter b set data type text collate \"C\" using b::text",
            "alter table t alter column a add generated always as identity (start with 5), "
                    + "alter b drop identity if exists, alter c set statistics 100, alter d set generated by default, "
                    + "alter e restart with 10, alter f set increment by 2",
            "alter table t rename column a to b",
            "alter table t rename a to b",
            "alter table t rename to u",
            "alter table if exists t rename constraint c to d",
            "alter table t set schema s",
            "alter table t owner to bob",
            "alter table t owner to current_user",
            "alter table t set (fillfactor = 50), reset (autovacuum_enabled)",
            "alter index i rename to j",
            "alter index i set schema s",
            "alter sequence s rename to t",
            "alter sequence s owner to r",
            "alter view v rename to w",
            "alter view v owner to r",
            "alter sequence if exists s increment by 2 minvalue 1 no maxvalue restart with 5 cache 1 cycle "
                    + "owned by t.c",
            "alter sequence s restart",
            "alter sequence s owned by none",
            "create index on t (a)",
            "create unique index concurrently if not exists i on only t using btree (a desc nulls last, "
                    + "(lower(b)) collate \"C\" text_pattern_ops, c asc) include (d) with (fillfactor = 80) "
                    + "where a > 0",
            "create index i on t using gin (a)",
            "create schema s",
            "create schema if not exists s authorization bob",
            "create schema authorization bob",
            "create schema s create table t (a int) create view v as select 1",
            "create database d",
            "create database d with owner = bob template template0 encoding 'UTF8' lc_collate = 'C' "
                    + "connection limit = 10 is_template false",
            "alter database d rename to e",
            "alter database d owner to bob",
            "alter database d set search_path to a, b",
            "alter database d reset all",
            "alter database d with connection limit 5 allow_connections true",
            "alter schema s rename to t",
            "alter schema s owner to bob",
            "create sequence s",
            "create temp sequence if not exists s as bigint increment 5 minvalue -10 maxvalue 100 start 1 cache 2 "
                    + "no cycle owned by t.a",
            "create sequence s no minvalue no maxvalue start with -5 cycle",
            "create view v as select 1",
            "create or replace temp view v (a, b) as select 1, 2 with local check option",
            "create recursive view v (n) as values (1)",
            "create view v with (security_barrier = true) as select * from t with check option",
            "create role r",
            "create role r with superuser createdb createrole inherit login replication bypassrls "
                    + "connection limit 5 password 'secret' valid until '2030-01-01' in role a, b role c admin d",
            "create user u with nosuperuser nocreatedb nocreaterole noinherit nologin noreplication nobypassrls "
                    + "encrypted password 'x'",
            "create user u password null",
            "create group g",
            "alter role r with password 'x' login",
            "alter user u nologin connection limit -1",
            "alter role r rename to s",
            "alter role r set search_path = a, b",
            "alter role r in database d set work_mem to '1MB'",
            "alter role all reset all",
            "alter role current_user set x to default",
            "grant select on t to bob",
            "grant select, insert, update (a, b), delete, truncate, references, trigger on table a, s.b "
                    + "to bob, public with grant option granted by alice",
            "grant all privileges on all tables in schema public to bob",
            "grant all on sequence s to group g",
            "grant usage, select on all sequences in schema a, b to r",
            "grant connect, temp, create on database d to r",
            "grant usage, create on schema s to r",
            "grant execute on function f(int, text), g() to r",
            "grant execute on all functions in schema s to public",
            "revoke select on t from bob",
            "revoke grant option for all on t from bob cascade",
            "revoke all privileges on database d from public restrict",
            "grant a, b to c, d with admin option granted by e",
            "grant a to b",
            "revoke a from b",
            "revoke admin option for a from b cascade",
            "alter default privileges in schema s grant select on tables to r",
            "alter default privileges for role a, b in schema s revoke all on sequences from public",
            "alter default privileges grant execute on functions to r",
            "comment on table t is 'x'",
            "comment on column s.t.c is null",
            "comment on schema s is 'a'",
            "comment on view v is 'a'",
            "comment on index i is 'a'",
            "comment on sequence s is 'a'",
            "comment on database d is 'a'",
            "comment on role r is 'a'",
            "comment on function f(int, text) is 'a'",
            "comment on constraint c on t is 'a'",
            "truncate t",
            "truncate table only a, b * restart identity cascade",
            "truncate t continue identity restrict",
            // utility
            "set search_path to a, \"B\", public",
            "set search_path = default",
            "set local statement_timeout = 5",
            "set session work_mem to '1MB'",
            "set x.y = 'z'",
            "set extra_float_digits = -1",
            "set enable_seqscan = off",
            "set enable_seqscan to on",
            "set datestyle to iso, mdy",
            "set time zone 'UTC'",
            "set time zone local",
            "set time zone default",
            "set time zone -7",
            "set time zone interval '+00:00' hour to minute",
            "set schema 'a'",
            "set names 'UTF8'",
            "set role bob",
            "set role none",
            "set session authorization bob",
            "set session authorization default",
            "set x from current",
            "set transaction isolation level serializable, read only, deferrable",
            "set transaction read write not deferrable",
            "set transaction isolation level read committed",
            "set session characteristics as transaction isolation level repeatable read",
            "set transaction snapshot '0001'",
            "reset all",
            "reset search_path",
            "reset time zone",
            "reset role",
            "reset session authorization",
            "show all",
            "show search_path",
            "show time zone",
            "show transaction isolation level",
            "show session authorization",
            "begin",
            "begin work",
            "begin transaction isolation level read uncommitted read write",
            "start transaction",
            "start transaction isolation level serializable, read only",
            "commit",
            "commit work",
            "commit and chain",
            "commit and no chain",
            "end transaction",
            "rollback",
            "rollback and chain",
            "abort",
            "abort work",
            "savepoint s",
            "release s",
            "release savepoint s",
            "rollback to s",
            "rollback work to savepoint s",
            "prepare transaction 'g'",
            "commit prepared 'g'",
            "rollback prepared 'g'",
            "lock t",
            "lock table only a, b in access share mode nowait",
            "lock t in row share mode",
            "lock t in row exclusive mode",
            "lock t in share update exclusive mode",
            "lock t in share mode",
            "lock t in share row exclusive mode",
            "lock t in exclusive mode",
            "lock t in access exclusive mode",
            "explain select 1",
            "explain analyze verbose select 1",
            "explain verbose delete from t",
            "explain (analyze, buffers false, format json, costs off) insert into t values (1)",
            "explain execute p(1)",
            "explain create table t as select 1",
            "explain (select 1)",
            "copy t from stdin",
            "copy t (a, b) from stdin with (format csv, header true, delimiter ',', null '', quote '\"', "
                    + "escape '\\', force_not_null (a), force_quote *, freeze, encoding 'UTF8')",
            "copy t to stdout",
            "copy t to '/tmp/x' with csv header delimiter ',' null 'N' quote '\"' force quote a, b",
            "copy t from '/tmp/x' with binary",
            "copy binary t to stdout",
            "copy t from stdin csv force not null a where a > 0",
            "copy (select 1) to stdout with (format text)",
            "copy t to program 'cat'",
            "copy t from stdin with (header match)",
            "vacuum",
            "vacuum full freeze verbose analyze t",
            "vacuum (verbose, analyze, index_cleanup off) a, b (x, y)",
            "analyze",
            "analyze verbose t (a)",
            "analyse t",
            "analyze (verbose) t",
            "checkpoint",
            "prepare p as select $1",
            "prepare p (int, text) as insert into t values ($1, $2)",
            "execute p",
            "execute p (1, 'a')",
            "deallocate p",
            "deallocate prepare p",
            "deallocate all",
            "discard all",
            "discard plans",
            "discard sequences",
            "discard temp",
            "listen ch",
            "unlisten ch",
            "unlisten *",
            "notify ch",
            "notify ch, 'payload'",
            "do $$ begin end $$",
            "create function f() returns int as $$ select 1; $$ language sql",
            "create extension if not exists pgcrypto",
            "create materialized view mv as select 1",
            "declare c cursor for select 1",
            "declare \"Cur\" binary insensitive no scroll cursor with hold for select a from t order by a",
            "declare c asensitive scroll cursor without hold for with w as (select 1) select * from w",
            "declare c cursor for values (1), (2)",
            "declare c cursor for table t",
            "declare c cursor for select * from t for update",
            "fetch c",
            "fetch from c",
            "fetch next in c",
            "fetch prior from c",
            "fetch first c",
            "fetch last from c",
            "fetch absolute -2 from c",
            "fetch relative +3 c",
            "fetch 5 from c",
            "fetch -5 from c",
            "fetch all from c",
            "fetch forward from c",
            "fetch forward 2 in c",
            "fetch forward all c",
            "fetch backward from c",
            "fetch backward 4 from c",
            "fetch backward all from c",
            "move c",
            "move last in c",
            "move backward all in c",
            "close c",
            "close all",
            "call p(1)",
            // pg_dump output
            "SET statement_timeout = 0",
            "SET client_encoding = 'UTF8'",
            "SET standard_conforming_strings = on",
            "SELECT pg_catalog.set_config('search_path', '', false)",
            "SET check_function_bodies = false",
            "SET xmloption = content",
            "SET client_min_messages = warning",
            "SET row_security = off",
            "SET default_tablespace = ''",
            "SET default_table_access_method = heap",
            "COMMENT ON EXTENSION plpgsql IS 'PL/pgSQL procedural language'",
            "CREATE TABLE public.t (id integer NOT NULL, name text, created timestamp with time zone DEFAULT now())",
            "ALTER TABLE public.t OWNER TO postgres",
            "CREATE SEQUENCE public.t_id_seq AS integer START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1",
            "ALTER SEQUENCE public.t_id_seq OWNED BY public.t.id",
            "ALTER TABLE ONLY public.t ALTER COLUMN id SET DEFAULT nextval('public.t_id_seq'::regclass)",
            "ALTER TABLE public.t ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME public.t_id_seq "
                    + "START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1)",
            "COPY public.t (id, name, created) FROM stdin",
            "SELECT pg_catalog.setval('public.t_id_seq', 1, false)",
            "ALTER TABLE ONLY public.t ADD CONSTRAINT t_pkey PRIMARY KEY (id)",
            "CREATE INDEX t_name_idx ON public.t USING btree (name)",
            "REVOKE USAGE ON SCHEMA public FROM PUBLIC",
            "GRANT ALL ON SCHEMA public TO PUBLIC");

    static final List<String> STATEMENTS = concat(PGBENCH, PGJDBC, GENERAL);

    private static List<String> concat(List<String> a, List<String> b, List<String> c) {
        java.util.ArrayList<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        all.addAll(c);
        return List.copyOf(all);
    }
}
