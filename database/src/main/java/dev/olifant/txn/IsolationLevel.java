package dev.olifant.txn;

import java.util.Locale;

/** The SQL isolation levels, with PostgreSQL's spellings. */
public enum IsolationLevel {
    READ_UNCOMMITTED("read uncommitted"),
    READ_COMMITTED("read committed"),
    REPEATABLE_READ("repeatable read"),
    SERIALIZABLE("serializable");

    private final String sqlName;

    IsolationLevel(String sqlName) {
        this.sqlName = sqlName;
    }

    public String sqlName() {
        return sqlName;
    }

    /** True when one snapshot serves the whole transaction. */
    public boolean usesTransactionSnapshot() {
        return this == REPEATABLE_READ || this == SERIALIZABLE;
    }

    public static IsolationLevel fromSqlName(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (IsolationLevel l : values()) {
            if (l.sqlName.equals(n)) {
                return l;
            }
        }
        return null;
    }
}
