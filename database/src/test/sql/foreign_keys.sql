-- Foreign keys: definitions, checks, referential actions, deferral, catalog and psql output.
-- column and table constraint forms
CREATE TABLE p (id integer PRIMARY KEY, name text);
CREATE TABLE c (cid integer PRIMARY KEY, p integer REFERENCES p);
INSERT INTO p VALUES (1, 'one'), (2, 'two');
INSERT INTO c VALUES (10, 1), (11, NULL);
INSERT INTO c VALUES (12, 3);
UPDATE c SET p = 5 WHERE cid = 10;
DELETE FROM p WHERE id = 1;
UPDATE p SET id = 7 WHERE id = 1;
DELETE FROM p WHERE id = 2;
UPDATE p SET name = 'uno' WHERE id = 1;
SELECT * FROM c ORDER BY cid;
\d c
\d p
-- multi-column keys, MATCH SIMPLE and MATCH FULL
CREATE TABLE pk2 (a integer, b integer, PRIMARY KEY (a, b));
INSERT INTO pk2 VALUES (1, 1), (1, 2);
CREATE TABLE simple2 (x integer, y integer, FOREIGN KEY (x, y) REFERENCES pk2 (a, b));
INSERT INTO simple2 VALUES (1, 1), (1, NULL), (NULL, 9);
INSERT INTO simple2 VALUES (2, 2);
CREATE TABLE full2 (x integer, y integer, CONSTRAINT full2_ref FOREIGN KEY (x, y) REFERENCES pk2 MATCH FULL);
INSERT INTO full2 VALUES (1, 2), (NULL, NULL);
INSERT INTO full2 VALUES (1, NULL);
INSERT INTO full2 VALUES (3, 3);
-- referenced columns must have a unique constraint, and types must be comparable
CREATE TABLE bad1 (x integer REFERENCES p (name));
CREATE TABLE bad2 (x integer REFERENCES nosuch);
CREATE TABLE bad3 (x integer REFERENCES p (nosuch));
CREATE TABLE bad4 (x date REFERENCES p);
CREATE TABLE bad5 (x integer, y integer, FOREIGN KEY (x, y) REFERENCES p (id));
CREATE TABLE nopk (a integer);
CREATE TABLE bad6 (x integer REFERENCES nopk);
-- ON DELETE / ON UPDATE actions
CREATE TABLE parent (id integer PRIMARY KEY, tag text UNIQUE);
INSERT INTO parent VALUES (1, 'a'), (2, 'b'), (3, 'c'), (4, 'd');
CREATE TABLE casc (id serial PRIMARY KEY, pid integer REFERENCES parent ON DELETE CASCADE ON UPDATE CASCADE);
CREATE TABLE setnull (id serial PRIMARY KEY, pid integer REFERENCES parent ON DELETE SET NULL ON UPDATE SET NULL);
CREATE TABLE setdef (id serial PRIMARY KEY, pid integer DEFAULT 4 REFERENCES parent ON DELETE SET DEFAULT ON UPDATE SET DEFAULT);
CREATE TABLE restr (id serial PRIMARY KEY, ptag text REFERENCES parent (tag) ON DELETE RESTRICT ON UPDATE RESTRICT);
INSERT INTO casc (pid) VALUES (1), (1), (2);
INSERT INTO setnull (pid) VALUES (1), (2);
INSERT INTO setdef (pid) VALUES (1), (2);
INSERT INTO restr (ptag) VALUES ('c');
UPDATE parent SET id = 10 WHERE id = 1;
SELECT * FROM casc ORDER BY id;
SELECT * FROM setnull ORDER BY id;
SELECT * FROM setdef ORDER BY id;
DELETE FROM parent WHERE id = 2;
SELECT * FROM casc ORDER BY id;
SELECT * FROM setnull ORDER BY id;
SELECT * FROM setdef ORDER BY id;
DELETE FROM parent WHERE id = 3;
UPDATE parent SET tag = 'cc' WHERE id = 3;
DELETE FROM parent WHERE id = 4;
SELECT * FROM parent ORDER BY id;
-- SET DEFAULT to a default value that is present
DELETE FROM restr;
DELETE FROM setdef;
INSERT INTO setdef (pid) VALUES (10);
DELETE FROM parent WHERE id = 10;
\d parent
-- self-referencing table with cascading deletes
CREATE TABLE tree (id integer PRIMARY KEY, parent integer REFERENCES tree ON DELETE CASCADE);
INSERT INTO tree VALUES (1, NULL), (2, 1), (3, 2), (4, 1);
INSERT INTO tree VALUES (5, 9);
DELETE FROM tree WHERE id = 2;
SELECT * FROM tree ORDER BY id;
-- deferrable constraints
CREATE TABLE dp (id integer PRIMARY KEY);
CREATE TABLE dc (id integer, pid integer REFERENCES dp DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE ic (id integer, pid integer CONSTRAINT ic_fk REFERENCES dp DEFERRABLE);
BEGIN;
INSERT INTO dc VALUES (1, 100);
INSERT INTO dp VALUES (100);
COMMIT;
BEGIN;
INSERT INTO dc VALUES (2, 200);
COMMIT;
BEGIN;
INSERT INTO ic VALUES (1, 300);
ROLLBACK;
BEGIN;
SET CONSTRAINTS ic_fk DEFERRED;
INSERT INTO ic VALUES (1, 300);
INSERT INTO dp VALUES (300);
COMMIT;
BEGIN;
SET CONSTRAINTS ALL DEFERRED;
INSERT INTO ic VALUES (2, 400);
SET CONSTRAINTS ALL IMMEDIATE;
ROLLBACK;
BEGIN;
SET CONSTRAINTS dc_pid_fkey IMMEDIATE;
INSERT INTO dc VALUES (3, 500);
ROLLBACK;
SET CONSTRAINTS nosuch DEFERRED;
SET CONSTRAINTS c_p_fkey DEFERRED;
SELECT * FROM dc ORDER BY id;
SELECT * FROM ic ORDER BY id;
-- deferrable unique constraints
CREATE TABLE du (v integer UNIQUE DEFERRABLE INITIALLY DEFERRED);
INSERT INTO du VALUES (1), (2);
UPDATE du SET v = v + 1;
SELECT * FROM du ORDER BY v;
BEGIN;
INSERT INTO du VALUES (2);
COMMIT;
-- ALTER TABLE ADD CONSTRAINT checks existing rows; NOT VALID and VALIDATE CONSTRAINT
CREATE TABLE later (id integer, pid integer);
INSERT INTO later VALUES (1, 1), (2, 42);
ALTER TABLE later ADD CONSTRAINT later_pid_fkey FOREIGN KEY (pid) REFERENCES p (id);
ALTER TABLE later ADD CONSTRAINT later_pid_fkey FOREIGN KEY (pid) REFERENCES p (id) NOT VALID;
INSERT INTO later VALUES (3, 43);
ALTER TABLE later VALIDATE CONSTRAINT later_pid_fkey;
DELETE FROM later WHERE pid = 42;
ALTER TABLE later VALIDATE CONSTRAINT later_pid_fkey;
ALTER TABLE later VALIDATE CONSTRAINT nosuch;
ALTER TABLE later ADD FOREIGN KEY (id) REFERENCES p ON DELETE CASCADE;
\d later
-- pg_constraint and pg_get_constraintdef
SELECT conname, contype, conrelid::regclass, confrelid::regclass, conkey, confkey,
       confupdtype, confdeltype, confmatchtype, condeferrable, condeferred, convalidated
  FROM pg_constraint WHERE contype = 'f' ORDER BY conname;
SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE contype = 'f' ORDER BY conname;
-- TRUNCATE of a referenced table
TRUNCATE p;
TRUNCATE p RESTRICT;
TRUNCATE p, c, later;
TRUNCATE parent CASCADE;
SELECT count(*) FROM casc;
-- DROP of a referenced table
DROP TABLE p;
DROP TABLE pk2;
DROP TABLE pk2 CASCADE;
\d simple2
DROP TABLE p, c, later;
ALTER TABLE parent DROP CONSTRAINT parent_tag_key;
ALTER TABLE parent DROP CONSTRAINT parent_tag_key CASCADE;
SELECT conname FROM pg_constraint WHERE contype = 'f' ORDER BY conname;
