package dev.olifant.sql.parser;

import dev.olifant.sql.ast.And;
import dev.olifant.sql.ast.AnyAll;
import dev.olifant.sql.ast.AnyAllSubquery;
import dev.olifant.sql.ast.ArrayConstructor;
import dev.olifant.sql.ast.ArraySubquery;
import dev.olifant.sql.ast.Between;
import dev.olifant.sql.ast.BinaryOp;
import dev.olifant.sql.ast.BoolLiteral;
import dev.olifant.sql.ast.BoolTest;
import dev.olifant.sql.ast.CaseExpr;
import dev.olifant.sql.ast.CaseWhen;
import dev.olifant.sql.ast.Cast;
import dev.olifant.sql.ast.Coalesce;
import dev.olifant.sql.ast.Collate;
import dev.olifant.sql.ast.ColumnRef;
import dev.olifant.sql.ast.CurrentOf;
import dev.olifant.sql.ast.DefaultExpr;
import dev.olifant.sql.ast.DistinctFrom;
import dev.olifant.sql.ast.Exists;
import dev.olifant.sql.ast.Expr;
import dev.olifant.sql.ast.FieldSelect;
import dev.olifant.sql.ast.FuncCall;
import dev.olifant.sql.ast.GroupingFunc;
import dev.olifant.sql.ast.GroupingSet;
import dev.olifant.sql.ast.InList;
import dev.olifant.sql.ast.InSubquery;
import dev.olifant.sql.ast.Like;
import dev.olifant.sql.ast.MinMax;
import dev.olifant.sql.ast.NamedArg;
import dev.olifant.sql.ast.Not;
import dev.olifant.sql.ast.NullIf;
import dev.olifant.sql.ast.NullLiteral;
import dev.olifant.sql.ast.NullTest;
import dev.olifant.sql.ast.NumericLiteral;
import dev.olifant.sql.ast.OperatorName;
import dev.olifant.sql.ast.Or;
import dev.olifant.sql.ast.ParamRef;
import dev.olifant.sql.ast.QualifiedName;
import dev.olifant.sql.ast.RowExpr;
import dev.olifant.sql.ast.ScalarSubquery;
import dev.olifant.sql.ast.SelectStmt;
import dev.olifant.sql.ast.SqlValueFunction;
import dev.olifant.sql.ast.StringLiteral;
import dev.olifant.sql.ast.Subscript;
import dev.olifant.sql.ast.TypeName;
import java.util.List;
import java.util.Locale;

/**
 * Printing of expressions, type names and names. Every compound expression is printed inside
 * its own parentheses, which PostgreSQL's grammar (and ours) drops again, so the printed text
 * parses back to the same tree whatever the operators' precedence.
 */
abstract class ExprPrinter {
    final StringBuilder sb = new StringBuilder(128);

    abstract void query(SelectStmt q);

    final ExprPrinter w(String s) {
        sb.append(s);
        return this;
    }

    /** An identifier, double-quoted when it would not read back as itself. */
    final void ident(String s) {
        sb.append(quoteIdent(s));
    }

    static String quoteIdent(String s) {
        if (!Keywords.needsQuotes(s)) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    final void name(QualifiedName n) {
        names(n.parts());
    }

    final void names(List<String> parts) {
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                sb.append('.');
            }
            ident(parts.get(i));
        }
    }

    final void identList(List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            ident(names.get(i));
        }
    }

    final void string(String s) {
        sb.append('\'').append(s.replace("'", "''")).append('\'');
    }

    final void exprs(List<? extends Expr> list) {
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            expr(list.get(i));
        }
    }

    final void op(OperatorName op) {
        if (op.schema() == null) {
            sb.append(op.name());
        } else {
            sb.append("OPERATOR(");
            ident(op.schema());
            sb.append('.').append(op.name()).append(')');
        }
    }

    final void expr(Expr e) {
        switch (e) {
            case ColumnRef c -> {
                names(c.fields());
                if (c.star()) {
                    sb.append(c.fields().isEmpty() ? "*" : ".*");
                }
            }
            case ParamRef r -> sb.append('$').append(r.number());
            case NumericLiteral n -> {
                if (n.text().startsWith("-")) {
                    sb.append('(').append(n.text()).append(')');
                } else {
                    sb.append(n.text());
                }
            }
            case StringLiteral s -> stringLiteral(s);
            case BoolLiteral b -> sb.append(b.value() ? "TRUE" : "FALSE");
            case NullLiteral n -> sb.append("NULL");
            case DefaultExpr d -> sb.append("DEFAULT");
            case BinaryOp b -> {
                sb.append('(');
                expr(b.left());
                sb.append(' ');
                op(b.operator());
                sb.append(' ');
                expr(b.right());
                sb.append(')');
            }
            case dev.olifant.sql.ast.UnaryOp u -> {
                sb.append("(");
                op(u.operator());
                sb.append(' ');
                expr(u.operand());
                sb.append(')');
            }
            case And a -> joined(a.args(), " AND ");
            case Or o -> joined(o.args(), " OR ");
            case Not n -> {
                sb.append("(NOT ");
                expr(n.arg());
                sb.append(')');
            }
            case NullTest n -> {
                sb.append('(');
                expr(n.arg());
                sb.append(n.not() ? " IS NOT NULL)" : " IS NULL)");
            }
            case BoolTest b -> {
                sb.append('(');
                expr(b.arg());
                sb.append(" IS ").append(b.kind().name().substring(3).replace('_', ' ')).append(')');
            }
            case DistinctFrom d -> {
                sb.append('(');
                expr(d.left());
                sb.append(d.not() ? " IS NOT DISTINCT FROM " : " IS DISTINCT FROM ");
                expr(d.right());
                sb.append(')');
            }
            case Between b -> {
                sb.append('(');
                expr(b.arg());
                sb.append(b.not() ? " NOT BETWEEN " : " BETWEEN ");
                if (b.symmetric()) {
                    sb.append("SYMMETRIC ");
                }
                expr(b.low());
                sb.append(" AND ");
                expr(b.high());
                sb.append(')');
            }
            case InList i -> {
                sb.append('(');
                expr(i.arg());
                sb.append(i.not() ? " NOT IN (" : " IN (");
                exprs(i.list());
                sb.append("))");
            }
            case InSubquery i -> {
                sb.append('(');
                expr(i.arg());
                sb.append(i.not() ? " NOT IN (" : " IN (");
                query(i.query());
                sb.append("))");
            }
            case Like l -> like(l);
            case AnyAll a -> {
                sb.append('(');
                expr(a.left());
                sb.append(' ');
                op(a.operator());
                sb.append(a.all() ? " ALL (" : " ANY (");
                expr(a.array());
                sb.append("))");
            }
            case AnyAllSubquery a -> {
                sb.append('(');
                expr(a.left());
                sb.append(' ');
                op(a.operator());
                sb.append(a.all() ? " ALL (" : " ANY (");
                query(a.query());
                sb.append("))");
            }
            case Exists x -> {
                sb.append("EXISTS (");
                query(x.query());
                sb.append(')');
            }
            case ScalarSubquery s -> {
                sb.append('(');
                query(s.query());
                sb.append(')');
            }
            case ArraySubquery a -> {
                sb.append("ARRAY(");
                query(a.query());
                sb.append(')');
            }
            case ArrayConstructor a -> {
                if (a.keyword()) {
                    sb.append("ARRAY");
                }
                sb.append('[');
                exprs(a.elements());
                sb.append(']');
            }
            case Subscript s -> {
                if (s.arg() != null) {
                    sb.append('(');
                    expr(s.arg());
                    sb.append(')');
                }
                subscriptBrackets(s);
            }
            case FieldSelect f -> {
                if (f.arg() != null) {
                    sb.append('(');
                    expr(f.arg());
                    sb.append(')');
                }
                sb.append('.');
                if (f.field() == null) {
                    sb.append('*');
                } else {
                    ident(f.field());
                }
            }
            case RowExpr r -> {
                sb.append(r.explicitRow() ? "ROW(" : "(");
                exprs(r.args());
                sb.append(')');
            }
            case CaseExpr c -> caseExpr(c);
            case Coalesce c -> {
                sb.append("COALESCE(");
                exprs(c.args());
                sb.append(')');
            }
            case NullIf n -> {
                sb.append("NULLIF(");
                expr(n.left());
                sb.append(", ");
                expr(n.right());
                sb.append(')');
            }
            case MinMax m -> {
                sb.append(m.greatest() ? "GREATEST(" : "LEAST(");
                exprs(m.args());
                sb.append(')');
            }
            case Cast c -> cast(c);
            case Collate c -> {
                sb.append("((");
                expr(c.arg());
                sb.append(") COLLATE ");
                name(c.collation());
                sb.append(')');
            }
            case FuncCall f -> funcCall(f);
            case NamedArg n -> {
                ident(n.name());
                sb.append(" => ");
                expr(n.arg());
            }
            case SqlValueFunction v -> {
                sb.append(v.kind().name());
                if (v.precision() >= 0) {
                    sb.append('(').append(v.precision()).append(')');
                }
            }
            case GroupingFunc g -> {
                sb.append("GROUPING(");
                exprs(g.args());
                sb.append(')');
            }
            case GroupingSet g -> {
                switch (g.kind()) {
                    case EMPTY -> sb.append("()");
                    case ROLLUP -> sb.append("ROLLUP(");
                    case CUBE -> sb.append("CUBE(");
                    case SETS -> sb.append("GROUPING SETS(");
                }
                if (g.kind() != dev.olifant.sql.ast.GroupingSetKind.EMPTY) {
                    exprs(g.content());
                    sb.append(')');
                }
            }
            case CurrentOf c -> {
                sb.append("CURRENT OF ");
                ident(c.cursorName());
            }
        }
    }

    final void subscriptBrackets(Subscript s) {
        sb.append('[');
        if (s.lower() != null) {
            expr(s.lower());
        }
        if (s.slice()) {
            sb.append(':');
            if (s.upper() != null) {
                expr(s.upper());
            }
        }
        sb.append(']');
    }

    private void joined(List<Expr> args, String sep) {
        sb.append('(');
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                sb.append(sep);
            }
            expr(args.get(i));
        }
        sb.append(')');
    }

    private void stringLiteral(StringLiteral s) {
        switch (s.kind()) {
            case PLAIN -> string(s.value());
            case ESCAPE -> sb.append("E'").append(s.value().replace("\\", "\\\\").replace("'", "''")).append('\'');
            case UNICODE -> sb.append("U&'").append(s.value().replace("\\", "\\\\").replace("'", "''")).append('\'');
            case BIT -> sb.append("B'").append(s.value()).append('\'');
            case HEX_BIT -> sb.append("X'").append(s.value()).append('\'');
        }
    }

    private void like(Like l) {
        sb.append('(');
        expr(l.arg());
        if (l.not()) {
            sb.append(" NOT");
        }
        sb.append(switch (l.kind()) {
            case LIKE -> " LIKE ";
            case ILIKE -> " ILIKE ";
            case SIMILAR -> " SIMILAR TO ";
        });
        expr(l.pattern());
        if (l.escape() != null) {
            sb.append(" ESCAPE ");
            expr(l.escape());
        }
        sb.append(')');
    }

    private void caseExpr(CaseExpr c) {
        sb.append("CASE");
        if (c.arg() != null) {
            sb.append(' ');
            expr(c.arg());
        }
        for (CaseWhen w : c.whens()) {
            sb.append(" WHEN ");
            expr(w.condition());
            sb.append(" THEN ");
            expr(w.result());
        }
        if (c.elseResult() != null) {
            sb.append(" ELSE ");
            expr(c.elseResult());
        }
        sb.append(" END");
    }

    private void cast(Cast c) {
        switch (c.syntax()) {
            case COLONS -> {
                sb.append("((");
                expr(c.arg());
                sb.append(")::");
                typeName(c.type());
                sb.append(')');
            }
            case CAST -> {
                sb.append("CAST(");
                expr(c.arg());
                sb.append(" AS ");
                typeName(c.type());
                sb.append(')');
            }
            case PREFIX -> {
                TypeName t = c.type();
                if (!(c.arg() instanceof StringLiteral s) || !t.arrayBounds().isEmpty() || t.setof()) {
                    sb.append("CAST(");
                    expr(c.arg());
                    sb.append(" AS ");
                    typeName(t);
                    sb.append(')');
                    return;
                }
                if (t.intervalFields() != null) {
                    sb.append("interval ");
                    stringLiteral(s);
                    sb.append(' ').append(t.intervalFields());
                    if (!t.typmods().isEmpty()) {
                        sb.append('(');
                        exprs(t.typmods());
                        sb.append(')');
                    }
                    return;
                }
                typeName(t);
                sb.append(' ');
                stringLiteral(s);
            }
        }
    }

    /** A type name in the spelling the parser normalised it to, or its quoted generic name. */
    final void typeName(TypeName t) {
        if (t.setof()) {
            sb.append("SETOF ");
        }
        String n = t.names().get(0);
        boolean sql = t.names().size() == 1 && isSqlTypeName(n);
        if (sql && (n.startsWith("time ") || n.startsWith("timestamp "))) {
            int sp = n.indexOf(' ');
            sb.append(n, 0, sp);
            typmods(t);
            sb.append(n.substring(sp));
        } else if (sql && n.equals("interval")) {
            sb.append("interval");
            if (t.intervalFields() != null) {
                sb.append(' ').append(t.intervalFields());
            }
            typmods(t);
        } else if (sql) {
            sb.append(n);
            typmods(t);
        } else {
            names(t.names());
            typmods(t);
        }
        for (int b : t.arrayBounds()) {
            sb.append('[');
            if (b >= 0) {
                sb.append(b);
            }
            sb.append(']');
        }
    }

    private void typmods(TypeName t) {
        if (!t.typmods().isEmpty()) {
            sb.append('(');
            exprs(t.typmods());
            sb.append(')');
        }
    }

    static boolean isSqlTypeName(String n) {
        return switch (n) {
            case "integer", "smallint", "bigint", "real", "double precision", "numeric", "boolean", "character",
                    "character varying", "bit", "bit varying", "time without time zone", "time with time zone",
                    "timestamp without time zone", "timestamp with time zone", "interval" -> true;
            default -> false;
        };
    }

    static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    abstract void funcCall(FuncCall f);
}
