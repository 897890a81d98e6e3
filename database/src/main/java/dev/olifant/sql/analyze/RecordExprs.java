package dev.olifant.sql.analyze;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.exec.expr.BoolExpr;
import dev.olifant.exec.expr.Expression;
import dev.olifant.exec.expr.FieldSelectExpr;
import dev.olifant.exec.expr.RowConstructorExpr;
import dev.olifant.sql.ast.BinaryOp;
import dev.olifant.sql.ast.ColumnRef;
import dev.olifant.sql.ast.DistinctFrom;
import dev.olifant.sql.ast.Expr;
import dev.olifant.sql.ast.FieldSelect;
import dev.olifant.sql.ast.FuncCall;
import dev.olifant.sql.ast.FuncSyntax;
import dev.olifant.sql.ast.QualifiedName;
import dev.olifant.sql.ast.RowExpr;
import dev.olifant.types.RecordDescriptor;
import dev.olifant.types.RecordTypes;
import dev.olifant.types.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Composite values in expressions: row constructors, field selection {@code (x).f} (PostgreSQL's
 * ParseComplexProjection) and the comparison of two row constructors field by field
 * (make_row_comparison_op, make_row_distinct_op).
 */
final class RecordExprs {
    private RecordExprs() {
    }

    /**
     * {@code ROW(a, b)} or {@code (a, b)}: a record whose fields are named f1, f2, … as in
     * PostgreSQL. An untyped literal stays a field of type unknown, as it does there.
     */
    static Expression row(ExprAnalyzer ex, RowExpr r) {
        Expression[] args = new Expression[r.args().size()];
        List<RecordDescriptor.Field> fields = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            args[i] = ex.analyze(r.args().get(i));
            fields.add(new RecordDescriptor.Field("f" + (i + 1), args[i].type(), args[i].typmod()));
        }
        RecordDescriptor shape = new RecordDescriptor(fields);
        return ex.fold(new RowConstructorExpr(args, shape, RecordTypes.typmodOf(shape)));
    }

    /** {@code (x).f}: a field of a record whose shape is known; the errors are unknown_attribute's. */
    static Expression fieldSelect(ExprAnalyzer ex, FieldSelect f) {
        int at = ExprLocations.leftmost(f.arg()) + 1;
        if (f.field() == null) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "row expansion via \"*\" is not supported here")
                    .withPosition(f.location() + 1);
        }
        if (f.arg() instanceof ColumnRef c && !c.star() && c.fields().size() == 1
                && ex.scope.resolve(null, c.fields().get(0), c.location()) == null
                && ex.scope.hasEntryNamed(c.fields().get(0))) {
            // (t).c with t a FROM item: the column c of t
            return ex.analyze(new ColumnRef(List.of(c.fields().get(0), f.field()), false, c.location()));
        }
        int setFunctionsBefore = ex.setFunctions == null ? 0 : ex.setFunctions.size();
        Expression arg = ex.analyze(f.arg());
        boolean argHasSetFunctions = ex.setFunctions != null && ex.setFunctions.size() != setFunctionsBefore;
        RecordDescriptor shape = RecordTypes.shapeOf(arg.type(), arg.typmod());
        int i = shape == null ? -1 : shape.indexOf(f.field());
        if (i < 0) {
            // not a field: x.f is also the functional notation of f(x), as ParseFuncOrColumn has it
            // (the argument is analysed again, which is harmless unless it holds set-returning calls)
            if (!argHasSetFunctions) {
                try {
                    return ex.analyze(new FuncCall(new QualifiedName(f.field(), f.location()), List.of(f.arg()),
                            List.of(), null, null, false, false, false, false, FuncSyntax.NORMAL, f.location()));
                } catch (PgException e) {
                    if (e.state() != SqlState.UNDEFINED_FUNCTION) {
                        throw e;
                    }
                }
            }
            if (arg.type() == Types.RECORD) {
                throw new PgException(SqlState.UNDEFINED_COLUMN, "could not identify column \"" + f.field()
                        + "\" in record data type").withPosition(at);
            }
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "column notation ." + f.field() + " applied to type "
                    + Coercions.display(arg.type()) + ", which is not a composite type").withPosition(at);
        }
        RecordDescriptor.Field field = shape.field(i);
        return ex.fold(new FieldSelectExpr(arg, i, f.field(), field.type(), field.typmod()));
    }

    /**
     * {@code (x).*} in a select list: one column per field of the record, each named after its
     * field. The record is computed once for all of them.
     */
    static void expandFields(ExprAnalyzer ex, FieldSelect f, List<Target> out) {
        Expression arg = ex.analyze(f.arg());
        RecordDescriptor shape = RecordTypes.shapeOf(arg.type(), arg.typmod());
        if (shape == null) {
            if (arg.type() == Types.RECORD) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                        "record type has not been registered").withPosition(ExprLocations.leftmost(f.arg()) + 1);
            }
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "type " + Coercions.display(arg.type())
                    + " is not composite");
        }
        for (int i = 0; i < shape.size(); i++) {
            RecordDescriptor.Field field = shape.field(i);
            out.add(new Target(new FieldSelectExpr(arg, i, field.name(), field.type(), field.typmod()), field.name(), 0,
                    0, new FieldSelect(f.arg(), field.name(), f.location()), false));
        }
    }

    /** The pairs of two row constructors compared with each other, after checking they have as many fields. */
    private static List<Expr[]> pairs(Expr left, Expr right, int location) {
        List<Expr> l = ((RowExpr) left).args();
        List<Expr> r = ((RowExpr) right).args();
        if (l.size() != r.size()) {
            throw new PgException(SqlState.SYNTAX_ERROR, "unequal number of entries in row expressions")
                    .withPosition(location + 1);
        }
        if (l.isEmpty()) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "cannot compare rows of zero length")
                    .withPosition(location + 1);
        }
        List<Expr[]> out = new ArrayList<>();
        for (int i = 0; i < l.size(); i++) {
            out.add(new Expr[] {l.get(i), r.get(i)});
        }
        return out;
    }

    static boolean isRowPair(Expr left, Expr right) {
        return left instanceof RowExpr && right instanceof RowExpr;
    }

    /**
     * {@code (a, b) = (c, d)} is {@code a = c AND b = d}; {@code <>} is the OR of the fields'
     * {@code <>}; {@code <, <=, >, >=} compare the fields in order, the first unequal pair deciding.
     */
    static Expression compare(ExprAnalyzer ex, BinaryOp b) {
        String op = b.operator().name();
        List<Expr[]> pairs = pairs(b.left(), b.right(), b.location());
        return switch (op) {
            case "=", "<>" -> {
                Expression[] parts = new Expression[pairs.size()];
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = ex.binary(op, ex.analyze(pairs.get(i)[0]), ex.analyze(pairs.get(i)[1]), b.location());
                }
                yield parts.length == 1 ? parts[0]
                        : new BoolExpr(op.equals("=") ? BoolExpr.Kind.AND : BoolExpr.Kind.OR, parts);
            }
            case "<", "<=", ">", ">=" -> ordered(ex, op, pairs, 0, b.location());
            default -> throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "row comparison operator " + op
                    + " is not supported").withPosition(b.location() + 1);
        };
    }

    /** {@code l1 < r1 OR (l1 = r1 AND rest)}, the last pair compared with the operator itself. */
    private static Expression ordered(ExprAnalyzer ex, String op, List<Expr[]> pairs, int i, int location) {
        Expression l = ex.analyze(pairs.get(i)[0]);
        Expression r = ex.analyze(pairs.get(i)[1]);
        if (i == pairs.size() - 1) {
            return ex.binary(op, l, r, location);
        }
        String strict = op.substring(0, 1);
        Expression first = ex.binary(strict, l, r, location);
        Expression equal = ex.binary("=", l, r, location);
        Expression rest = ordered(ex, op, pairs, i + 1, location);
        return new BoolExpr(BoolExpr.Kind.OR, new Expression[] {first,
            new BoolExpr(BoolExpr.Kind.AND, new Expression[] {equal, rest})});
    }

    /** {@code (a, b) IS [NOT] DISTINCT FROM (c, d)}: distinct when any pair of fields is. */
    static Expression distinct(ExprAnalyzer ex, DistinctFrom d) {
        List<Expr[]> pairs = pairs(d.left(), d.right(), d.location());
        Expression[] parts = new Expression[pairs.size()];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = ex.analyze(new DistinctFrom(pairs.get(i)[0], pairs.get(i)[1], false, d.location()));
        }
        Expression any = parts.length == 1 ? parts[0] : new BoolExpr(BoolExpr.Kind.OR, parts);
        return d.not() ? new BoolExpr(BoolExpr.Kind.NOT, new Expression[] {any}) : any;
    }
}
