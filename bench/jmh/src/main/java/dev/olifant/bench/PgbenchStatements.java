package dev.olifant.bench;

/** The SQL that pgbench sends, and a catalog query psql sends for {@code \d pgbench_accounts}. */
final class PgbenchStatements {
    private PgbenchStatements() {
    }

    /** pgbench -S, -M simple: the literal is substituted by the client. */
    static final String SELECT_ONLY = "SELECT abalance FROM pgbench_accounts WHERE aid = 48213;";

    /** pgbench -M extended / prepared: the same statements with parameters. */
    static final String SELECT_PARAM = "SELECT abalance FROM pgbench_accounts WHERE aid = $1";
    static final String UPDATE_ACCOUNT = "UPDATE pgbench_accounts SET abalance = abalance + $1 WHERE aid = $2";
    static final String UPDATE_TELLER = "UPDATE pgbench_tellers SET tbalance = tbalance + $1 WHERE tid = $2";
    static final String UPDATE_BRANCH = "UPDATE pgbench_branches SET bbalance = bbalance + $1 WHERE bid = $2";
    static final String INSERT_HISTORY = "INSERT INTO pgbench_history (tid, bid, aid, delta, mtime) "
            + "VALUES ($1, $2, $3, $4, CURRENT_TIMESTAMP)";

    /** One TPC-B-like transaction as pgbench -M simple sends it, statement by statement. */
    static String[] tpcbSimple(int aid, int tid, int bid, int delta) {
        return new String[] {
            "BEGIN;",
            "UPDATE pgbench_accounts SET abalance = abalance + " + delta + " WHERE aid = " + aid + ";",
            "SELECT abalance FROM pgbench_accounts WHERE aid = " + aid + ";",
            "UPDATE pgbench_tellers SET tbalance = tbalance + " + delta + " WHERE tid = " + tid + ";",
            "UPDATE pgbench_branches SET bbalance = bbalance + " + delta + " WHERE bid = " + bid + ";",
            "INSERT INTO pgbench_history (tid, bid, aid, delta, mtime) VALUES (" + tid + ", " + bid + ", " + aid
                    + ", " + delta + ", CURRENT_TIMESTAMP);",
            "END;",
        };
    }

    /** psql's first query for {@code \d pgbench_accounts} (describe.c, PostgreSQL 15). */
    static final String PSQL_DESCRIBE = """
            SELECT c.oid,
              n.nspname,
              c.relname
            FROM pg_catalog.pg_class c
                 LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relname OPERATOR(pg_catalog.~) '^(pgbench_accounts)$' COLLATE pg_catalog.default
              AND pg_catalog.pg_table_is_visible(c.oid)
            ORDER BY 2, 3;""";
}
