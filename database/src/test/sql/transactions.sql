-- Transaction blocks: atomicity, aborted blocks, and the command tags of each ending.
CREATE TABLE ledger (id integer PRIMARY KEY, note text);
-- COMMIT keeps everything
BEGIN;
INSERT INTO ledger VALUES (1, 'committed');
INSERT INTO ledger VALUES (2, 'committed too');
COMMIT;
-- ROLLBACK discards everything, including DDL
BEGIN;
INSERT INTO ledger VALUES (3, 'rolled back');
UPDATE ledger SET note = 'changed' WHERE id = 1;
CREATE TABLE scratch (x int);
SELECT id, note FROM ledger ORDER BY id;
ROLLBACK;
SELECT id, note FROM ledger ORDER BY id;
SELECT * FROM scratch;
-- an error aborts the block: 25P02 until it ends, and COMMIT then reports ROLLBACK
BEGIN;
INSERT INTO ledger VALUES (4, 'lost');
INSERT INTO ledger VALUES (1, 'duplicate');
SELECT 1;
INSERT INTO ledger VALUES (5, 'also ignored');
COMMIT;
SELECT id FROM ledger ORDER BY id;
BEGIN;
SELECT 1 / 0;
ROLLBACK;
-- START TRANSACTION and END are synonyms of BEGIN and COMMIT
START TRANSACTION;
INSERT INTO ledger VALUES (6, 'via start transaction');
END;
BEGIN TRANSACTION;
DELETE FROM ledger WHERE id = 6;
ROLLBACK WORK;
BEGIN WORK;
UPDATE ledger SET note = upper(note) WHERE id = 2;
COMMIT WORK;
START TRANSACTION ISOLATION LEVEL READ COMMITTED;
INSERT INTO ledger VALUES (7, 'isolation level given');
COMMIT TRANSACTION;
SELECT id, note FROM ledger ORDER BY id;
-- ending a block that was never begun, beginning one twice
COMMIT;
ROLLBACK;
BEGIN;
BEGIN;
INSERT INTO ledger VALUES (8, 'inside nested begin');
COMMIT;
SELECT count(*) FROM ledger;
-- statements outside a block commit on their own; a failed statement changes nothing
INSERT INTO ledger VALUES (9, 'a'), (9, 'b');
SELECT count(*) FROM ledger WHERE id = 9;
UPDATE ledger SET id = 1 WHERE id = 2;
SELECT id, note FROM ledger WHERE id <= 2 ORDER BY id;
-- DDL inside a block that fails is undone
BEGIN;
CREATE TABLE temp_in_block (a int);
INSERT INTO temp_in_block VALUES (1);
SELECT nosuch FROM temp_in_block;
COMMIT;
SELECT * FROM temp_in_block;
DROP TABLE ledger;
