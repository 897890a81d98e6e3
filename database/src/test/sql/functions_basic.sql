-- Common string, math and date/time functions on fixed inputs.
-- strings
SELECT length('héllo') AS len, octet_length('héllo') AS octets, char_length('') AS empty;
SELECT upper('MiXed 1a') AS up, lower('MiXed') AS low, initcap('hello wORLD foo-bar') AS initcap;
SELECT substring('PostgreSQL' FROM 5 FOR 3) AS sub1, substring('PostgreSQL', 5) AS sub2, substr('abc', 2, 1) AS sub3;
SELECT position('SQL' IN 'PostgreSQL') AS pos, strpos('abcabc', 'ca') AS strpos, position('x' IN 'abc') AS none;
SELECT trim('  both  ') || '|' AS t, ltrim('xxabcxx', 'x') AS l, rtrim('xxabcxx', 'x') AS r,
       trim(BOTH 'x' FROM 'xxabcxx') AS b, btrim('  sp  ') || '|' AS bt;
SELECT lpad('7', 3, '0') AS lpad, rpad('ab', 5, '-') AS rpad, lpad('toolong', 3) AS cut, repeat('ab', 3) AS rep;
SELECT replace('a-b-c', '-', '+') AS repl, reverse('abc') AS rev, left('abcdef', 2) AS l, right('abcdef', 2) AS r;
SELECT concat('a', NULL, 1, true) AS concat, concat_ws(', ', 'x', NULL, 'z') AS ws, 'a' || NULL AS null_concat;
SELECT split_part('a,b,c', ',', 2) AS part, ascii('A') AS ascii, chr(66) AS chr, md5('abc') AS md5;
SELECT starts_with('postgres', 'post') AS sw, translate('12345', '143', 'ax') AS tr, to_hex(255) AS hex;
SELECT quote_ident('Hello World') AS qi, quote_literal('it''s') AS ql, format('%s has %s rows', 'emp', 6) AS fmt;
SELECT substring('abc' FROM 0 FOR -1);
-- math
SELECT abs(-5) AS abs_i, abs(-2.50) AS abs_n, sign(-3.2) AS sign, mod(17, 5) AS mod, mod(-17, 5) AS neg_mod;
SELECT round(2.5) AS r1, round(-2.5) AS r2, round(3.14159, 2) AS r3, round(2.5::float8) AS r_float, trunc(-3.7) AS tr;
SELECT ceil(1.2) AS ceil, floor(-1.2) AS floor, ceiling(4.0) AS ceiling, trunc(3.14159, 3) AS tr3;
SELECT power(2, 10) AS pow, 2 ^ 0.5 AS pow_op, sqrt(16) AS sqrt, sqrt(2::numeric) AS sqrt_num;
SELECT exp(1::float8) AS e, ln(10::float8) AS ln, log(1000) AS log10, log(2, 8) AS log2;
SELECT pi() AS pi, degrees(pi()) AS deg, radians(180) AS rad, sin(0) AS sin, cos(0) AS cos;
SELECT greatest(3, 7, 5) AS g, least('b', 'a', 'c') AS l, greatest(1, NULL, 2) AS g_null;
SELECT 10 / 4 AS int_div, 10 / 4.0 AS num_div, 10 % 4 AS rem, div(10, 4) AS div, width_bucket(5.5, 0, 10, 4) AS bucket;
SELECT sqrt(-1);
SELECT ln(0);
SELECT mod(1, 0);
-- date and time
SELECT date_part('year', DATE '2024-02-29') AS y, extract(month FROM DATE '2024-02-29') AS m,
       extract(dow FROM DATE '2024-02-29') AS dow, extract(doy FROM DATE '2024-12-31') AS doy;
SELECT extract(epoch FROM TIMESTAMPTZ '2024-01-01 00:00:00+00') AS epoch, extract(hour FROM TIME '13:45') AS h;
SELECT date_trunc('month', TIMESTAMP '2024-02-29 13:45:12') AS month, date_trunc('hour', TIMESTAMP '2024-02-29 13:45:12') AS hour;
SELECT date_trunc('day', TIMESTAMPTZ '2024-02-29 13:45:12+00') AS day_tz, date_trunc('week', DATE '2024-02-29') AS week;
SELECT age(TIMESTAMP '2024-03-15', TIMESTAMP '2023-01-10') AS age, TIMESTAMP '2024-03-15' - TIMESTAMP '2024-03-01 12:00' AS diff;
SELECT make_date(2024, 2, 29) AS md, make_time(8, 15, 30.5) AS mt, make_timestamp(2024, 1, 2, 3, 4, 5) AS mts;
SELECT make_interval(0, 0, 0, 3, 4) AS mi, justify_hours(INTERVAL '30 hours') AS jh, justify_days(INTERVAL '45 days') AS jd;
SELECT to_char(TIMESTAMP '2024-02-29 13:05:09', 'YYYY-MM-DD HH24:MI:SS') AS ts_fmt, to_char(DATE '2024-02-29', 'Dy DD Mon YYYY') AS d_fmt;
SELECT to_char(1234.5, '9,999.99') AS num_fmt, to_char(42, '000') AS zero_pad, to_date('29/02/2024', 'DD/MM/YYYY') AS to_date;
SELECT to_timestamp('2024-02-29 13:05', 'YYYY-MM-DD HH24:MI') AS to_ts, to_timestamp(0) AS epoch0;
SELECT DATE '2024-01-31' + INTERVAL '1 month' AS plus_month, DATE '2024-03-01' - 1 AS minus_day,
       TIME '23:30' + INTERVAL '1 hour' AS wrap, INTERVAL '1 hour' / 4 AS quarter;
SELECT isfinite(DATE 'infinity') AS fin, date_part('day', INTERVAL '3 days 4 hours') AS iv_day;
SELECT make_date(2024, 2, 30);
SELECT date_trunc('fortnight', TIMESTAMP '2024-01-01');
-- NULL in, NULL out
SELECT length(NULL) AS l, upper(NULL) AS u, abs(NULL::int) AS a, round(NULL::numeric, 1) AS r, extract(year FROM NULL::date) AS y;
