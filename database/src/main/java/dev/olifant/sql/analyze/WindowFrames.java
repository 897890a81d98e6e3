package dev.olifant.sql.analyze;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.exec.expr.Expression;
import dev.olifant.exec.plan.SortKey;
import dev.olifant.exec.plan.WindowFrameSpec;
import dev.olifant.exec.plan.WindowFrameSpec.Bound;
import dev.olifant.exec.plan.WindowFrameSpec.BoundKind;
import dev.olifant.sql.ast.FrameBound;
import dev.olifant.sql.ast.FrameMode;
import dev.olifant.sql.ast.WindowDef;
import dev.olifant.sql.ast.WindowFrame;
import dev.olifant.types.CoercionContext;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;
import dev.olifant.types.func.Operators;
import dev.olifant.types.func.ResolvedOperator;
import java.util.List;

/**
 * Analyses a window's frame clause (PostgreSQL's transformFrameOffset): ROWS and GROUPS offsets
 * are bigint; a RANGE offset needs exactly one ORDER BY column and is added to and subtracted from
 * that column's value (an interval for date and time columns).
 */
final class WindowFrames {
    private WindowFrames() {
    }

    static WindowFrameSpec analyse(WindowDef def, List<SortKey> order, ExprAnalyzer ex) {
        WindowFrame f = def.frame();
        if (f == null) {
            return WindowFrameSpec.DEFAULT;
        }
        WindowFrameSpec.Mode mode = WindowFrameSpec.Mode.valueOf(f.mode().name());
        if (f.mode() == FrameMode.GROUPS && order.isEmpty()) {
            throw new PgException(SqlState.WINDOWING_ERROR, "GROUPS mode requires an ORDER BY clause")
                    .withPosition(def.location() + 1);
        }
        FrameBound end = f.end() == null ? new FrameBound(dev.olifant.sql.ast.FrameBoundKind.CURRENT_ROW, null) : f.end();
        Bound start = bound(def, f.start(), order, ex);
        Bound stop = bound(def, end, order, ex);
        return new WindowFrameSpec(mode, start, stop, WindowFrameSpec.Exclusion.valueOf(f.exclusion().name()));
    }

    private static Bound bound(WindowDef def, FrameBound b, List<SortKey> order, ExprAnalyzer ex) {
        WindowFrame f = def.frame();
        BoundKind kind = BoundKind.valueOf(b.kind().name());
        if (b.offset() == null) {
            return Bound.of(kind);
        }
        Expression off = ex.analyze(b.offset());
        if (f.mode() != FrameMode.RANGE) {
            off = Coercions.coerce(off, Types.INT8, -1, CoercionContext.IMPLICIT, ex.ctx, b.offset().location());
            return new Bound(kind, off, null, null, null);
        }
        if (order.size() != 1) {
            throw new PgException(SqlState.WINDOWING_ERROR,
                    "RANGE with offset PRECEDING/FOLLOWING requires exactly one ORDER BY column")
                    .withPosition(def.location() + 1);
        }
        PgType keyType = order.get(0).expr().type();
        PgType offsetType = offsetType(keyType);
        if (offsetType == null) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "RANGE with offset PRECEDING/FOLLOWING is not supported for column type "
                            + Coercions.display(keyType)).withPosition(b.offset().location() + 1);
        }
        off = Coercions.coerce(off, offsetType, -1, CoercionContext.IMPLICIT, ex.ctx, b.offset().location());
        ResolvedOperator plus = Operators.resolve("+", keyType, offsetType);
        ResolvedOperator minus = Operators.resolve("-", keyType, offsetType);
        var plusCast = cast(keyType, plus.leftType());
        var minusCast = cast(keyType, minus.leftType());
        dev.olifant.types.func.Invokable add = (c, a) -> plus.impl().invoke(c,
                new Object[] {plusCast.apply(a[0], c), a[1]});
        dev.olifant.types.func.Invokable subtract = (c, a) -> minus.impl().invoke(c,
                new Object[] {minusCast.apply(a[0], c), a[1]});
        return new Bound(kind, off, add, subtract, plus.resultType());
    }

    private interface Conversion {
        Object apply(Object v, dev.olifant.types.EvalContext c);
    }

    private static Conversion cast(PgType from, PgType to) {
        if (from.equals(to)) {
            return (v, c) -> v;
        }
        var cast = dev.olifant.types.Casts.find(from, to, CoercionContext.IMPLICIT);
        return cast::apply;
    }

    /** The offset type PostgreSQL's in_range support functions take for an ORDER BY column type. */
    private static PgType offsetType(PgType key) {
        if (key == Types.INT2 || key == Types.INT4 || key == Types.INT8) {
            return Types.INT8;
        }
        if (key == Types.FLOAT4 || key == Types.FLOAT8) {
            return Types.FLOAT8;
        }
        if (key == Types.NUMERIC) {
            return Types.NUMERIC;
        }
        if (key == Types.DATE || key == Types.TIMESTAMP || key == Types.TIMESTAMPTZ || key == Types.TIME
                || key == Types.INTERVAL) {
            return Types.INTERVAL;
        }
        return null;
    }
}
