-- Composite (record) values: row constructors, field selection, record-returning set
-- functions in the select list, record output and row comparisons.
SELECT ROW(1, 'a'), (1, 2.5, true), ROW();
SELECT ROW(1, NULL, 'a b', '', 'x"y', 'back\slash', '(p)', 'c,d');
SELECT ROW(NULL::int, NULL::text);
SELECT (ROW(1, 'a')).f1, (ROW(1, 2)).f2 + 1;
SELECT ROW(1, ROW(2, 'x y'));
SELECT ROW(ARRAY[1, 2], '{}'::int[], 'now'::text);
-- field selection errors
SELECT (1).x;
SELECT (ROW(1, 2)).f3;
SELECT ('abc'::text).length, (12).text, (ROW(1, 2)).row_to_json;
-- IS NULL on rows: every field null / no field null
SELECT ROW(NULL, NULL) IS NULL, ROW(NULL, 1) IS NULL, ROW(NULL, 1) IS NOT NULL, ROW(1, 2) IS NOT NULL;
-- row comparisons
SELECT (1, 2) = (1, 2), (1, 2) <> (1, 3), (1, NULL) = (1, 2), (1, NULL) = (2, NULL);
SELECT (1, 2) < (1, 3), (1, 2) < (2, 0), (2, 0) <= (1, 9), (1, 2) >= (1, 2), (NULL, 1) < (2, 1);
SELECT (1, NULL) IS DISTINCT FROM (1, NULL), (1, 2) IS DISTINCT FROM (1, NULL), (1, 2) IS NOT DISTINCT FROM (1, 2);
SELECT (1, 2) = (1, 2, 3);
-- information_schema._pg_expandarray
SELECT information_schema._pg_expandarray(ARRAY[10, 20, 30]);
SELECT (information_schema._pg_expandarray(ARRAY['a', 'b'])).x, (information_schema._pg_expandarray(ARRAY['a', 'b'])).n;
SELECT * FROM information_schema._pg_expandarray(ARRAY[1.5, 2.5]);
SELECT x, n FROM information_schema._pg_expandarray('{}'::int[]) e;
SELECT * FROM information_schema._pg_expandarray(NULL::int[]);
SELECT _pg_expandarray(ARRAY[1]);
CREATE TABLE pk (a int, b text, c int, PRIMARY KEY (c, a));
SELECT (k).x, (k).n
  FROM (SELECT information_schema._pg_expandarray(i.indkey) AS k
          FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
         WHERE c.relname = 'pk_pkey') s;
SELECT a.attname, (information_schema._pg_expandarray(i.indkey)).n AS key_seq
  FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid
 WHERE i.indrelid = 'pk'::regclass
   AND a.attnum = (information_schema._pg_expandarray(i.indkey)).x
 ORDER BY 2;
-- json record-returning functions in the select list
SELECT json_each('{"a": 1, "b": "x y", "c": null}');
SELECT (json_each_text('{"a": 1, "b": "x y"}')).value;
SELECT jsonb_each('{"k": [1, 2]}'), (jsonb_each('{"k": [1, 2]}')).key;
SELECT (json_each('{"a": 1}')).nope;
-- a record carried through a subquery and a CTE keeps its fields
WITH r AS (SELECT ROW(1, 'one'::text) AS v UNION ALL SELECT ROW(2, 'two'::text))
SELECT (v).f2, v FROM r ORDER BY (v).f1 DESC;
SELECT (s.r).f1 FROM (SELECT ROW(7, 8) AS r) s;
-- records sort and group field by field, nulls last
SELECT r FROM (VALUES (ROW(2, 'b'::text)), (ROW(1, NULL::text)), (ROW(1, 'a'::text)), (NULL)) v(r) ORDER BY r;
SELECT r FROM (VALUES (ROW(1, 2)), (ROW(1, 2, 3))) v(r) ORDER BY r;
SELECT r, count(*) FROM (VALUES (ROW(1, 2.0)), (ROW(1, 2.00)), (ROW(2, 1))) v(r) GROUP BY r ORDER BY r;
SELECT DISTINCT r FROM (VALUES (ROW(1, 2)), (ROW(1, 2))) v(r);
-- records as json
SELECT to_json(ROW(1, 'a'::text, NULL::int)), to_jsonb(ROW(1, 'a'::text)), row_to_json(ROW(1, ARRAY[2, 3]));
-- a table column cannot be of type record
CREATE TABLE rec_bad (a record);
CREATE TABLE rec_bad AS SELECT 1 AS a, ROW(1, 2) AS r;
-- (x).* expands a record into its fields
SELECT (ROW(1, 'a'::text)).*, 5;
SELECT (json_each('{"a": 1}')).*;
SELECT (1).*;
-- record operators: record_eq and friends take null fields as equal
SELECT x = x, x < x, x <> ROW(1, 2) FROM (SELECT ROW(1, NULL::int) x) s;
SELECT ROW(1, 2) IN (ROW(1, 2), ROW(3, 4)), ROW(1, 3) IN (ROW(1, 2), ROW(3, 4));
SELECT '(1,2)'::record;
COPY (SELECT ROW(1, 'a b'::text), 2) TO STDOUT;
DROP TABLE pk;
