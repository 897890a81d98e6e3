package dev.olifant.plpgsql;

import dev.olifant.error.PgException;
import dev.olifant.error.Severity;
import dev.olifant.error.SqlState;
import java.util.Locale;

/** RAISE: the message from its format and arguments, the USING options, and the level it is reported at. */
final class Raise {
    private Raise() {
    }

    static void raise(Interpreter in, PlStmt.Raise r, Scope scope) {
        if (r.format() == null && r.condition() == null && r.optionNames().isEmpty()) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "RAISE without parameters is not supported");
        }
        SqlState state = r.condition() != null ? Conditions.state(r.condition())
                : r.level().equals("EXCEPTION") ? SqlState.RAISE_EXCEPTION : SqlState.SUCCESSFUL_COMPLETION;
        String message = null;
        if (r.format() != null) {
            message = format(in, r, scope);
        }
        String detail = null;
        String hint = null;
        for (int k = 0; k < r.optionNames().size(); k++) {
            String opt = r.optionNames().get(k);
            String v = in.text(in.eval(r.optionValues().get(k), scope));
            if (v == null) {
                throw new PgException(SqlState.NULL_VALUE_NOT_ALLOWED, "RAISE statement option cannot be null");
            }
            switch (opt) {
                case "message" -> {
                    if (message != null) {
                        throw new PgException(SqlState.SYNTAX_ERROR, "RAISE option already specified: MESSAGE");
                    }
                    message = v;
                }
                case "detail" -> detail = v;
                case "hint" -> hint = v;
                case "errcode" -> state = v.length() == 5 && v.equals(v.toUpperCase(Locale.ROOT))
                        ? Conditions.byCode(v) : Conditions.state(v);
                case "column", "constraint", "datatype", "table", "schema" -> {
                }
                default -> throw new PgException(SqlState.SYNTAX_ERROR, "unrecognized RAISE statement option \""
                        + opt + "\"");
            }
        }
        if (message == null) {
            message = r.condition() != null ? (r.condition().startsWith("sqlstate ") ? state.code() : r.condition())
                    : state.code();
        }
        Severity severity = switch (r.level()) {
            case "EXCEPTION" -> Severity.ERROR;
            case "WARNING" -> Severity.WARNING;
            case "NOTICE" -> Severity.NOTICE;
            case "INFO" -> Severity.INFO;
            case "LOG" -> Severity.LOG;
            default -> Severity.DEBUG;
        };
        PgException e = new PgException(state, severity, message, detail, hint, 0, null);
        if (severity == Severity.ERROR) {
            throw e;
        }
        in.runtime().notice(e);
    }

    private static String format(Interpreter in, PlStmt.Raise r, Scope scope) {
        String f = r.format();
        StringBuilder sb = new StringBuilder();
        int arg = 0;
        for (int k = 0; k < f.length(); k++) {
            char c = f.charAt(k);
            if (c != '%') {
                sb.append(c);
            } else if (k + 1 < f.length() && f.charAt(k + 1) == '%') {
                sb.append('%');
                k++;
            } else {
                if (arg >= r.args().size()) {
                    throw new PgException(SqlState.SYNTAX_ERROR, "too few parameters specified for RAISE");
                }
                String v = in.text(in.eval(r.args().get(arg++), scope));
                sb.append(v == null ? "<NULL>" : v);
            }
        }
        if (arg < r.args().size()) {
            throw new PgException(SqlState.SYNTAX_ERROR, "too many parameters specified for RAISE");
        }
        return sb.toString();
    }
}
