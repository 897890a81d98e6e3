-- INSERT / UPDATE / DELETE, RETURNING, ON CONFLICT, serial columns.
CREATE TABLE accounts (
    id serial PRIMARY KEY,
    owner text NOT NULL,
    balance numeric(10,2) DEFAULT 0,
    active boolean DEFAULT true
);
INSERT INTO accounts (owner, balance) VALUES ('alice', 100), ('bob', 50.5), ('carol', 0);
INSERT INTO accounts (owner) VALUES ('dave');
INSERT INTO accounts (owner, balance, active) VALUES ('erin', DEFAULT, DEFAULT);
INSERT INTO accounts DEFAULT VALUES;
INSERT INTO accounts VALUES (DEFAULT, 'frank', 10, false) RETURNING *;
INSERT INTO accounts (owner, balance) VALUES ('grace', 1.005) RETURNING id, owner, balance * 2 AS doubled;
SELECT * FROM accounts ORDER BY id;
-- explicit ids and the sequence behind serial
INSERT INTO accounts (id, owner) VALUES (100, 'zed');
INSERT INTO accounts (owner) VALUES ('heidi') RETURNING id;
INSERT INTO accounts (id, owner) VALUES (100, 'dup');
INSERT INTO accounts (owner) VALUES ('ivan') RETURNING id;
-- ON CONFLICT
INSERT INTO accounts (id, owner) VALUES (1, 'again') ON CONFLICT DO NOTHING;
INSERT INTO accounts (id, owner) VALUES (1, 'again') ON CONFLICT (id) DO NOTHING RETURNING id;
INSERT INTO accounts (id, owner, balance) VALUES (1, 'alice2', 5), (101, 'new', 7)
    ON CONFLICT (id) DO UPDATE SET owner = EXCLUDED.owner, balance = accounts.balance + EXCLUDED.balance
    RETURNING id, owner, balance;
INSERT INTO accounts (id, owner) VALUES (2, 'bob2')
    ON CONFLICT (id) DO UPDATE SET owner = EXCLUDED.owner WHERE accounts.balance > 1000;
INSERT INTO accounts (id, owner) VALUES (2, 'bob2') ON CONFLICT (owner) DO NOTHING;
-- INSERT ... SELECT
CREATE TABLE archive (id bigserial, account_id integer, owner text);
INSERT INTO archive (account_id, owner) SELECT id, owner FROM accounts WHERE NOT active ORDER BY id;
INSERT INTO archive (account_id, owner) SELECT id, upper(owner) FROM accounts WHERE id > 100 ORDER BY id RETURNING *;
SELECT * FROM archive ORDER BY id;
-- UPDATE
UPDATE accounts SET balance = balance + 1 WHERE owner LIKE 'a%';
UPDATE accounts SET balance = balance * 2, active = NOT active WHERE id IN (2, 3) RETURNING id, balance, active;
UPDATE accounts SET balance = 0 WHERE false;
UPDATE accounts SET owner = NULL WHERE id = 4;
UPDATE accounts SET nosuch = 1;
UPDATE accounts a SET balance = a.balance - 1 WHERE a.id = 1 RETURNING a.owner, a.balance;
-- DELETE
DELETE FROM accounts WHERE balance IS NULL RETURNING id, owner;
DELETE FROM accounts WHERE id >= 100 RETURNING *;
DELETE FROM accounts WHERE owner = 'nobody';
SELECT id, owner, balance, active FROM accounts ORDER BY id;
DELETE FROM archive;
SELECT count(*) FROM archive;
-- column lists and mismatches
INSERT INTO accounts (owner, balance) VALUES ('x');
INSERT INTO accounts (owner) VALUES ('x', 1);
INSERT INTO accounts (owner, nosuch) VALUES ('x', 1);
INSERT INTO accounts (owner, balance) VALUES ('x', 'lots');
INSERT INTO archive (account_id) VALUES (9223372036854775807);
DROP TABLE accounts, archive;
