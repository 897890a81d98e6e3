-- User-defined functions (LANGUAGE sql and plpgsql), DO blocks and triggers.

-- SQL functions: parameters by name and by number, defaults, STRICT
CREATE FUNCTION add(x int, y int DEFAULT 1) RETURNS int LANGUAGE sql IMMUTABLE STRICT AS 'SELECT x + y';
SELECT add(1), add(2, 3), add(NULL, 1);
CREATE FUNCTION twice(text) RETURNS text LANGUAGE sql AS $$ SELECT $1 || $1 $$;
SELECT twice('ab');
CREATE FUNCTION add(x int, y int) RETURNS int LANGUAGE sql AS 'SELECT 0';
CREATE OR REPLACE FUNCTION add(x int, y int DEFAULT 1) RETURNS int LANGUAGE sql AS 'SELECT x + y + 100';
SELECT add(1);
CREATE OR REPLACE FUNCTION add(x int, y int DEFAULT 1) RETURNS bigint LANGUAGE sql AS 'SELECT 1::bigint';
CREATE FUNCTION nolang() RETURNS int AS 'SELECT 1';
CREATE FUNCTION badlang() RETURNS int LANGUAGE cobol AS 'SELECT 1';
CREATE FUNCTION noresult() LANGUAGE sql AS 'SELECT 1';

-- a table for functions to work on
CREATE TABLE accounts (id int PRIMARY KEY, owner text NOT NULL, balance numeric NOT NULL DEFAULT 0);
INSERT INTO accounts VALUES (1, 'alice', 100), (2, 'bob', 50);
CREATE FUNCTION balance_of(who text) RETURNS numeric LANGUAGE sql STABLE AS
  'SELECT balance FROM accounts WHERE owner = who';
SELECT balance_of('alice'), balance_of('nobody');

-- PL/pgSQL: declarations, assignments, IF / ELSIF, loops, SELECT INTO, FOUND
CREATE FUNCTION classify(n int) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    result text := 'none';
BEGIN
    IF n < 0 THEN
        result := 'negative';
    ELSIF n = 0 THEN
        result = 'zero';
    ELSE
        result := 'positive';
    END IF;
    RETURN result;
END;
$$;
SELECT n, classify(n) FROM (VALUES (-5), (0), (7)) v(n);

CREATE FUNCTION sum_to(n int) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    total bigint := 0;
    i int := 0;
BEGIN
    FOR k IN 1..n LOOP
        CONTINUE WHEN k % 2 = 0;
        total := total + k;
    END LOOP;
    WHILE i < 3 LOOP
        i := i + 1;
    END LOOP;
    LOOP
        i := i + 1;
        EXIT WHEN i >= 10;
    END LOOP;
    FOR k IN REVERSE 3..1 LOOP
        total := total + k * 1000;
    END LOOP;
    RETURN total + i;
END;
$$;
SELECT sum_to(5);

CREATE FUNCTION transfer(src int, dst int, amount numeric) RETURNS numeric LANGUAGE plpgsql AS $$
DECLARE
    left_over numeric;
BEGIN
    UPDATE accounts SET balance = balance - amount WHERE id = src RETURNING balance INTO left_over;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'account % does not exist', src USING ERRCODE = 'no_data_found';
    END IF;
    IF left_over < 0 THEN
        RAISE EXCEPTION 'insufficient funds in account %', src USING HINT = 'Deposit first.';
    END IF;
    UPDATE accounts SET balance = balance + amount WHERE id = dst;
    RETURN left_over;
END;
$$;
SELECT transfer(1, 2, 30);
SELECT transfer(9, 2, 30);
SELECT transfer(2, 1, 1000);
SELECT * FROM accounts ORDER BY id;

-- SELECT INTO (STRICT), PERFORM, EXECUTE, GET DIAGNOSTICS, CASE
CREATE FUNCTION owner_of(acct int) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    o text;
    n bigint;
BEGIN
    SELECT owner INTO STRICT o FROM accounts WHERE id = acct;
    EXECUTE 'SELECT count(*) FROM accounts WHERE id >= $1' INTO n USING acct;
    PERFORM 1 FROM accounts;
    GET DIAGNOSTICS n = ROW_COUNT;
    CASE o
        WHEN 'alice' THEN o := o || ' (first)';
        ELSE o := o || ' (' || n || ' rows)';
    END CASE;
    RETURN o;
END;
$$;
SELECT owner_of(1), owner_of(2);
SELECT owner_of(3);

-- RAISE levels and formats; exception blocks are subtransactions
CREATE FUNCTION safe_div(a int, b int) RETURNS int LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'dividing % by %', a, b;
    BEGIN
        INSERT INTO accounts VALUES (10, 'temp', 0);
        RETURN a / b;
    EXCEPTION
        WHEN division_by_zero THEN
            RAISE NOTICE 'caught: % (%)', SQLERRM, SQLSTATE;
            RETURN NULL;
    END;
END;
$$;
SELECT safe_div(6, 3);
DELETE FROM accounts WHERE id = 10;
SELECT safe_div(1, 0);
SELECT count(*) FROM accounts WHERE id = 10;

CREATE FUNCTION checked(v int) RETURNS int LANGUAGE plpgsql AS $$
BEGIN
    IF v > 10 THEN
        RAISE SQLSTATE '22003' USING MESSAGE = 'value ' || v || ' too large';
    END IF;
    RETURN v;
END;
$$;
SELECT checked(5);
SELECT checked(50);

CREATE FUNCTION no_return() RETURNS int LANGUAGE plpgsql AS $$
BEGIN
    PERFORM 1;
END;
$$;
SELECT no_return();

CREATE FUNCTION failing(n int) RETURNS int LANGUAGE plpgsql AS $$
DECLARE
    x int;
BEGIN
    IF n = 1 THEN
        x := 1 / (n - 1);
    ELSIF 10 / (n - 2) > 0 THEN
        RETURN 0;
    END IF;
    PERFORM 1 / (n - 3);
    RETURN x;
END;
$$;
SELECT failing(1);
SELECT failing(2);
SELECT failing(3);

CREATE FUNCTION bad_syntax() RETURNS int LANGUAGE plpgsql AS $$
BEGIN
    retrn 1;
END;
$$;

-- DO blocks
DO $$
DECLARE
    s text := '';
BEGIN
    FOR r IN 1..3 LOOP
        s := s || r || ',';
    END LOOP;
    RAISE NOTICE 'built %', s;
END;
$$;
DO $$ BEGIN RAISE EXCEPTION 'failed in DO'; END $$;

-- Triggers
CREATE TABLE audit (op text, acct int, old_balance numeric, new_balance numeric);
CREATE FUNCTION audit_accounts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        INSERT INTO audit VALUES (TG_OP, OLD.id, OLD.balance, NULL);
        RETURN OLD;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO audit VALUES (TG_OP, NEW.id, OLD.balance, NEW.balance);
    ELSE
        INSERT INTO audit VALUES (TG_OP, NEW.id, NULL, NEW.balance);
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER accounts_audit AFTER INSERT OR UPDATE OR DELETE ON accounts
    FOR EACH ROW EXECUTE FUNCTION audit_accounts();

CREATE FUNCTION normalize_owner() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.owner := upper(NEW.owner);
    IF NEW.balance < 0 THEN
        RAISE NOTICE 'skipping account % with negative balance', NEW.id;
        RETURN NULL;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER accounts_normalize BEFORE INSERT OR UPDATE OF owner, balance ON accounts
    FOR EACH ROW EXECUTE FUNCTION normalize_owner();

CREATE FUNCTION count_statements() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE '% % % on %', TG_WHEN, TG_LEVEL, TG_OP, TG_TABLE_NAME;
    RETURN NULL;
END;
$$;
CREATE TRIGGER accounts_stmt AFTER UPDATE ON accounts EXECUTE PROCEDURE count_statements();
CREATE TRIGGER accounts_big BEFORE UPDATE ON accounts FOR EACH ROW
    WHEN (NEW.balance > 1000) EXECUTE FUNCTION count_statements();

INSERT INTO accounts VALUES (3, 'carol', 10), (4, 'dave', -5);
UPDATE accounts SET balance = balance + 1 WHERE id IN (1, 3);
UPDATE accounts SET balance = 5000 WHERE id = 2;
DROP TRIGGER accounts_big ON accounts;
DELETE FROM accounts WHERE id = 3;
SELECT * FROM accounts ORDER BY id;
SELECT * FROM audit;

\d accounts
SELECT tgname, tgtype, tgenabled, tgnargs FROM pg_trigger ORDER BY tgname;
SELECT pg_get_triggerdef(oid, true) FROM pg_trigger WHERE tgname = 'accounts_normalize';

ALTER TABLE accounts DISABLE TRIGGER accounts_audit;
UPDATE accounts SET balance = 0 WHERE id = 1;
ALTER TABLE accounts ENABLE TRIGGER accounts_audit;
SELECT count(*) FROM audit;

CREATE TRIGGER accounts_audit AFTER INSERT ON accounts EXECUTE FUNCTION audit_accounts();
CREATE TRIGGER bad AFTER INSERT ON accounts EXECUTE FUNCTION add(1);
CREATE TRIGGER bad AFTER INSERT ON accounts EXECUTE FUNCTION classify();
CREATE TRIGGER bad AFTER DELETE ON accounts FOR EACH ROW WHEN (NEW.id > 0) EXECUTE FUNCTION audit_accounts();
DROP TRIGGER nosuch ON accounts;
DROP TRIGGER IF EXISTS nosuch ON accounts;
DROP TRIGGER accounts_stmt ON accounts;
DROP FUNCTION count_statements();
DROP FUNCTION count_statements() CASCADE;
\d accounts

-- catalog rows and psql's \df
SELECT proname, prokind, provolatile, proisstrict, pronargs, pronargdefaults, prorettype::regtype
FROM pg_proc WHERE proname IN ('add', 'classify', 'twice', 'audit_accounts') ORDER BY proname;
SELECT 'classify'::regproc, 'public.twice'::regproc;
\df
DROP FUNCTION add(int, int), twice(text);
DROP FUNCTION nosuch(int);
DROP FUNCTION IF EXISTS nosuch(int);
DROP FUNCTION classify;
DROP TABLE accounts;
SELECT count(*) FROM pg_trigger;
