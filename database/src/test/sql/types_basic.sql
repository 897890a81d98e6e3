-- Literals, output formats and casts of the basic types.
-- boolean
SELECT true AS t, false AS f, 'yes'::boolean AS yes, 'off'::boolean AS off, NULL::boolean AS n;
SELECT 'maybe'::boolean;
-- integers
SELECT 32767::smallint AS i2, '-2147483648'::integer AS i4, 9223372036854775807::bigint AS i8;
SELECT 32768::smallint;
SELECT 2147483647::integer + 1;
SELECT '12abc'::integer;
SELECT ' 42 '::integer AS padded, CAST('-7' AS bigint) AS cast_syntax;
SELECT 7 / 2 AS int_div, 7 % 3 AS int_mod, -7 / 2 AS neg_div;
-- numeric: exact arithmetic and typmod rounding
SELECT 0.1 + 0.2 AS exact_sum, 1.10 * 3 AS product, 10::numeric / 4 AS quotient;
SELECT 123.456::numeric(5,2) AS rounded, 2.5::numeric(3,0) AS half_up, -2.5::numeric(3,0) AS neg_half;
SELECT 12345.6::numeric(5,2);
SELECT 'abc'::numeric;
SELECT 1.5e3::numeric AS sci, 100000000000000000000.000001 AS big;
-- floating point
SELECT 1.5::real AS r, 0.1::double precision AS d, 1e300::float8 * 10 AS big;
SELECT 'NaN'::float8 AS nan, 'Infinity'::float8 AS inf, '-inf'::real AS neg_inf;
SELECT '1e400'::float8;
-- character types
SELECT 'hello'::text AS t, 'abc'::varchar(5) AS vc, 'ab'::char(4) AS c, length('ab'::char(4)) AS clen;
SELECT 'abcdef'::varchar(3) AS truncated_by_cast, 'it''s' AS quoted, E'a\\b' AS escaped;
CREATE TABLE strs (v varchar(3), c char(3));
INSERT INTO strs VALUES ('abcd', 'x');
INSERT INTO strs VALUES ('abc', 'x  ');
SELECT v, c, c || '|' AS c_concat, octet_length(c) AS c_len FROM strs;
-- bytea
SELECT '\xdeadbeef'::bytea AS hex, 'abc'::bytea AS from_text, E'\\000'::bytea AS nul;
-- date and time types
SELECT '2024-02-29'::date AS leap, DATE '1999-12-31' + 1 AS next_day, '2024-03-01'::date - '2024-02-01'::date AS days;
SELECT '2024-02-30'::date;
SELECT '13:45:30.125'::time AS t, TIME '23:59:59' AS t2, '24:00:00'::time AS t24;
SELECT '25:00'::time;
SELECT '2024-01-15 10:30:00'::timestamp AS ts, TIMESTAMP '2024-01-15 10:30:00.5' + INTERVAL '1 day' AS ts_plus;
SELECT '2024-06-01 12:00:00+02'::timestamptz AS tstz, TIMESTAMPTZ '2024-01-01 00:00:00 UTC' AS utc;
SELECT 'infinity'::timestamp AS inf, '-infinity'::date AS neg_inf, 'epoch'::timestamptz AS epoch;
SELECT '2024-13-01 00:00'::timestamp;
-- interval
SELECT INTERVAL '1 day 2 hours' AS i1, '90 minutes'::interval AS i2, '1 year 2 mons 3 days 04:05:06.7'::interval AS i3;
SELECT INTERVAL '-1 day' AS neg, '1.5 hours'::interval AS frac, INTERVAL '2 weeks' AS weeks;
SELECT INTERVAL '1 day' * 3 AS times3, TIMESTAMP '2024-01-31' + INTERVAL '1 month' AS month_end;
SELECT 'soon'::interval;
-- uuid
SELECT 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11'::uuid AS upper_in, '{a0eebc99-9c0b4ef8-bb6d6bb9-bd380a11}'::uuid AS braces;
SELECT 'not-a-uuid'::uuid;
-- casts between types
SELECT 42::text AS int_to_text, '3.7'::numeric::integer AS num_to_int, 3.7::float8::int AS float_to_int;
SELECT CAST(2.5 AS integer) AS half_away, CAST(3.5 AS integer) AS round_up, CAST(true AS integer) AS bool_int;
SELECT 1::boolean AS one_bool, '2024-01-15 10:30:00'::timestamp::date AS ts_to_date, 2.5::float8::int AS float_half_even;
SELECT 100000::smallint;
DROP TABLE strs;
