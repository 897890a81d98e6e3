-- expression indexes: keys computed from each row, uniqueness on the computed key
CREATE TABLE users (id int, email text, a int, b int);
CREATE UNIQUE INDEX ON users (lower(email));
CREATE UNIQUE INDEX users_sum ON users ((a + b));
CREATE INDEX ON users (lower(email), id);
CREATE INDEX ON users ((a * 2), (b + 1));
\d users
SELECT indexrelid::regclass, indkey, indexprs IS NOT NULL AS has_exprs
  FROM pg_index WHERE indrelid = 'users'::regclass ORDER BY indexrelid::regclass::text;
SELECT pg_get_indexdef('users_lower_idx'::regclass), pg_get_indexdef('users_sum'::regclass, 1, true),
       pg_get_indexdef('users_lower_idx'::regclass, 1, true);
INSERT INTO users VALUES (1, 'Alice@example.com', 1, 2), (2, 'bob@example.com', 2, 2);
INSERT INTO users VALUES (3, 'ALICE@EXAMPLE.COM', 5, 5);
INSERT INTO users VALUES (3, 'carol@example.com', 2, 1);
UPDATE users SET email = 'BOB@example.com' WHERE id = 1;
UPDATE users SET email = 'Bob@Example.com' WHERE id = 2;
SELECT * FROM users ORDER BY id;
-- ON CONFLICT infers the arbiter from the expression
INSERT INTO users VALUES (4, 'ALICE@example.com', 10, 10)
  ON CONFLICT (lower(email)) DO UPDATE SET email = excluded.email RETURNING *;
INSERT INTO users VALUES (5, 'dave@example.com', 20, 20)
  ON CONFLICT ((lower(email))) DO UPDATE SET email = excluded.email RETURNING *;
INSERT INTO users VALUES (6, 'DAVE@example.com', 30, 30) ON CONFLICT (lower(email)) DO NOTHING;
INSERT INTO users VALUES (7, 'x@example.com', 1, 2) ON CONFLICT ((a + b)) DO NOTHING;
INSERT INTO users VALUES (7, 'x@example.com', 1, 2) ON CONFLICT (upper(email)) DO NOTHING;
SELECT * FROM users ORDER BY id;
-- queries whose condition matches the indexed expression
SELECT id FROM users WHERE lower(email) = 'dave@example.com';
SELECT id FROM users WHERE a + b = 4;
SELECT id FROM users WHERE lower(email) > 'b' ORDER BY id;
-- building over existing rows, and REINDEX
CREATE TABLE words (w text);
INSERT INTO words VALUES ('One'), ('two'), ('ONE');
CREATE UNIQUE INDEX words_lower ON words (lower(w));
DELETE FROM words WHERE w = 'ONE';
CREATE UNIQUE INDEX words_lower ON words (lower(w));
REINDEX TABLE words;
INSERT INTO words VALUES ('TWO');
SELECT * FROM words WHERE lower(w) = 'one';
-- only IMMUTABLE functions
CREATE INDEX ON words ((random() > 0.5));
CREATE INDEX ON words (w) WHERE now() > '2000-01-01';
CREATE FUNCTION v_len(text) RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN length($1); END $$;
CREATE FUNCTION i_len(text) RETURNS int IMMUTABLE LANGUAGE plpgsql AS $$ BEGIN RETURN length($1); END $$;
CREATE INDEX ON words (v_len(w));
CREATE INDEX ON words (i_len(w));
\d words
INSERT INTO words VALUES ('six');
-- an IMMUTABLE function with constant arguments is evaluated when the statement is planned
SELECT i_len('abcd'), i_len(w) FROM words ORDER BY w;
DROP TABLE users, words;
DROP FUNCTION v_len(text);
DROP FUNCTION i_len(text);
