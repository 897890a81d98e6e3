-- window functions: ranking, navigation, aggregates over frames, named windows, errors
CREATE TABLE emp (id int PRIMARY KEY, dept text, name text, salary int);
INSERT INTO emp VALUES
  (1, 'eng', 'alice', 120), (2, 'eng', 'bob', 100), (3, 'eng', 'carol', 100),
  (4, 'ops', 'dave', 90), (5, 'ops', 'erin', NULL), (6, 'sales', 'frank', 80),
  (7, 'sales', 'grace', 95), (8, 'eng', 'heidi', 110);
SELECT id, row_number() OVER (ORDER BY id) FROM emp ORDER BY id;
SELECT dept, name, salary, rank() OVER w, dense_rank() OVER w
  FROM emp WINDOW w AS (PARTITION BY dept ORDER BY salary DESC) ORDER BY dept, salary DESC NULLS LAST, name;
SELECT name, salary, percent_rank() OVER (ORDER BY salary), cume_dist() OVER (ORDER BY salary)
  FROM emp WHERE salary IS NOT NULL ORDER BY salary, name;
SELECT name, ntile(3) OVER (ORDER BY id) FROM emp ORDER BY id;
SELECT name, lag(salary) OVER (ORDER BY id), lead(salary, 2, -1) OVER (ORDER BY id) FROM emp ORDER BY id;
SELECT name, first_value(name) OVER w, last_value(name) OVER w, nth_value(name, 2) OVER w
  FROM emp WINDOW w AS (PARTITION BY dept ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
  ORDER BY id;
SELECT id, salary, sum(salary) OVER (ORDER BY id) AS running FROM emp ORDER BY id;
SELECT id, dept, sum(salary) OVER (PARTITION BY dept) AS dept_total, count(*) OVER () AS n FROM emp ORDER BY id;
SELECT id, avg(salary) OVER (ORDER BY id ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) FROM emp ORDER BY id;
SELECT id, salary, sum(salary) OVER (ORDER BY salary RANGE BETWEEN 10 PRECEDING AND CURRENT ROW)
  FROM emp WHERE salary IS NOT NULL ORDER BY salary, id;
SELECT id, salary, count(*) OVER (ORDER BY salary GROUPS BETWEEN 1 PRECEDING AND 1 FOLLOWING)
  FROM emp WHERE salary IS NOT NULL ORDER BY salary, id;
SELECT id, sum(id) OVER (ORDER BY id ROWS BETWEEN 2 PRECEDING AND CURRENT ROW EXCLUDE CURRENT ROW) FROM emp ORDER BY id;
SELECT id, salary, sum(id) OVER (ORDER BY salary RANGE UNBOUNDED PRECEDING EXCLUDE TIES) FROM emp ORDER BY salary, id;
SELECT id, string_agg(name, ',') OVER (ORDER BY id ROWS BETWEEN CURRENT ROW AND 2 FOLLOWING) FROM emp ORDER BY id;
SELECT dept, count(*), sum(count(*)) OVER (ORDER BY dept) FROM emp GROUP BY dept ORDER BY dept;
SELECT dept, max(salary), rank() OVER (ORDER BY max(salary) DESC NULLS LAST) FROM emp GROUP BY dept ORDER BY dept;
SELECT * FROM (SELECT name, rank() OVER (PARTITION BY dept ORDER BY salary DESC) AS r FROM emp) s
  WHERE r = 1 ORDER BY name;
SELECT name, count(*) FILTER (WHERE salary > 95) OVER (ORDER BY id) FROM emp ORDER BY id;
SELECT name, sum(salary) OVER w2 FROM emp WINDOW w1 AS (PARTITION BY dept), w2 AS (w1 ORDER BY id) ORDER BY id;
SELECT id, row_number() OVER (ORDER BY id DESC) FROM emp ORDER BY row_number() OVER (ORDER BY id DESC);
SELECT id, salary, lag(salary, 1, 0) OVER (PARTITION BY dept ORDER BY id) - salary AS diff FROM emp ORDER BY id;
SELECT dept, id, first_value(id) OVER (PARTITION BY dept ORDER BY id DESC) FROM emp ORDER BY dept, id;
SELECT id, count(salary) OVER (ORDER BY id RANGE BETWEEN 2 PRECEDING AND 2 FOLLOWING) FROM emp ORDER BY id;
SELECT id, max(salary) OVER (ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) FROM emp ORDER BY id;
SELECT id, sum(salary) OVER (ORDER BY salary NULLS FIRST) FROM emp ORDER BY salary NULLS FIRST, id;
SELECT dept, avg(salary) OVER (PARTITION BY dept)::numeric(10, 2) FROM emp ORDER BY dept, id;
SELECT id, rank() OVER (ORDER BY dept), dense_rank() OVER (ORDER BY dept DESC) FROM emp ORDER BY id;
SELECT id, row_number() OVER (PARTITION BY dept ORDER BY id), array_agg(id) OVER (PARTITION BY dept ORDER BY id)
  FROM emp ORDER BY id;
SELECT id, lead(name) OVER (ORDER BY id), lag(name, 3) OVER (ORDER BY id) FROM emp WHERE id > 2 ORDER BY id;
SELECT id, sum(id) OVER (ORDER BY id GROUPS BETWEEN CURRENT ROW AND 1 FOLLOWING EXCLUDE GROUP) FROM emp ORDER BY id;
SELECT id, sum(id) OVER (ORDER BY id RANGE BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) FROM emp ORDER BY id;
EXPLAIN (COSTS OFF) SELECT id, rank() OVER (PARTITION BY dept ORDER BY salary) FROM emp;
-- errors
SELECT rank() FROM emp;
SELECT id FROM emp WHERE row_number() OVER () > 1;
SELECT sum(row_number() OVER ()) FROM emp;
SELECT id, sum(salary) OVER nosuch FROM emp;
SELECT ntile(0) OVER (ORDER BY id) FROM emp;
SELECT id, sum(id) OVER (ORDER BY id ROWS BETWEEN -1 PRECEDING AND CURRENT ROW) FROM emp;
SELECT id, sum(id) OVER (ROWS BETWEEN UNBOUNDED FOLLOWING AND CURRENT ROW) FROM emp;
SELECT id, sum(id) OVER (ROWS 1 FOLLOWING) FROM emp;
SELECT id, sum(id) OVER (ROWS BETWEEN CURRENT ROW AND 1 PRECEDING) FROM emp;
SELECT id, sum(id) OVER (ROWS BETWEEN CURRENT ROW AND UNBOUNDED PRECEDING) FROM emp;
SELECT id, sum(id) OVER (RANGE BETWEEN 1 PRECEDING AND CURRENT ROW) FROM emp;
SELECT nth_value(name, 0) OVER (ORDER BY id) FROM emp;
SELECT lag(name, -1) OVER (ORDER BY id) FROM emp;
SELECT id FROM emp GROUP BY id HAVING rank() OVER (ORDER BY id) > 1;
SELECT id, sum(id) OVER (ORDER BY name RANGE BETWEEN 1 PRECEDING AND CURRENT ROW) FROM emp;
SELECT id FROM emp WINDOW w AS (ORDER BY id), w AS (ORDER BY name);
SELECT sum(id) OVER w FROM emp WINDOW w AS (ORDER BY id ROWS UNBOUNDED PRECEDING), w2 AS (w ORDER BY id);
DROP TABLE emp;
