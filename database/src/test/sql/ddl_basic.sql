-- CREATE / ALTER / DROP of tables and indexes, with the notices PostgreSQL prints.
CREATE TABLE items (id integer, name text);
CREATE TABLE items (id integer);
CREATE TABLE IF NOT EXISTS items (id integer);
CREATE TABLE "Mixed Case" ("Col" int, plain int);
INSERT INTO "Mixed Case" VALUES (1, 2);
SELECT "Col", plain FROM "Mixed Case";
SELECT * FROM mixed case;
DROP TABLE "Mixed Case";
-- columns
ALTER TABLE items ADD COLUMN price numeric(8,2);
ALTER TABLE items ADD COLUMN qty integer NOT NULL DEFAULT 0;
ALTER TABLE items ADD COLUMN price integer;
ALTER TABLE items ADD COLUMN IF NOT EXISTS price integer;
INSERT INTO items (id, name, price) VALUES (1, 'apple', 0.5), (2, 'pear', 0.75);
SELECT * FROM items ORDER BY id;
ALTER TABLE items DROP COLUMN name;
ALTER TABLE items DROP COLUMN name;
ALTER TABLE items DROP COLUMN IF EXISTS name;
SELECT * FROM items ORDER BY id;
-- constraints added after the fact
ALTER TABLE items ADD CONSTRAINT items_pkey PRIMARY KEY (id);
ALTER TABLE items ADD CONSTRAINT price_positive CHECK (price > 0);
ALTER TABLE items ADD CONSTRAINT qty_small CHECK (qty < 0);
INSERT INTO items (id, price) VALUES (1, 1.00);
INSERT INTO items (id, price) VALUES (3, -1.00);
-- indexes
CREATE INDEX items_price_idx ON items (price);
CREATE INDEX items_price_idx ON items (qty);
CREATE INDEX IF NOT EXISTS items_price_idx ON items (qty);
CREATE UNIQUE INDEX items_price_qty_key ON items (price, qty);
INSERT INTO items (id, price, qty) VALUES (3, 0.5, 0);
CREATE INDEX ON items (qty);
DROP INDEX items_price_idx;
DROP INDEX items_price_idx;
DROP INDEX IF EXISTS items_price_idx;
DROP INDEX items_price_qty_key;
INSERT INTO items (id, price, qty) VALUES (3, 0.5, 0);
SELECT * FROM items ORDER BY id;
-- dropping
CREATE TABLE other (a int);
DROP TABLE items, other;
DROP TABLE items;
DROP TABLE IF EXISTS items;
DROP TABLE IF EXISTS items, other;
SELECT * FROM items;
CREATE TABLE IF NOT EXISTS items (id integer PRIMARY KEY, label varchar(10) UNIQUE);
CREATE TABLE IF NOT EXISTS items (id integer);
INSERT INTO items VALUES (1, 'one');
SELECT * FROM items;
DROP TABLE items;
-- a table with every basic column type
CREATE TABLE alltypes (
    b boolean, s smallint, i integer, l bigint, n numeric(10,3), r real,
    d double precision, t text, v varchar(20), c char(5), y bytea, dt date,
    tm time, ts timestamp, tz timestamptz, iv interval, u uuid
);
INSERT INTO alltypes VALUES (true, 1, 2, 3, 4.5, 6.5, 7.25, 'txt', 'vc', 'ch', '\x01',
    '2024-05-06', '07:08:09', '2024-05-06 07:08:09', '2024-05-06 07:08:09+00', '1 day',
    '00000000-0000-0000-0000-000000000001');
SELECT * FROM alltypes;
DROP TABLE alltypes;
CREATE TABLE bad (a nosuchtype);
CREATE TABLE bad (a int, a int);
