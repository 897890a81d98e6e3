-- Queries: filtering, ordering, grouping, joins, NULL semantics and conditional expressions.
CREATE TABLE dept (id integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE emp (id integer PRIMARY KEY, name text, dept_id integer, salary numeric(8,2), bonus integer);
INSERT INTO dept VALUES (1, 'eng'), (2, 'ops'), (3, 'empty');
INSERT INTO emp VALUES
    (1, 'Ann', 1, 5000, 100), (2, 'bob', 1, 4000, NULL), (3, 'Cid', 2, 3500, 50),
    (4, 'dee', 2, 3500, NULL), (5, 'Eve', NULL, 6000, 0), (6, NULL, 1, 1000, 10);
SELECT name, salary FROM emp WHERE salary > 3500 AND dept_id IS NOT NULL ORDER BY salary DESC, name;
SELECT id, bonus FROM emp ORDER BY bonus NULLS FIRST, id;
SELECT id, bonus FROM emp ORDER BY bonus DESC NULLS LAST, id;
SELECT id, bonus FROM emp ORDER BY bonus DESC, id;
SELECT id, name FROM emp ORDER BY id LIMIT 2;
SELECT id, name FROM emp ORDER BY id LIMIT 2 OFFSET 3;
SELECT id FROM emp ORDER BY id OFFSET 5;
SELECT id FROM emp ORDER BY id LIMIT 0;
SELECT DISTINCT dept_id FROM emp ORDER BY dept_id;
SELECT DISTINCT salary, dept_id FROM emp ORDER BY salary, dept_id;
-- aggregates
SELECT count(*) AS n, count(bonus) AS with_bonus, sum(salary) AS total, avg(salary) AS mean,
       min(salary) AS lo, max(name) AS last_name FROM emp;
SELECT dept_id, count(*), sum(bonus), avg(bonus), min(name), max(salary)
  FROM emp GROUP BY dept_id ORDER BY dept_id NULLS LAST;
SELECT dept_id, count(*) FROM emp GROUP BY dept_id HAVING count(*) > 1 ORDER BY dept_id;
SELECT count(*), sum(salary), avg(salary), max(salary) FROM emp WHERE false;
SELECT dept_id, name FROM emp GROUP BY dept_id;
-- joins
SELECT e.name, d.name AS dept FROM emp e JOIN dept d ON d.id = e.dept_id ORDER BY e.id;
SELECT e.id, d.name FROM emp e LEFT JOIN dept d ON d.id = e.dept_id ORDER BY e.id;
SELECT d.name, count(e.id) AS members FROM dept d LEFT JOIN emp e ON e.dept_id = d.id
  GROUP BY d.name ORDER BY members DESC, d.name;
SELECT e.id, d.id FROM emp e, dept d WHERE e.dept_id = d.id AND d.name = 'ops' ORDER BY e.id;
SELECT id FROM emp JOIN dept USING (id) ORDER BY id;
SELECT name FROM emp JOIN dept ON true;
-- NULL semantics
SELECT NULL = NULL AS eq, NULL IS NULL AS is_null, 1 <> NULL AS ne, NULL AND false AS and_f,
       NULL OR true AS or_t, NOT NULL::boolean AS not_null;
SELECT 1 IS DISTINCT FROM NULL AS dist, NULL IS NOT DISTINCT FROM NULL AS not_dist;
SELECT count(*) FROM emp WHERE bonus <> 100;
SELECT id FROM emp WHERE bonus NOT IN (0, 10) ORDER BY id;
SELECT id FROM emp WHERE bonus NOT IN (0, NULL) ORDER BY id;
-- conditional expressions
SELECT id, CASE WHEN salary >= 5000 THEN 'high' WHEN salary >= 3500 THEN 'mid' ELSE 'low' END AS band,
       CASE dept_id WHEN 1 THEN 'eng' WHEN 2 THEN 'ops' END AS dept,
       COALESCE(bonus, -1) AS bonus_or, NULLIF(bonus, 0) AS nonzero
  FROM emp ORDER BY id;
SELECT COALESCE(NULL, NULL, 'third') AS c, NULLIF(1, 1) AS n, COALESCE(NULL::int, 7) + 1 AS c2;
-- pattern matching, IN, BETWEEN
SELECT name FROM emp WHERE name LIKE '_e%' ORDER BY name;
SELECT name FROM emp WHERE name ILIKE 'a%' OR name ILIKE '%E' ORDER BY name;
SELECT name FROM emp WHERE name NOT LIKE '%o%' ORDER BY name;
SELECT 'a_c' LIKE 'a\_c' AS escaped, 'abc' LIKE 'a\_c' AS literal, '100%' LIKE '100!%' ESCAPE '!' AS custom;
SELECT id FROM emp WHERE dept_id IN (2, 3) ORDER BY id;
SELECT id FROM emp WHERE salary BETWEEN 3500 AND 5000 ORDER BY id;
SELECT id FROM emp WHERE salary NOT BETWEEN 3500 AND 5000 ORDER BY id;
SELECT id, salary * 1.1 AS raised, -salary AS neg, salary / 3 AS third FROM emp WHERE id <= 2 ORDER BY id;
SELECT 1 AS a, 'x' AS b, NULL AS c, 2 + 3 * 4 AS arith, (2 + 3) * 4 AS paren;
SELECT nosuch FROM emp;
DROP TABLE emp, dept;
