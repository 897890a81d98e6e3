-- Statements PostgreSQL 15 accepts syntactically (one per line); each must parse and round-trip.
select x.y[1].z from t x
select (a).b.c from t
select a[1][2:3] from t
select $1[1]
select (select 1)[1]
select (array[1,2])[1]
select '{1}'::int[] @> array[1]
select * from t where (a, b) > (1, 2)
select row(1,2) = row(1,2)
select 1 from t where a = any($1::int[])
select count(*) from t group by ()
select a from t order by a collate "C" desc
select * from t1 natural full outer join t2
select * from t1 join t2 using (a) join t3 using (b)
select * from (t1 join t2 on true) join t3 on true
select * from t1 left join (t2 join t3 on true) on true
select * from lateral generate_series(1,2) g
select * from rows from (generate_series(1,2)) with ordinality
select * from unnest(array[1,2]) with ordinality as u(x, n)
select * from t as x(a)
select t from t
select t.* from t where t is not null
select 1 where false
select 1 having true
select distinct on (a) a from t
select a from t window w as (), w2 as (w order by a)
select sum(a) over (w rows unbounded preceding) from t window w as (partition by b)
select f(x) filter (where x > 0) over () from t
select percentile_disc(array[0.1, 0.2]) within group (order by a) from t
select mode() within group (order by a) from t
select count(*) filter (where a) from t
select xmlelement
select a::text::int from t
select cast(a as int[]) from t
select a::"timestamp" from t
select 'x'::text collate "C" || 'y'
select not not true
select - - 1
select 1 - -1
select 1--1
select 1 -/**/-1
select 2 ^ -1
select @-1
select |/ 25
select ||/ 27
select !!5
select 1 <-> 2
select true = not false
select null::int is null
select 1 is distinct from 2 = false
select a between b and c is true from t
select x not between 1 and 2 from t
select 'a' similar to 'b' escape 'c'
select 'a' ~~ 'b'
select 'a' like 'b' = true
select e'\''
select '\'
select $a$x$a$
select $$$$
select U&'d\0061t\+000061' 
select B'1' | B'0'
select X'F' & X'1'
select 1.
select 1e-1
select .1e1
select interval '1 day' hour
select interval '1' year to month
select time with time zone '12:00'
select timestamp(2) '2020-01-01'
select char(3) 'x'
select national character varying(3) 'x'
select bit varying(3) '101'
select float4 '1.5'
select numeric(5,2) '1.5'
select int4(1.5)
select float8(1)
select text 'a'
select "int4"(1)
select pg_catalog.int4(1)
select extract(hour from time '12:00')
select extract(epoch from interval '1 h')
select extract('doy' from date '2020-01-01')
select substring('abc', 2)
select substring('abc' from 'b')
select trim(both from 'a')
select trim(',' from ',a,')
select overlay('abc' placing 'x' from 2)
select position('b' in 'abc')
select current_date - 1
select localtimestamp(2)
select current_role, current_catalog
select session_user = user
select coalesce(null, 1)
select greatest(1, 2) + least(3, 4)
select nullif(1, 1) is null
select case when true then 1 end + 1
select array(select 1)
select exists(select 1) and true
select (select 1) + 1
select 1 in (select 1)
select (1, 2) in (select 1, 2)
select 1 = all (select 1)
select 1 < some (select 2)
select grouping(a) from t group by a
select a from t group by grouping sets ((a), ())
select a from t group by cube (a), rollup (b)
select 1 as x order by x
select 1 limit null
select 1 offset 1 row
select 1 fetch first row only
select 1 fetch next 2 rows only
select 1 for share
with x as (select 1) select * from x
with recursive x(n) as (values (1) union all select n + 1 from x where n < 5) select * from x
with x as materialized (select 1), y as not materialized (select 2) select 1
values (1), (2)
values (1) union values (2)
(values (1)) order by 1
select * from (values (1, 2)) v(a, b)
table t order by 1
insert into t values (default)
insert into t (a) values (1), (2) returning a + 1 as b
insert into t select * from u on conflict (a) do update set b = excluded.b
insert into t values (1) on conflict (a, b) where c do nothing
insert into t as n values (1) on conflict (a) do update set b = n.b + 1 where n.c
update t set a = default, b = (select 1)
update t set (a, b) = (select 1, 2)
update t set (a) = row(1)
update t set a = 1 from u where t.id = u.id
delete from t where a in (select 1)
delete from t using u, v
create table t (a int, b text default 'x' not null, primary key (a))
create table t (a int check (a > 0) not null)
create table t (a int constraint a_pos check (a > 0))
create table t (a serial, b bigserial, c smallserial)
create table t (a int[], b text[][], c int array[3])
create table t (a timestamp(3) with time zone, b time(0), c interval day to second(2))
create table t (a numeric(10), b decimal, c char, d varchar(5), e bit(3), f bit varying)
create table t (like u including defaults including constraints)
create table t (a int) inherits (u)
create table t (a int unique references u, b int references u on delete no action on update restrict)
create table if not exists t as select 1
create table t as select 1 with data
create table t as table u
create table t (a int generated always as identity, b int generated always as (a + 1) stored)
create temp table t (a int) on commit delete rows
create global temporary table t (a int)
create unlogged table t (a int)
drop table t, u restrict
drop index if exists a, b
drop sequence if exists s cascade
drop view if exists v
drop schema s cascade
alter table t add foo int
alter table t add column foo int references u
alter table t drop foo
alter table t alter foo type text using foo::text
alter table t alter column foo set data type int
alter table t add constraint u unique (a) deferrable initially immediate
alter table t add check (a > 0) not valid
alter table t alter column a set default nextval('s')
alter table t rename constraint a to b
alter table only t rename column a to b
alter index if exists i rename to j
alter sequence s increment 2
alter sequence s restart with 1
alter sequence s as bigint
alter sequence if exists s owned by none
alter view v set schema s
alter view if exists v rename to w
alter table t set schema s
create index i on t (a nulls first)
create index i on t ((a + b))
create index i on t (lower(a))
create index i on t (a text_pattern_ops)
create index i on t (a collate "C")
create index i on t using hash (a)
create unique index on t (a) where b
create schema authorization current_user
create schema if not exists authorization bob
create database x owner bob
create database x template template0 encoding 'UTF8' lc_collate 'C' lc_ctype 'C'
create database x with connection limit 5 is_template true allow_connections false
alter database x set search_path = public
alter database x reset search_path
alter database x with allow_connections false
create sequence s increment by -1 minvalue -100 maxvalue -1 start with -1
create sequence s owned by t.a
create view v (a) as select 1
create or replace view v as select 1 union select 2
create temp view v as values (1)
create role r login
create role r with password 'x' valid until 'infinity'
create role r in group g
create role r role a, b
create user u login superuser
create group g with user a
alter role r nosuperuser
alter role r with connection limit 5
alter role r password null
alter role r rename to s
alter role r set work_mem = '64MB'
alter role r reset work_mem
alter role r reset all
alter user u with password 'x'
alter role r in database d reset all
grant select on all tables in schema public to r
grant insert (a) on t to r
grant all on t to r
grant all privileges on table t to r with grant option
grant temporary on database d to r
grant create on schema s to public
grant usage on sequence s to r
grant select on sequence s to r
grant r to s
grant r, s to t, u
revoke r from s cascade
revoke all on t from public
revoke select on t from r granted by current_user
revoke grant option for select on t from r
alter default privileges grant select on tables to public
alter default privileges in schema s revoke insert on tables from r
comment on table t is ''
comment on column t.a is 'x'
comment on database d is 'x'
comment on index i is null
comment on role r is 'x'
comment on schema s is 'x'
comment on sequence s is 'x'
comment on view v is 'x'
comment on constraint c on t is 'x'
truncate t *
truncate only t
truncate table t cascade
set work_mem = 64
set work_mem = '64MB'
set work_mem to 1024
set local work_mem to default
set session work_mem to default
set search_path = "$user", public
set search_path = ''
set timezone = 'UTC'
set time zone 'Europe/Paris'
set time zone 2
set time zone interval '02:00' hour to minute
set datestyle = 'ISO, MDY'
set datestyle = iso, mdy
set application_name = 'x'
set application_name to x
set client_min_messages to notice
set transaction_isolation = 'serializable'
set default_transaction_isolation to 'read committed'
set bytea_output = escape
set lock_timeout = '1s'
set statement_timeout = '1min'
set seed = 0.5
set role 'bob'
set role none
set session authorization 'bob'
set schema 'public'
set names default
set my.var = 1
set my.var to 'x'
set local my.var = 1
reset my.var
show my.var
show timezone
show "TimeZone"
show server_version
begin read write
begin isolation level serializable deferrable
begin not deferrable
start transaction read only
commit
commit prepared 'x'
rollback prepared 'x'
release savepoint a
release a
rollback to a
savepoint a
lock table t in access share mode
lock only t in exclusive mode nowait
explain (costs off) select 1
explain (analyze true, timing false) select 1
explain (format yaml) select 1
explain verbose select 1
explain analyze select 1
explain analyse select 1
explain update t set a = 1
explain with x as (select 1) select 1
explain values (1)
explain execute p
explain create table t as select 1
copy t to stdout (format csv)
copy t to stdout csv
copy t to stdout with csv header quote '"' escape '\' force quote *
copy t from stdin with delimiter '|' null ''
