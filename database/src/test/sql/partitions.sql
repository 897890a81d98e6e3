-- Declarative partitioning: partitioned tables, partitions, tuple routing, row movement,
-- ATTACH / DETACH, keys and foreign keys, and what the catalogs and psql show of them.
CREATE TABLE orders (id int, region text, amount numeric) PARTITION BY LIST (id);
CREATE TABLE orders_low PARTITION OF orders FOR VALUES IN (1, 2, 3);
CREATE TABLE orders_high PARTITION OF orders FOR VALUES IN (10, 20);
CREATE TABLE orders_other PARTITION OF orders DEFAULT;
CREATE TABLE orders_bad PARTITION OF orders FOR VALUES IN (3);
CREATE TABLE orders_bad PARTITION OF orders DEFAULT;
CREATE TABLE orders_bad PARTITION OF orders FOR VALUES FROM (1) TO (2);
CREATE INDEX ON orders (region);
INSERT INTO orders VALUES (1, 'north', 10.5), (10, 'south', 20), (7, 'east', 1), (NULL, 'west', 0);
SELECT * FROM orders ORDER BY id;
SELECT * FROM orders_low;
SELECT * FROM orders_other ORDER BY id;
SELECT count(*) FROM orders WHERE region = 'south';
UPDATE orders SET amount = amount * 2 WHERE id = 1 RETURNING *;
UPDATE orders SET id = 2 WHERE id = 7 RETURNING id, region;
SELECT * FROM orders_low ORDER BY id;
DELETE FROM orders WHERE id = 10 RETURNING *;
INSERT INTO orders_low VALUES (20, 'wrong', 0);
UPDATE orders_low SET id = 5 WHERE id = 1;
\d orders
\d+ orders
\d orders_low
SELECT relname, relkind, relispartition, pg_get_expr(relpartbound, oid)
  FROM pg_class WHERE relname LIKE 'orders%' ORDER BY relname;
SELECT pg_get_partkeydef('orders'::regclass), pg_get_partkeydef('orders_low'::regclass);
SELECT partrelid::regclass, partstrat, partnatts, partdefid::regclass, partattrs
  FROM pg_partitioned_table;
SELECT inhrelid::regclass, inhparent::regclass, inhdetachpending FROM pg_inherits ORDER BY inhrelid::regclass::text;
SELECT * FROM pg_partition_tree('orders') ORDER BY relid::text;

-- range partitions, MINVALUE / MAXVALUE, and rows no partition accepts
CREATE TABLE readings (ts int, sensor int, val int) PARTITION BY RANGE (ts);
CREATE TABLE readings_old PARTITION OF readings FOR VALUES FROM (MINVALUE) TO (100);
CREATE TABLE readings_new PARTITION OF readings FOR VALUES FROM (100) TO (200);
CREATE TABLE readings_bad PARTITION OF readings FOR VALUES FROM (150) TO (300);
CREATE TABLE readings_bad PARTITION OF readings FOR VALUES FROM (300) TO (300);
CREATE TABLE readings_bad PARTITION OF readings FOR VALUES IN (1);
INSERT INTO readings VALUES (-5, 1, 1), (150, 2, 2);
INSERT INTO readings VALUES (250, 3, 3);
INSERT INTO readings VALUES (NULL, 3, 3);
SELECT * FROM readings ORDER BY ts;
SELECT count(*) FROM ONLY readings;
\d+ readings

-- primary keys on a partitioned table, ON CONFLICT through it
CREATE TABLE accounts (id int PRIMARY KEY, owner text) PARTITION BY RANGE (id);
CREATE TABLE accounts_1 PARTITION OF accounts FOR VALUES FROM (1) TO (100);
CREATE TABLE accounts_2 PARTITION OF accounts FOR VALUES FROM (100) TO (200);
INSERT INTO accounts VALUES (1, 'ann'), (150, 'bob');
INSERT INTO accounts VALUES (1, 'again');
INSERT INTO accounts VALUES (1, 'again') ON CONFLICT DO NOTHING;
INSERT INTO accounts VALUES (150, 'carl') ON CONFLICT (id) DO UPDATE SET owner = excluded.owner;
INSERT INTO accounts VALUES (150, 'dora') ON CONFLICT (id) DO UPDATE SET id = 5;
SELECT * FROM accounts ORDER BY id;
\d accounts_1
CREATE TABLE badkey (a int, b int, PRIMARY KEY (b)) PARTITION BY LIST (a);
CREATE TABLE nokey (a int) PARTITION BY LIST (c);
CREATE TABLE twocols (a int, b int) PARTITION BY LIST (a, b);
CREATE TABLE plain (a int);
CREATE TABLE plain_1 PARTITION OF plain FOR VALUES IN (1);

-- foreign keys to and from partitioned tables
CREATE TABLE payments (account int REFERENCES accounts, amount int) PARTITION BY LIST (amount);
CREATE TABLE payments_small PARTITION OF payments FOR VALUES IN (1, 2, 3);
INSERT INTO payments VALUES (1, 2);
INSERT INTO payments VALUES (99, 3);
DELETE FROM accounts WHERE id = 1;
SELECT * FROM payments;

-- ATTACH and DETACH
CREATE TABLE readings_later (val int, sensor int, ts int);
INSERT INTO readings_later VALUES (7, 4, 250);
ALTER TABLE readings ATTACH PARTITION readings_later FOR VALUES FROM (200) TO (250);
ALTER TABLE readings ATTACH PARTITION readings_later FOR VALUES FROM (200) TO (300);
ALTER TABLE readings ATTACH PARTITION readings_later FOR VALUES FROM (200) TO (300);
CREATE TABLE readings_extra (ts int, sensor int, val int, note text);
ALTER TABLE readings ATTACH PARTITION readings_extra FOR VALUES FROM (300) TO (400);
INSERT INTO readings VALUES (260, 5, 5);
SELECT * FROM readings ORDER BY ts;
SELECT count(*) FROM ONLY readings;
SELECT * FROM readings_later ORDER BY ts;
ALTER TABLE readings DETACH PARTITION readings_old;
SELECT * FROM readings ORDER BY ts;
SELECT count(*) FROM ONLY readings;
INSERT INTO readings VALUES (-1, 0, 0);
\d readings

-- COPY and TRUNCATE through the partitioned table
COPY orders (id, region, amount) FROM stdin;
3	copied	1.5
20	copied	2.5
\.
COPY orders (id, region) FROM stdin;
99	nowhere
\.
SELECT * FROM orders WHERE region = 'copied' ORDER BY id;
TRUNCATE ONLY orders;
TRUNCATE orders;
SELECT count(*) FROM orders;
SELECT count(*) FROM orders_low;

-- dropping partitions and partitioned tables
DROP TABLE orders_other;
INSERT INTO orders VALUES (7, 'east', 1);
DROP TABLE payments;
DROP TABLE orders, readings, accounts;
SELECT relname FROM pg_class WHERE relname ~ '^(orders|readings|accounts|payments)' ORDER BY 1;

-- row triggers of leaf partitions: an UPDATE that moves a row fires the DELETE triggers of the
-- partition it leaves and the INSERT triggers of the one it enters; statement triggers are the
-- partitioned table's
CREATE TABLE moves (a int, b text) PARTITION BY LIST (a);
CREATE TABLE moves1 PARTITION OF moves FOR VALUES IN (1);
CREATE TABLE moves2 PARTITION OF moves FOR VALUES IN (2);
CREATE TABLE moves3 PARTITION OF moves FOR VALUES IN (3);
CREATE TABLE moves_log (a int, b text);
CREATE FUNCTION moves_fn() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF tg_level = 'STATEMENT' THEN
    RAISE NOTICE '% % % on %', tg_when, tg_level, tg_op, tg_table_name;
    RETURN NULL;
  END IF;
  RAISE NOTICE '% % % on %: old %, new %', tg_when, tg_level, tg_op, tg_table_name, OLD, NEW;
  IF tg_op = 'DELETE' THEN
    INSERT INTO moves_log SELECT OLD.*;
    RETURN OLD;
  END IF;
  IF tg_op = 'UPDATE' AND tg_when = 'BEFORE' AND NEW.b = 'go to 3' THEN
    NEW.a = 3;
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER moves_bs BEFORE UPDATE ON moves FOR EACH STATEMENT EXECUTE FUNCTION moves_fn();
CREATE TRIGGER moves_as AFTER UPDATE ON moves FOR EACH STATEMENT EXECUTE FUNCTION moves_fn();
CREATE TRIGGER moves1_bu BEFORE UPDATE ON moves1 FOR EACH ROW EXECUTE FUNCTION moves_fn();
CREATE TRIGGER moves1_bd BEFORE DELETE ON moves1 FOR EACH ROW EXECUTE FUNCTION moves_fn();
CREATE TRIGGER moves1_ad AFTER DELETE ON moves1 FOR EACH ROW EXECUTE FUNCTION moves_fn();
CREATE TRIGGER moves2_bi BEFORE INSERT ON moves2 FOR EACH ROW EXECUTE FUNCTION moves_fn();
CREATE TRIGGER moves2_ai AFTER INSERT ON moves2 FOR EACH ROW EXECUTE FUNCTION moves_fn();
CREATE TRIGGER moves2_au AFTER UPDATE ON moves2 FOR EACH ROW EXECUTE FUNCTION moves_fn();
INSERT INTO moves VALUES (1, 'one'), (1, 'uno');
UPDATE moves SET a = 2 WHERE b = 'one';
UPDATE moves SET b = b || '!' WHERE a = 2;
UPDATE moves SET b = 'go to 3' WHERE a = 1;
SELECT * FROM moves ORDER BY a, b;
SELECT * FROM moves_log ORDER BY a, b;
DELETE FROM moves WHERE a = 3;
DROP TABLE moves, moves_log;
DROP FUNCTION moves_fn();
