package dev.olifant.exec.plan;

import static dev.olifant.exec.plan.JoinNodeFixture.row;
import static dev.olifant.exec.plan.JoinNodeFixture.run;
import static dev.olifant.exec.plan.JoinNodeFixture.slot;
import static org.assertj.core.api.Assertions.assertThat;

import dev.olifant.exec.ExecContext;
import dev.olifant.exec.expr.Expression;
import dev.olifant.types.Types;
import dev.olifant.types.ValueOps;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MergeJoinTest {
    private static ExecContext ctx;

    @BeforeAll
    static void context() {
        ctx = JoinNodeFixture.context();
    }

    /** Rows of width 4: the outer side owns slots 0-1, the inner side slots 2-3; keys are slots 0 and 2. */
    private static PlanNode outer(Object[]... rows) {
        List<Object[]> list = new ArrayList<>();
        for (Object[] r : rows) {
            list.add(new Object[] {r[0], r[1], null, null});
        }
        return new JoinNodeFixture.Fixed(list, 4);
    }

    private static PlanNode inner(Object[]... rows) {
        List<Object[]> list = new ArrayList<>();
        for (Object[] r : rows) {
            list.add(new Object[] {null, null, r[0], r[1]});
        }
        return new JoinNodeFixture.Fixed(list, 4);
    }

    private static Object[] r(Integer key, String tag) {
        return new Object[] {key, tag};
    }

    private static MergeJoin join(PlanNode o, PlanNode i, JoinKind kind, Expression residual) {
        return new MergeJoin(o, i, new Expression[] {slot(0)}, new Expression[] {slot(2)},
                List.of(ValueOps.comparator(Types.INT4)), residual, kind, "(a = b)", null, 4, new int[] {2, 4}, 10);
    }

    private static PlanNode sampleOuter() {
        return outer(r(1, "o1"), r(2, "o2a"), r(2, "o2b"), r(4, "o4"), r(null, "onull"));
    }

    private static PlanNode sampleInner() {
        return inner(r(0, "i0"), r(2, "i2a"), r(2, "i2b"), r(3, "i3"), r(4, "i4"), r(null, "inull"));
    }

    @Test
    void innerJoinRestoresTheMarkForDuplicateKeysAndNeverMatchesNull() {
        assertThat(run(join(sampleOuter(), sampleInner(), JoinKind.INNER, null), ctx)).containsExactly(
                row(2, "o2a", 2, "i2a"), row(2, "o2a", 2, "i2b"),
                row(2, "o2b", 2, "i2a"), row(2, "o2b", 2, "i2b"),
                row(4, "o4", 4, "i4"));
    }

    @Test
    void leftJoinPadsUnmatchedOuterRows() {
        assertThat(run(join(sampleOuter(), sampleInner(), JoinKind.LEFT, null), ctx)).containsExactly(
                row(1, "o1", null, null),
                row(2, "o2a", 2, "i2a"), row(2, "o2a", 2, "i2b"),
                row(2, "o2b", 2, "i2a"), row(2, "o2b", 2, "i2b"),
                row(4, "o4", 4, "i4"),
                row(null, "onull", null, null));
    }

    @Test
    void rightJoinEmitsUnmatchedInnerRowsInKeyOrder() {
        assertThat(run(join(sampleOuter(), sampleInner(), JoinKind.RIGHT, null), ctx)).containsExactly(
                row(null, null, 0, "i0"),
                row(2, "o2a", 2, "i2a"), row(2, "o2a", 2, "i2b"),
                row(2, "o2b", 2, "i2a"), row(2, "o2b", 2, "i2b"),
                row(null, null, 3, "i3"),
                row(4, "o4", 4, "i4"),
                row(null, null, null, "inull"));
    }

    @Test
    void fullJoinKeepsBothSidesUnmatchedRows() {
        assertThat(run(join(sampleOuter(), sampleInner(), JoinKind.FULL, null), ctx)).containsExactly(
                row(null, null, 0, "i0"),
                row(1, "o1", null, null),
                row(2, "o2a", 2, "i2a"), row(2, "o2a", 2, "i2b"),
                row(2, "o2b", 2, "i2a"), row(2, "o2b", 2, "i2b"),
                row(null, null, 3, "i3"),
                row(4, "o4", 4, "i4"),
                row(null, "onull", null, null),
                row(null, null, null, "inull"));
    }

    @Test
    void semiAndAntiJoinsReturnEachOuterRowAtMostOnce() {
        assertThat(run(join(sampleOuter(), sampleInner(), JoinKind.SEMI, null), ctx)).containsExactly(
                row(2, "o2a", null, null), row(2, "o2b", null, null), row(4, "o4", null, null));
        assertThat(run(join(sampleOuter(), sampleInner(), JoinKind.ANTI, null), ctx)).containsExactly(
                row(1, "o1", null, null), row(null, "onull", null, null));
    }

    @Test
    void residualConditionDecidesMatchesWithinAGroup() {
        Expression onlyB = new dev.olifant.exec.expr.Expression() {
            @Override
            public Object eval(Object[] row, ExecContext c) {
                return !"i2a".equals(row[3]);
            }

            @Override
            public dev.olifant.types.PgType type() {
                return Types.BOOL;
            }
        };
        assertThat(run(join(sampleOuter(), sampleInner(), JoinKind.FULL, onlyB), ctx)).containsExactly(
                row(null, null, 0, "i0"),
                row(1, "o1", null, null),
                row(2, "o2a", 2, "i2b"),
                row(2, "o2b", 2, "i2b"),
                row(null, null, 2, "i2a"),
                row(null, null, 3, "i3"),
                row(4, "o4", 4, "i4"),
                row(null, "onull", null, null),
                row(null, null, null, "inull"));
    }

    @Test
    void emptySidesJoinToNothingOrToThePaddedOtherSide() {
        assertThat(run(join(outer(), sampleInner(), JoinKind.INNER, null), ctx)).isEmpty();
        assertThat(run(join(sampleOuter(), inner(), JoinKind.LEFT, null), ctx)).hasSize(5);
        assertThat(run(join(outer(), inner(r(5, "i5")), JoinKind.RIGHT, null), ctx))
                .containsExactly(row(null, null, 5, "i5"));
    }

    @Test
    void explainsAsPostgresDoes() {
        MergeJoin j = join(sampleOuter(), sampleInner(), JoinKind.LEFT, null);
        assertThat(j.explainTitle()).isEqualTo("Merge Left Join");
        assertThat(j.explainDetails()).containsExactly("Merge Cond: (a = b)");
        assertThat(join(sampleOuter(), sampleInner(), JoinKind.INNER, null).explainTitle()).isEqualTo("Merge Join");
    }
}
