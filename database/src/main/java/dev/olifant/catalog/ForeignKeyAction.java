package dev.olifant.catalog;

/** pg_constraint.confupdtype / confdeltype. */
public enum ForeignKeyAction {
    NO_ACTION('a', "NO ACTION"), RESTRICT('r', "RESTRICT"), CASCADE('c', "CASCADE"), SET_NULL('n', "SET NULL"),
    SET_DEFAULT('d', "SET DEFAULT");

    private final char code;
    private final String sql;

    ForeignKeyAction(char code, String sql) {
        this.code = code;
        this.sql = sql;
    }

    public char code() {
        return code;
    }

    public String sql() {
        return sql;
    }
}
