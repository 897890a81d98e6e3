-- NOT NULL, DEFAULT, PRIMARY KEY, UNIQUE and CHECK, and the errors their violations raise.
CREATE TABLE products (
    id integer PRIMARY KEY,
    code text UNIQUE,
    name text NOT NULL,
    price numeric(8,2) NOT NULL DEFAULT 9.99 CHECK (price > 0),
    stock integer DEFAULT 0,
    CONSTRAINT stock_nonnegative CHECK (stock >= 0)
);
INSERT INTO products (id, code, name) VALUES (1, 'A1', 'widget');
INSERT INTO products (id, code, name, price, stock) VALUES (2, 'B2', 'gadget', 20, 5);
SELECT * FROM products ORDER BY id;
-- NOT NULL (23502)
INSERT INTO products (id, code) VALUES (3, 'C3');
INSERT INTO products (id, code, name, price) VALUES (3, 'C3', 'gizmo', NULL);
UPDATE products SET name = NULL WHERE id = 1;
-- PRIMARY KEY and UNIQUE (23505)
INSERT INTO products (id, code, name) VALUES (1, 'Z9', 'dup id');
INSERT INTO products (id, code, name) VALUES (3, 'A1', 'dup code');
INSERT INTO products (id, code, name) VALUES (NULL, 'N1', 'null id');
UPDATE products SET id = 2 WHERE id = 1;
UPDATE products SET id = id + 10;
SELECT id, code FROM products ORDER BY id;
-- several NULLs do not collide in a UNIQUE column
INSERT INTO products (id, code, name) VALUES (20, NULL, 'no code 1'), (21, NULL, 'no code 2');
INSERT INTO products (id, code, name) VALUES (30, 'D4', 'x'), (31, 'D4', 'y');
SELECT count(*) FROM products WHERE code IS NULL;
-- CHECK (23514)
INSERT INTO products (id, name, price) VALUES (40, 'free', 0);
INSERT INTO products (id, name, stock) VALUES (41, 'negative', -1);
UPDATE products SET stock = stock - 10 WHERE id = 12;
INSERT INTO products (id, name, stock) VALUES (42, 'null passes a check', NULL);
-- composite keys and named constraints
CREATE TABLE pairs (
    a integer,
    b integer,
    label varchar(5) CONSTRAINT label_required NOT NULL,
    CONSTRAINT pairs_pk PRIMARY KEY (a, b),
    CONSTRAINT pairs_label_key UNIQUE (label),
    CONSTRAINT ordered CHECK (a < b)
);
INSERT INTO pairs VALUES (1, 2, 'x'), (1, 3, 'y');
INSERT INTO pairs VALUES (1, 2, 'z');
INSERT INTO pairs VALUES (2, 2, 'w');
INSERT INTO pairs VALUES (2, 3, 'x');
INSERT INTO pairs VALUES (2, 3, 'toolong');
INSERT INTO pairs (a, b) VALUES (2, 3);
SELECT * FROM pairs ORDER BY a, b;
-- a failing multi-row statement inserts nothing
INSERT INTO pairs VALUES (5, 6, 'p'), (7, 8, 'q'), (9, 8, 'r');
SELECT count(*) FROM pairs;
-- constraint definitions that cannot work
CREATE TABLE twopk (a int PRIMARY KEY, b int PRIMARY KEY);
CREATE TABLE badcheck (a int CHECK (nosuch > 0));
ALTER TABLE pairs ADD CONSTRAINT ordered CHECK (a <> b);
ALTER TABLE pairs ADD PRIMARY KEY (label);
DROP TABLE products, pairs;
