-- psql's meta-commands over a few tables, a view, sequences, indexes and comments
CREATE SCHEMA app;
CREATE TABLE accounts (
    id serial PRIMARY KEY,
    name text NOT NULL,
    balance numeric(12,2) DEFAULT 0,
    active boolean DEFAULT true NOT NULL
);
CREATE TABLE app.tx (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    acct integer,
    note varchar(40),
    UNIQUE (acct, note)
);
CREATE INDEX tx_note_idx ON app.tx (note);
CREATE VIEW v_acc AS SELECT id, name FROM accounts;
CREATE SEQUENCE counter START 10 INCREMENT 5;
COMMENT ON TABLE accounts IS 'customer accounts';
COMMENT ON COLUMN accounts.name IS 'holder name';
COMMENT ON SCHEMA app IS 'application schema';
\dt
\d
\dt app.*
\dn
\dn+
\du
\dg
\l
\dp
\z accounts
\dv
\di
\ds
\df
\dT
\d accounts
\d+ accounts
\d app.tx
\d accounts_id_seq
\d accounts_pkey
\d v_acc
SET search_path = app, public;
\dt
\di
RESET search_path;
DROP VIEW v_acc;
DROP TABLE app.tx;
DROP TABLE accounts;
DROP SEQUENCE counter;
DROP SCHEMA app;
