package dev.olifant.catalog.system;

import dev.olifant.catalog.Catalog;
import dev.olifant.catalog.Column;
import dev.olifant.catalog.Constraint;
import dev.olifant.catalog.ForeignKeyAction;
import dev.olifant.catalog.Index;
import dev.olifant.catalog.Namespace;
import dev.olifant.catalog.Relation;
import dev.olifant.catalog.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The SQL texts of pg_get_indexdef, pg_get_constraintdef and friends, built from the catalog in
 * PostgreSQL's wording.
 */
public final class Definitions {
    private Definitions() {
    }

    /** Whether {@code r} is the relation its bare name finds through the search path. */
    public static boolean visible(Catalog cat, List<Long> searchPath, Relation r) {
        for (long ns : searchPath) {
            Relation found = cat.relation(ns, r.name());
            if (found != null) {
                return found.oid() == r.oid();
            }
            if (ns == dev.olifant.catalog.Oids.PG_CATALOG_NAMESPACE && SystemViews.find("pg_catalog", r.name()) != null) {
                return false;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern REGCLASS_LITERAL =
            java.util.regex.Pattern.compile("'((?:[^']|'')*)'::regclass");

    /**
     * pg_get_expr of an expression stored as SQL text: the text, with boolean constants in lower
     * case and regclass constants printed as regclassout prints them (schema-qualified only when
     * the relation is not visible), as PostgreSQL's deparser prints them.
     */
    public static String expression(Catalog cat, List<Long> searchPath, String text) {
        java.util.regex.Matcher m = REGCLASS_LITERAL.matcher(sequenceArguments(lowerBooleans(text)));
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String name = m.group(1).replace("''", "'");
            Relation r = lookup(cat, searchPath, name);
            String shown = r == null ? m.group(0) : "'" + relationName(cat, searchPath, r).replace("'", "''")
                    + "'::regclass";
            m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(shown));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static final java.util.regex.Pattern SEQUENCE_CALL =
            java.util.regex.Pattern.compile("(?i)\\b(nextval|currval)\\(\\s*('(?:[^']|'')*')\\s*\\)");

    /**
     * {@code nextval('s')} as PostgreSQL stores it: the untyped literal resolved to the function's
     * regclass argument, so that it prints as {@code nextval('s'::regclass)}.
     */
    static String sequenceArguments(String text) {
        java.util.regex.Matcher m = SEQUENCE_CALL.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(
                    m.group(1).toLowerCase(Locale.ROOT) + "(" + m.group(2) + "::regclass)"));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** TRUE and FALSE keywords (outside quotes) as the deparser prints them: true, false. */
    static String lowerBooleans(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"') {
                int end = i + 1;
                while (end < text.length()) {
                    if (text.charAt(end) == c) {
                        if (end + 1 < text.length() && text.charAt(end + 1) == c) {
                            end += 2;
                            continue;
                        }
                        break;
                    }
                    end++;
                }
                end = Math.min(end + 1, text.length());
                sb.append(text, i, end);
                i = end;
            } else if (Character.isLetter(c) || c == '_') {
                int end = i;
                while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_'
                        || text.charAt(end) == '$')) {
                    end++;
                }
                String word = text.substring(i, end);
                sb.append(word.equalsIgnoreCase("true") || word.equalsIgnoreCase("false")
                        ? word.toLowerCase(Locale.ROOT) : word);
                i = end;
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }

    /** A relation by a possibly qualified name written as quote_ident would write it, or null. */
    private static Relation lookup(Catalog cat, List<Long> searchPath, String name) {
        List<String> parts = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < name.length() && name.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == '.' && !quoted) {
                parts.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(quoted ? c : Character.toLowerCase(c));
            }
        }
        parts.add(cur.toString());
        if (parts.size() == 2) {
            Namespace ns = cat.namespace(parts.get(0));
            return ns == null ? null : cat.relation(ns.oid(), parts.get(1));
        }
        for (long ns : searchPath) {
            Relation r = cat.relation(ns, parts.get(0));
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    /** The relation's name, schema-qualified unless it is visible. */
    public static String relationName(Catalog cat, List<Long> searchPath, Relation r) {
        return visible(cat, searchPath, r) ? quote(r.name()) : qualifiedName(cat, r);
    }

    public static String qualifiedName(Catalog cat, Relation r) {
        Namespace ns = cat.namespace(r.namespaceOid());
        return quote(ns.name()) + "." + quote(r.name());
    }

    /**
     * pg_get_indexdef: the whole CREATE INDEX statement ({@code column} 0), or the text of one key
     * column ({@code column} 1-based). Pretty output names the table as the search path finds it
     * and drops the predicate's outer parentheses.
     */
    public static String indexDef(Catalog cat, List<Long> searchPath, Index i, int column, boolean pretty) {
        Relation rel = cat.relation(i.tableOid());
        Table table = rel instanceof Table t ? t : null;
        List<String> keys = new ArrayList<>();
        int expr = 0;
        for (int k = 0; k < i.keyColumns().size(); k++) {
            int attnum = i.keyColumns().get(k);
            String key;
            if (attnum != 0) {
                key = table == null ? "?" : quote(table.column(attnum).name());
            } else {
                String text = i.expressions().get(expr++);
                key = indexKeyText(text);
            }
            if (column == k + 1) {
                return key;
            }
            boolean desc = k < i.descending().size() && i.descending().get(k);
            boolean nullsFirst = k < i.nullsFirst().size() && i.nullsFirst().get(k);
            if (desc) {
                key += nullsFirst ? " DESC" : " DESC NULLS LAST";
            } else if (nullsFirst) {
                key += " NULLS FIRST";
            }
            keys.add(key);
        }
        if (column != 0) {
            return "";
        }
        StringBuilder sb = new StringBuilder("CREATE ");
        if (i.unique()) {
            sb.append("UNIQUE ");
        }
        sb.append("INDEX ").append(quote(i.name())).append(" ON ")
                .append(rel == null ? "?" : pretty ? relationName(cat, searchPath, rel) : qualifiedName(cat, rel))
                .append(" USING ").append(i.method()).append(" (")
                .append(String.join(", ", keys)).append(')');
        if (!i.includeColumns().isEmpty() && table != null) {
            sb.append(" INCLUDE (").append(columnList(table, i.includeColumns())).append(')');
        }
        if (i.nullsNotDistinct()) {
            sb.append(" NULLS NOT DISTINCT");
        }
        if (i.predicate() != null) {
            sb.append(" WHERE ").append(pretty ? prettyConjunction(i.predicate()) : parenthesized(i.predicate()));
        }
        return sb.toString();
    }

    /** pg_get_constraintdef. */
    public static String constraintDef(Catalog cat, List<Long> searchPath, Table t, Constraint c,
            boolean pretty) {
        StringBuilder sb = new StringBuilder();
        switch (c.kind()) {
            case PRIMARY_KEY -> sb.append("PRIMARY KEY (").append(columnList(t, c.columns())).append(')')
                    .append(includeClause(cat, t, c));
            case UNIQUE -> sb.append(cat.relation(c.indexOid()) instanceof Index ix && ix.nullsNotDistinct()
                    ? "UNIQUE NULLS NOT DISTINCT (" : "UNIQUE (").append(columnList(t, c.columns())).append(')')
                    .append(includeClause(cat, t, c));
            case CHECK -> sb.append("CHECK (").append(pretty ? bare(c.checkExpr()) : parenthesized(c.checkExpr()))
                    .append(')');
            case FOREIGN_KEY -> {
                Constraint.ForeignKey fk = c.foreignKey();
                Relation ref = cat.relation(fk.referencedTableOid());
                sb.append("FOREIGN KEY (").append(columnList(t, c.columns())).append(") REFERENCES ");
                if (ref instanceof Table rt) {
                    sb.append(relationName(cat, searchPath, rt)).append('(')
                            .append(columnList(rt, fk.referencedColumns())).append(')');
                }
                if (fk.matchType() == 'f') {
                    sb.append(" MATCH FULL");
                }
                if (fk.onUpdate() != ForeignKeyAction.NO_ACTION) {
                    sb.append(" ON UPDATE ").append(fk.onUpdate().sql());
                }
                if (fk.onDelete() != ForeignKeyAction.NO_ACTION) {
                    sb.append(" ON DELETE ").append(fk.onDelete().sql());
                    if (!fk.deleteSetColumns().isEmpty()) {
                        sb.append(" (").append(columnList(t, fk.deleteSetColumns())).append(')');
                    }
                }
            }
            default -> throw new IllegalStateException(c.kind().toString());
        }
        if (c.deferrable()) {
            sb.append(" DEFERRABLE");
        }
        if (c.initiallyDeferred()) {
            sb.append(" INITIALLY DEFERRED");
        }
        if (!c.validated()) {
            sb.append(" NOT VALID");
        }
        return sb.toString();
    }

    /** A key constraint's {@code INCLUDE (…)}, from its index; empty without INCLUDE columns. */
    private static String includeClause(Catalog cat, Table t, Constraint c) {
        if (cat.relation(c.indexOid()) instanceof Index ix && !ix.includeColumns().isEmpty()) {
            return " INCLUDE (" + columnList(t, ix.includeColumns()) + ")";
        }
        return "";
    }

    private static String columnList(Table t, List<Integer> attnums) {
        List<String> names = new ArrayList<>();
        for (int a : attnums) {
            Column col = t.column(a);
            names.add(quote(col.name()));
        }
        return String.join(", ", names);
    }

    /**
     * An expression as PostgreSQL's deparser prints it at the top of a CHECK or WHERE: operator
     * expressions in parentheses; column references, constants and function calls bare.
     */
    static String parenthesized(String expr) {
        String e = expr.trim();
        if (looksLikeFunction(e) || e.matches("[a-z_][a-z0-9_$]*|\"[^\"]+\"") || enclosed(e)) {
            return e;
        }
        return "(" + e + ")";
    }

    /** An expression as the pretty-printing deparser prints it at the top level: without outer parentheses. */
    public static String bare(String expr) {
        String e = expr.trim();
        while (enclosed(e)) {
            e = e.substring(1, e.length() - 1).trim();
        }
        return e;
    }

    /** True when the whole text is one parenthesized group. */
    /**
     * A fully parenthesized condition as pretty deparsing prints it: {@code ((a = 1) AND (b IS NOT
     * NULL))} becomes {@code a = 1 AND b IS NOT NULL}; an OR nested in an AND (or the reverse)
     * keeps one pair of parentheses, its own terms losing theirs.
     */
    static String prettyConjunction(String expr) {
        String e = bare(expr);
        List<String> and = topLevel(e, " AND ");
        if (and.size() > 1) {
            return String.join(" AND ", and.stream().map(t -> prettyTerm(t, " OR ")).toList());
        }
        List<String> or = topLevel(e, " OR ");
        if (or.size() > 1) {
            return String.join(" OR ", or.stream().map(t -> prettyTerm(t, " AND ")).toList());
        }
        return e;
    }

    /** One term of an AND (OR) list: bare, or a nested OR (AND) list in one pair of parentheses. */
    private static String prettyTerm(String term, String nestedOp) {
        String b = bare(term);
        List<String> nested = topLevel(b, nestedOp);
        if (nested.size() > 1) {
            return "(" + String.join(nestedOp, nested.stream().map(Definitions::bare).toList()) + ")";
        }
        return topLevel(b, nestedOp.equals(" OR ") ? " AND " : " OR ").size() > 1 ? term.trim() : b;
    }

    /** {@code e} split at {@code op} where it stands outside parentheses and string literals. */
    private static List<String> topLevel(String e, String op) {
        List<String> terms = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int start = 0;
        for (int k = 0; k < e.length(); k++) {
            char c = e.charAt(k);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
            } else if (!quoted && depth == 0 && e.startsWith(op, k)) {
                terms.add(e.substring(start, k));
                start = k + op.length();
            }
        }
        terms.add(e.substring(start));
        return terms;
    }

    private static boolean enclosed(String e) {
        if (!e.startsWith("(") || !e.endsWith(")")) {
            return false;
        }
        return closingParen(e, 0) == e.length() - 1;
    }

    /** An index expression as an index column's text: parenthesized unless a bare function call. */
    public static String indexKeyText(String text) {
        return looksLikeFunction(text) ? text : "(" + text + ")";
    }

    private static boolean looksLikeFunction(String e) {
        int open = e.indexOf('(');
        if (open <= 0 || !e.endsWith(")")) {
            return false;
        }
        String name = e.substring(0, open);
        if (!name.matches("[A-Za-z_][A-Za-z0-9_$.]*")) {
            return false;
        }
        String upper = name.toUpperCase(Locale.ROOT);
        if (upper.equals("NOT") || upper.equals("EXISTS") || upper.equals("ARRAY")) {
            return false;
        }
        return closingParen(e, open) == e.length() - 1;
    }

    private static int closingParen(String e, int open) {
        int depth = 0;
        boolean quoted = false;
        for (int i = open; i < e.length(); i++) {
            char ch = e.charAt(i);
            if (ch == '\'') {
                quoted = !quoted;
            } else if (!quoted && ch == '(') {
                depth++;
            } else if (!quoted && ch == ')') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * pg_get_viewdef (also pg_views.definition and information_schema.views.view_definition): the
     * view's query as stored, in PostgreSQL's frame of a leading space and a closing semicolon.
     * PostgreSQL prints the query by deparsing its rewrite rule; Olifant keeps the text it was
     * given, so the layout and the casts are the ones written in CREATE VIEW.
     */
    public static String viewDef(dev.olifant.catalog.View v) {
        return " " + v.query() + ";";
    }

    /** pg_get_partkeydef: {@code LIST (a)}, or null for a relation that is not a partitioned table. */
    public static String partKeyDef(Catalog cat, long oid) {
        return cat.relation(oid) instanceof dev.olifant.catalog.Table t && t.isPartitioned()
                ? t.partitioning().key().describe(t) : null;
    }

    /** quote_ident: quotes a name unless it is a plain lower-case identifier. */
    public static String quote(String name) {
        boolean plain = !name.isEmpty() && (Character.isLowerCase(name.charAt(0)) || name.charAt(0) == '_');
        for (int i = 0; plain && i < name.length(); i++) {
            char c = name.charAt(i);
            plain = Character.isLowerCase(c) || Character.isDigit(c) || c == '_' || c == '$';
        }
        return plain ? name : "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
