package dev.olifant.exec.plan;

import dev.olifant.exec.expr.Expression;
import dev.olifant.types.PgType;
import dev.olifant.types.func.Invokable;

/**
 * A window frame: which rows of the partition an aggregate or first/last/nth_value sees for the
 * current row. The default frame ({@code RANGE UNBOUNDED PRECEDING}) is the partition's start up
 * to the current row's last peer.
 *
 * @param mode ROWS counts rows, GROUPS counts peer groups, RANGE compares the ORDER BY value
 * @param exclusion the EXCLUDE clause
 */
public record WindowFrameSpec(Mode mode, Bound start, Bound end, Exclusion exclusion) {

    public enum Mode { ROWS, RANGE, GROUPS }

    public enum BoundKind { UNBOUNDED_PRECEDING, PRECEDING, CURRENT_ROW, FOLLOWING, UNBOUNDED_FOLLOWING }

    public enum Exclusion { NO_OTHERS, CURRENT_ROW, GROUP, TIES }

    /**
     * One end of the frame.
     *
     * @param offset the n of {@code n PRECEDING/FOLLOWING} (int8 for ROWS and GROUPS; for RANGE of the
     *     type {@code add}/{@code subtract} take), null otherwise
     * @param add RANGE only: {@code key + offset}, null otherwise
     * @param subtract RANGE only: {@code key - offset}, null otherwise
     * @param boundType RANGE only: the type {@code add} and {@code subtract} yield
     */
    public record Bound(BoundKind kind, Expression offset, Invokable add, Invokable subtract, PgType boundType) {
        public static Bound of(BoundKind kind) {
            return new Bound(kind, null, null, null, null);
        }
    }

    /** RANGE UNBOUNDED PRECEDING: PostgreSQL's default frame. */
    public static final WindowFrameSpec DEFAULT = new WindowFrameSpec(Mode.RANGE,
            Bound.of(BoundKind.UNBOUNDED_PRECEDING), Bound.of(BoundKind.CURRENT_ROW), Exclusion.NO_OTHERS);

    /** True when every row's frame starts at the partition's first row and nothing is excluded. */
    boolean growsOnly() {
        return start.kind() == BoundKind.UNBOUNDED_PRECEDING && exclusion == Exclusion.NO_OTHERS;
    }
}
