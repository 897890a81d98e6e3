-- GROUPING SETS, ROLLUP, CUBE, GROUPING()
CREATE TABLE sales (region text, product text, year int, amount int);
INSERT INTO sales VALUES
  ('north', 'apple', 2022, 10), ('north', 'apple', 2023, 15), ('north', 'pear', 2022, 7),
  ('south', 'apple', 2022, 20), ('south', 'pear', 2023, 5), ('south', 'pear', 2023, 8),
  ('west', NULL, 2023, 3);
SELECT region, product, sum(amount) FROM sales GROUP BY GROUPING SETS ((region), (product))
  ORDER BY region NULLS LAST, product NULLS LAST;
SELECT region, product, sum(amount) FROM sales GROUP BY ROLLUP (region, product)
  ORDER BY region NULLS LAST, product NULLS LAST;
SELECT region, year, count(*) FROM sales GROUP BY CUBE (region, year)
  ORDER BY region NULLS LAST, year NULLS LAST;
SELECT region, product, GROUPING(region, product), sum(amount) FROM sales
  GROUP BY ROLLUP (region, product) ORDER BY 3, 1, 2;
SELECT region, GROUPING(region) AS g, sum(amount) FROM sales GROUP BY GROUPING SETS (region, ())
  ORDER BY g, region;
SELECT sum(amount) FROM sales GROUP BY GROUPING SETS (());
SELECT count(*) FROM sales GROUP BY GROUPING SETS ((), ());
SELECT region, year, sum(amount) FROM sales GROUP BY region, ROLLUP (year)
  ORDER BY region, year NULLS LAST;
SELECT region, product, year, sum(amount) FROM sales GROUP BY ROLLUP (region, (product, year))
  ORDER BY 1 NULLS LAST, 2 NULLS LAST, 3 NULLS LAST;
SELECT region, sum(amount) FROM sales GROUP BY ROLLUP (region) HAVING sum(amount) > 20
  ORDER BY region NULLS LAST;
SELECT region, year, count(*) FROM sales GROUP BY DISTINCT ROLLUP (region), ROLLUP (region, year)
  ORDER BY 1 NULLS LAST, 2 NULLS LAST, 3;
SELECT region, year, count(*) FROM sales GROUP BY ALL ROLLUP (region), ROLLUP (region)
  ORDER BY 1 NULLS LAST, 2 NULLS LAST, 3;
SELECT CASE WHEN GROUPING(product) = 1 THEN 'total' ELSE product END AS p, sum(amount)
  FROM sales WHERE product IS NOT NULL GROUP BY ROLLUP (product) ORDER BY 1;
SELECT region, sum(amount), rank() OVER (ORDER BY sum(amount) DESC) FROM sales
  GROUP BY ROLLUP (region) ORDER BY 3, 1;
SELECT year, array_agg(amount ORDER BY amount) FROM sales GROUP BY CUBE (year) ORDER BY year NULLS FIRST;
SELECT region, count(DISTINCT product) FROM sales GROUP BY ROLLUP (region) ORDER BY region NULLS LAST;
SELECT region, product FROM sales GROUP BY GROUPING SETS ((region, product), region)
  ORDER BY 1, 2 NULLS FIRST;
SELECT a, b, count(*) FROM (VALUES (1, 1), (1, 2), (2, 1)) v(a, b) GROUP BY CUBE (a, b)
  ORDER BY a NULLS LAST, b NULLS LAST;
SELECT region, product, year, GROUPING(region, product, year), count(*) FROM sales
  GROUP BY CUBE (region, product, year) HAVING GROUPING(region, product, year) IN (3, 6, 7)
  ORDER BY 4, 1 NULLS LAST, 2 NULLS LAST, 3 NULLS LAST;
SELECT region, product, count(*) FROM sales GROUP BY GROUPING SETS (ROLLUP (region), CUBE (product))
  ORDER BY 1 NULLS LAST, 2 NULLS LAST, 3;
SELECT year % 2 AS odd, sum(amount) FROM sales GROUP BY ROLLUP (year % 2) ORDER BY 1 NULLS LAST;
SELECT upper(region), sum(amount) FILTER (WHERE year = 2023) FROM sales GROUP BY ROLLUP (upper(region))
  ORDER BY 1 NULLS LAST;
SELECT * FROM (SELECT region, sum(amount) AS s FROM sales GROUP BY ROLLUP (region)) t WHERE region IS NULL;
SELECT region, year, sum(amount) FROM sales GROUP BY GROUPING SETS ((region, year), (year), ())
  ORDER BY GROUPING(region, year), 1, 2;
SELECT count(*) FROM sales GROUP BY ROLLUP (region) HAVING count(*) > 2 ORDER BY 1;
EXPLAIN (COSTS OFF) SELECT region, product, sum(amount) FROM sales GROUP BY ROLLUP (region, product);
EXPLAIN (COSTS OFF) SELECT region, year, count(*) FROM sales GROUP BY GROUPING SETS ((region), (year));
-- errors
SELECT region, product, sum(amount) FROM sales GROUP BY ROLLUP (region);
SELECT GROUPING(product) FROM sales GROUP BY region;
SELECT GROUPING(region) FROM sales;
SELECT region FROM sales WHERE GROUPING(region) = 0 GROUP BY region;
SELECT region, sum(amount) FROM sales GROUP BY ROLLUP (region, nosuch);
SELECT region, count(*) FROM sales GROUP BY GROUPING SETS (region, sum(amount));
DROP TABLE sales;
