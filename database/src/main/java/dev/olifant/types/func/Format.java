package dev.olifant.types.func;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.types.EvalContext;
import dev.olifant.types.PgType;
import java.util.List;
import java.util.Set;

/**
 * format() (varlena.c text_format): {@code %s}, {@code %I}, {@code %L}, {@code %%}, with an
 * optional argument position {@code n$}, the {@code -} flag and a width (a number, {@code *} or
 * {@code *n$}); plus quote_ident and quote_literal.
 */
final class Format {
    private Format() {
    }

    /** Keywords that PostgreSQL's quote_ident quotes (all but the unreserved ones). */
    private static final Set<String> KEYWORDS = Set.of("all", "analyse", "analyze", "and", "any", "array", "as",
            "asc", "asymmetric", "authorization", "between", "bigint", "binary", "bit", "boolean", "both", "case",
            "cast", "char", "character", "check", "coalesce", "collate", "collation", "column", "concurrently",
            "constraint", "create", "cross", "current_catalog", "current_date", "current_role", "current_schema",
            "current_time", "current_timestamp", "current_user", "dec", "decimal", "default", "deferrable", "desc",
            "distinct", "do", "else", "end", "except", "exists", "extract", "false", "fetch", "float", "for",
            "foreign", "freeze", "from", "full", "grant", "greatest", "group", "grouping", "having", "ilike", "in",
            "initially", "inner", "inout", "int", "integer", "intersect", "interval", "into", "is", "isnull", "join",
            "lateral", "leading", "least", "left", "like", "limit", "localtime", "localtimestamp", "national",
            "natural", "nchar", "none", "normalize", "not", "notnull", "null", "nullif", "numeric", "offset", "on",
            "only", "or", "order", "out", "outer", "overlaps", "overlay", "placing", "position", "precision",
            "primary", "real", "references", "returning", "right", "row", "select", "session_user", "setof",
            "similar", "smallint", "some", "substring", "symmetric", "table", "tablesample", "then", "time",
            "timestamp", "to", "trailing", "treat", "trim", "true", "union", "unique", "user", "using", "values",
            "varchar", "variadic", "verbose", "when", "where", "window", "with", "xmlattributes", "xmlconcat",
            "xmlelement", "xmlexists", "xmlforest", "xmlnamespaces", "xmlparse", "xmlpi", "xmlroot",
            "xmlserialize", "xmltable");

    static String quoteIdent(String s) {
        boolean safe = !s.isEmpty() && (Character.isLowerCase(s.charAt(0)) && s.charAt(0) < 128 || s.charAt(0) == '_');
        for (int i = 0; safe && i < s.length(); i++) {
            char ch = s.charAt(i);
            safe = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '_';
        }
        if (safe && !KEYWORDS.contains(s)) {
            return s;
        }
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    static String quoteLiteral(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        if (s.indexOf('\\') >= 0) {
            sb.append('E');
        }
        sb.append('\'');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\'' || ch == '\\') {
                sb.append(ch);
            }
            sb.append(ch);
        }
        return sb.append('\'').toString();
    }

    static String format(EvalContext ctx, List<PgType> types, Object[] a) {
        String fmt = (String) a[0];
        StringBuilder out = new StringBuilder();
        int nextArg = 1;
        int i = 0;
        int n = fmt.length();
        while (i < n) {
            char ch = fmt.charAt(i++);
            if (ch != '%') {
                out.append(ch);
                continue;
            }
            if (i >= n) {
                throw unterminated();
            }
            if (fmt.charAt(i) == '%') {
                out.append('%');
                i++;
                continue;
            }
            int argPos = -1;
            boolean leftAlign = false;
            int width = 0;
            // argument position n$
            int j = i;
            while (j < n && Character.isDigit(fmt.charAt(j))) {
                j++;
            }
            if (j > i && j < n && fmt.charAt(j) == '$') {
                argPos = parse(fmt.substring(i, j));
                if (argPos == 0) {
                    throw invalid("format specifies argument 0, but arguments are numbered from 1");
                }
                i = j + 1;
            }
            if (i < n && fmt.charAt(i) == '-') {
                leftAlign = true;
                i++;
            }
            if (i < n && fmt.charAt(i) == '*') {
                i++;
                int widthArg = nextArg;
                int k = i;
                while (k < n && Character.isDigit(fmt.charAt(k))) {
                    k++;
                }
                if (k > i && k < n && fmt.charAt(k) == '$') {
                    widthArg = parse(fmt.substring(i, k));
                    i = k + 1;
                } else {
                    nextArg++;
                }
                if (widthArg >= a.length) {
                    throw invalid("too few arguments for format()");
                }
                Object w = a[widthArg];
                width = w == null ? 0 : ((Number) w).intValue();
                if (width < 0) {
                    leftAlign = true;
                    width = -width;
                }
            } else {
                int k = i;
                while (k < n && Character.isDigit(fmt.charAt(k))) {
                    k++;
                }
                if (k > i) {
                    width = parse(fmt.substring(i, k));
                    i = k;
                }
            }
            if (i >= n) {
                throw unterminated();
            }
            char type = fmt.charAt(i++);
            if (type != 's' && type != 'I' && type != 'L') {
                throw invalid("unrecognized format() type specifier \"" + type + "\"")
                        .withHint("For a single \"%\" use \"%%\".");
            }
            int arg = argPos > 0 ? argPos : nextArg++;
            if (argPos > 0) {
                nextArg = argPos + 1;
            }
            if (arg >= a.length) {
                throw invalid("too few arguments for format()");
            }
            Object v = a[arg];
            String s;
            if (type == 's') {
                s = v == null ? "" : TextOut.of(types.get(arg), v, ctx);
            } else if (type == 'I') {
                if (v == null) {
                    throw new PgException(SqlState.NULL_VALUE_NOT_ALLOWED,
                            "null values cannot be formatted as an SQL identifier");
                }
                s = quoteIdent(TextOut.of(types.get(arg), v, ctx));
            } else {
                s = v == null ? "NULL" : quoteLiteral(TextOut.of(types.get(arg), v, ctx));
            }
            int len = StringFunctions.cpLength(s);
            if (len < width) {
                String padding = " ".repeat(width - len);
                s = leftAlign ? s + padding : padding + s;
            }
            out.append(s);
        }
        return out.toString();
    }

    private static int parse(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw invalid("number is out of range");
        }
    }

    private static PgException unterminated() {
        return invalid("unterminated format() type specifier").withHint("For a single \"%\" use \"%%\".");
    }

    private static PgException invalid(String message) {
        return new PgException(SqlState.INVALID_PARAMETER_VALUE, message);
    }
}
