-- Errors: syntax errors with their cursor, unknown objects, runtime and type errors.
-- syntax errors
SELEC 1;
SELECT 1 +;
SELECT * FORM nowhere;
SELECT 'unterminated;
';
CREATE TABLE t (a int,);
INSERT INTO VALUES (1);
SELECT 1
  FROM
  WHERE true;
SELECT
    1 AS one,
    2 AS two
    3 AS three;
-- the statement after a failing one still runs
SELECT 'still running' AS status;
-- unknown tables and columns (42P01, 42703)
SELECT * FROM no_such_table;
SELECT * FROM public.no_such_table;
INSERT INTO no_such_table VALUES (1);
CREATE TABLE known (id integer, label text);
INSERT INTO known VALUES (1, 'one'), (2, 'two');
SELECT no_such_column FROM known;
SELECT known.nope FROM known;
SELECT k.id FROM known AS x;
SELECT id FROM known WHERE labl = 'one';
SELECT id FROM known ORDER BY missing;
UPDATE known SET label = 'x' WHERE nope = 1;
DELETE FROM known WHERE nope IS NULL;
-- runtime errors (22012, 22003, 22P02)
SELECT 1 / 0;
SELECT 5 % 0;
SELECT 1.0 / 0;
SELECT 1 / 0.0::float8;
SELECT id / (id - 1) FROM known ORDER BY id;
SELECT 9223372036854775807 + 1;
SELECT (-32768)::smallint * -1::smallint;
SELECT 'x'::integer + 1;
SELECT label::integer FROM known ORDER BY id;
-- type mismatches and unknown functions/operators (42883, 42804)
SELECT 1 + 'a'::text;
SELECT 'abc' - 1;
SELECT length(42);
SELECT no_such_function(1);
SELECT upper(1, 2);
SELECT true + 1;
SELECT CASE WHEN true THEN 1 ELSE 'x' END;
SELECT id FROM known WHERE label;
SELECT 1 WHERE 1;
INSERT INTO known VALUES ('abc', 'x');
INSERT INTO known VALUES (true, 'x');
SELECT date '2024-01-01' + date '2024-01-02';
-- errors inside a multi-line statement point at the right line
SELECT id,
       label,
       id * nosuch
  FROM known;
SELECT 'done' AS status;
DROP TABLE known;
DROP TABLE known;
