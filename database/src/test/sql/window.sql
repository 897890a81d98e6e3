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
DROP TABLE emp;
