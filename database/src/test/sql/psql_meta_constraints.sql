-- psql's \d over foreign keys, CHECK constraints, expression and partial indexes
CREATE TABLE parent (id integer PRIMARY KEY, code text UNIQUE);
CREATE TABLE child (
    id integer PRIMARY KEY,
    parent_id integer REFERENCES parent (id) ON DELETE CASCADE,
    qty numeric CHECK (qty > 0 AND qty < 100),
    label text
);
CREATE INDEX child_lower_label ON child (lower(label));
CREATE INDEX child_big_qty ON child (qty) WHERE qty > 10;
\d parent
\d child
\d child_lower_label
\d child_big_qty
DROP TABLE child;
DROP TABLE parent;
