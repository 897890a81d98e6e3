package dev.olifant.plpgsql;

import java.util.List;

/**
 * A PL/pgSQL statement. {@code line} is the statement's line in the function body (1-based), which
 * error CONTEXT lines name. SQL pieces are kept as text ({@link SqlText}) and run by the engine.
 */
public sealed interface PlStmt {

    int line();

    /** What RAISE and error context call the statement ("assignment", "IF", "SQL statement", ...). */
    String what();

    /** A variable declaration; {@code type} is the type as written, {@code init} its default. */
    record Decl(String name, String type, boolean constant, boolean notNull, SqlText init, int aliasOf) {
    }

    /** An exception handler: condition names (lower case, or "sqlstate xxxxx") and its statements. */
    record Handler(List<String> conditions, List<PlStmt> body) {
    }

    record Block(int line, String label, List<Decl> decls, List<PlStmt> body, List<Handler> handlers)
            implements PlStmt {
        public String what() {
            return "statement block";
        }
    }

    record Assign(int line, String target, String field, SqlText expr) implements PlStmt {
        public String what() {
            return "assignment";
        }
    }

    record If(int line, List<SqlText> conditions, List<List<PlStmt>> branches, List<PlStmt> otherwise)
            implements PlStmt {
        public String what() {
            return "IF";
        }
    }

    /** CASE: {@code subject} null for the searched form. */
    record Case(int line, SqlText subject, List<SqlText> whens, List<List<PlStmt>> branches, List<PlStmt> otherwise)
            implements PlStmt {
        public String what() {
            return "CASE";
        }
    }

    record Loop(int line, String label, List<PlStmt> body) implements PlStmt {
        public String what() {
            return "LOOP";
        }
    }

    record While(int line, String label, SqlText condition, List<PlStmt> body) implements PlStmt {
        public String what() {
            return "WHILE";
        }
    }

    record ForInt(int line, String label, String var, boolean reverse, SqlText from, SqlText to, SqlText by,
            List<PlStmt> body) implements PlStmt {
        public String what() {
            return "FOR with integer loop variable";
        }
    }

    /** FOR targets IN query / EXECUTE expr [USING ...] LOOP. */
    record ForQuery(int line, String label, List<String> targets, SqlText query, SqlText dynamic, List<SqlText> using,
            List<PlStmt> body) implements PlStmt {
        public String what() {
            return "FOR over " + (dynamic != null ? "EXECUTE statement" : "SELECT rows");
        }
    }

    record Exit(int line, boolean isContinue, String label, SqlText when) implements PlStmt {
        public String what() {
            return isContinue ? "CONTINUE" : "EXIT";
        }
    }

    /** RETURN [expr]. */
    record Return(int line, SqlText expr) implements PlStmt {
        public String what() {
            return "RETURN";
        }
    }

    record ReturnNext(int line, SqlText expr) implements PlStmt {
        public String what() {
            return "RETURN NEXT";
        }
    }

    record ReturnQuery(int line, SqlText query, SqlText dynamic, List<SqlText> using) implements PlStmt {
        public String what() {
            return "RETURN QUERY";
        }
    }

    /** PERFORM, a plain SQL statement, or SELECT / DML ... INTO: {@code into} empty when none. */
    record Sql(int line, SqlText sql, List<String> into, boolean strict, boolean perform) implements PlStmt {
        public String what() {
            return perform ? "PERFORM" : "SQL statement";
        }
    }

    record Execute(int line, SqlText command, List<String> into, boolean strict, List<SqlText> using)
            implements PlStmt {
        public String what() {
            return "EXECUTE";
        }
    }

    /**
     * RAISE: {@code level} upper case; {@code condition} a condition name or "sqlstate xxxxx" (null
     * when a format is given or nothing); {@code options} USING name → expression.
     */
    record Raise(int line, String level, String condition, String format, List<SqlText> args,
            List<String> optionNames, List<SqlText> optionValues) implements PlStmt {
        public String what() {
            return "RAISE";
        }
    }

    record GetDiagnostics(int line, List<String> targets, List<String> items) implements PlStmt {
        public String what() {
            return "GET DIAGNOSTICS";
        }
    }

    record Null(int line) implements PlStmt {
        public String what() {
            return "NULL";
        }
    }
}
