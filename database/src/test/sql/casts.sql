-- Cast rules: implicit resolution of mixed types, assignment casts, explicit casts and the
-- errors they raise. \echo :LAST_ERROR_SQLSTATE shows each error's SQLSTATE.
-- implicit promotion in arithmetic and comparison
SELECT pg_typeof(1::int2 + 1::int2) AS i2, pg_typeof(1::int2 + 1) AS i2_i4, pg_typeof(1 + 1::int8) AS i4_i8,
       pg_typeof(1 + 1.5) AS i4_num, pg_typeof(1 + 1.5::float4) AS i4_f4, pg_typeof(1.5 + 1::float8) AS num_f8;
SELECT 1 = 1.0 AS int_num, 1::int8 = 1::int2 AS i8_i2, 2.5::float4 > 2 AS f4_int, 'abc'::varchar = 'abc'::text AS vc_text;
SELECT pg_typeof(CASE WHEN true THEN 1 ELSE 2.5 END) AS case_type, pg_typeof(COALESCE(1, 2::bigint)) AS coalesce_type,
       pg_typeof(GREATEST(1, 2.5, 3::int2)) AS greatest_type;
SELECT x, pg_typeof(x) FROM (SELECT 1 AS x UNION ALL SELECT 2.5) u ORDER BY x;
-- unknown literals take the other operand's type
SELECT '1' + 1 AS lit_int, '2.5' + 1.0 AS lit_num, 'ab' || 1 AS text_concat, 1 || 'ab' AS concat_text;
SELECT '1.5' + 1;
\echo :LAST_ERROR_SQLSTATE
SELECT 'abc' = 1;
\echo :LAST_ERROR_SQLSTATE
-- explicit casts: ::, CAST, type 'literal' and function style
SELECT 42::text AS t, CAST('42' AS int8) AS i8, int4 '7' AS i4, text(12) AS fn_text, int4(5.7) AS fn_int;
SELECT 2.5::int AS half, 3.5::int AS half2, (-2.5)::int AS neg_half, 2.5::float8::int AS f8_even, 3.5::float4::int AS f4_even;
SELECT 1::bool AS one, 0::bool AS zero, 7::bool AS seven, true::int AS t_int, 'on'::bool AS on_, ' f '::bool AS f_pad;
SELECT 3000000000::int8::text AS big_text, '0042'::int AS leading_zero, '  -7'::int2 AS spaces, '1e3'::float8::int AS sci;
SELECT 'abc'::char(5) || '|' AS bpchar_concat, 'abcdef'::varchar(3) AS vc_trunc, 'ab'::char(1) AS ch_trunc;
SELECT 12.345::numeric(4,2) AS num_round, 0.5::numeric(1,0) AS num_half, 99.5::numeric(2,0);
\echo :LAST_ERROR_SQLSTATE
SELECT '2024-01-15'::date::timestamp AS d_ts, '2024-01-15 13:14:15'::timestamp::time AS ts_time, 10::numeric::float8 / 4 AS nf;
-- assignment casts on INSERT
CREATE TABLE cast_t (i int, s smallint, t text, v varchar(3), n numeric(5,2));
INSERT INTO cast_t VALUES (2.6, 7.5, 42, 'ab', 1);
INSERT INTO cast_t (i) VALUES ('15');
INSERT INTO cast_t (t) VALUES (1.5 * 2);
INSERT INTO cast_t (i) VALUES ('x'::text);
\echo :LAST_ERROR_SQLSTATE
INSERT INTO cast_t (v) VALUES ('abcd');
\echo :LAST_ERROR_SQLSTATE
INSERT INTO cast_t (n) VALUES (1234.5);
\echo :LAST_ERROR_SQLSTATE
INSERT INTO cast_t (s) VALUES (40000);
\echo :LAST_ERROR_SQLSTATE
SELECT i, s, t, v, n FROM cast_t ORDER BY i NULLS LAST, t;
-- 22P02 invalid text representation
SELECT 'x1'::int;
\echo :LAST_ERROR_SQLSTATE
SELECT '1.5'::bigint;
SELECT '12e'::numeric;
SELECT 'yes please'::boolean;
SELECT 'abc'::float8;
SELECT '123-456'::uuid;
\echo :LAST_ERROR_SQLSTATE
-- 22003 numeric value out of range
SELECT 99999999999::int;
\echo :LAST_ERROR_SQLSTATE
SELECT '99999999999'::int;
SELECT 40000::int2;
SELECT 3000000000::int8::int4;
SELECT 1e10::float8::int;
SELECT 'NaN'::float8::int;
SELECT 9223372036854775807 + 1;
SELECT (-2147483648)::int * -1;
SELECT '1e400'::float8;
\echo :LAST_ERROR_SQLSTATE
-- 22012 division by zero
SELECT 1 / 0;
\echo :LAST_ERROR_SQLSTATE
SELECT 1.5 / 0;
SELECT 1::float8 / 0;
SELECT 5 % 0;
SELECT 2::int2 / 0::int2;
SELECT 1::int8 / 0;
-- 42846 cannot cast
SELECT 1::date;
\echo :LAST_ERROR_SQLSTATE
SELECT true::numeric;
SELECT ARRAY[1]::int;
SELECT '2024-01-01'::date::int;
SELECT 1.5::bool;
SELECT 1::int4::uuid;
-- 42883 operator does not exist
SELECT 'a'::text - 1;
\echo :LAST_ERROR_SQLSTATE
SELECT -true;
SELECT DATE '2024-01-01' * 2;
SELECT 1 + '1'::uuid;
SELECT 1::bool < 2;
DROP TABLE cast_t;
