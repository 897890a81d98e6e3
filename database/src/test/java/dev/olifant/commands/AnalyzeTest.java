package dev.olifant.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.olifant.catalog.Column;
import dev.olifant.catalog.Identity;
import dev.olifant.catalog.Table;
import dev.olifant.storage.ColumnStatistics;
import dev.olifant.storage.RelationStatistics;
import dev.olifant.types.Types;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The statistics ANALYZE computes from a sample, checked against what PostgreSQL 15 stores for the same data. */
class AnalyzeTest {

    @Test
    void distinctCountsFollowPostgresRules() {
        // every sampled value once: unique, as a fraction of the non-null rows
        assertThat(Analyze.nDistinct(100, 100, 100, 100, 0, 100)).isEqualTo(-1.0);
        assertThat(Analyze.nDistinct(100, 80, 80, 80, 0.2, 100)).isCloseTo(-0.8, within(1e-9));
        // the whole table sampled: the distinct count is exact, kept as a fraction above a tenth of the rows
        assertThat(Analyze.nDistinct(10000, 10000, 1001, 1000, 0, 10000)).isCloseTo(-0.1001, within(1e-9));
        assertThat(Analyze.nDistinct(10000, 10000, 5, 0, 0, 10000)).isEqualTo(5.0);
        // a sample of a larger table: Haas-Stokes, n*d / (n - f1 + f1*n/N), rounded
        assertThat(Analyze.nDistinct(30000, 30000, 20000, 15000, 0, 1_000_000)).isEqualTo(38835.0);
        // ... kept as a fraction once above a tenth of the rows
        assertThat(Analyze.nDistinct(30000, 30000, 29000, 28500, 0, 1_000_000)).isBetween(-1.0, -0.1);
    }

    @Test
    void mostCommonValuesAndHistogramOfASkewedColumn() {
        Table table = sk();
        Analyze.Sample sample = new Analyze.Sample(1);
        for (int g = 1; g <= 10000; g++) {
            sample.offer(new Object[] {g, g % 10 == 0 ? g : 1, g % 2 == 0 ? null : "x" + g, (long) g});
        }
        RelationStatistics s = Analyze.compute(table, sample, List.of(), null, Instant.EPOCH);
        assertThat(s.reltuples()).isEqualTo(10000);
        assertThat(s.relpages()).isPositive();

        ColumnStatistics id = s.column(1);
        assertThat(id.nDistinct()).isEqualTo(-1.0);
        assertThat(id.mostCommonValues()).isEmpty();
        assertThat(id.histogramBounds()).hasSize(Analyze.TARGET + 1).startsWith(1).endsWith(10000);

        ColumnStatistics k = s.column(2);
        assertThat(k.nDistinct()).isCloseTo(-0.1001, within(1e-9)); // PostgreSQL 15: -0.1001
        assertThat(k.mostCommonValues()).containsExactly(1); // PostgreSQL 15: {1}
        assertThat(k.mostCommonFreq(0)).isCloseTo(0.9, within(1e-9)); // PostgreSQL 15: {0.9}
        assertThat(k.histogramBounds()).startsWith(10).endsWith(10000);

        ColumnStatistics t = s.column(3);
        assertThat(t.nullFrac()).isCloseTo(0.5, within(1e-9));
        assertThat(t.nDistinct()).isCloseTo(-0.5, within(1e-9));
        assertThat(t.avgWidth()).isBetween(4, 6);
        // the dropped column has no statistics
        assertThat(s.column(4)).isNull();
    }

    @Test
    void analyzingSomeColumnsKeepsTheOthers() {
        Table table = sk();
        Analyze.Sample first = new Analyze.Sample(1);
        first.offer(new Object[] {1, 1, "a", null});
        first.offer(new Object[] {2, 1, "b", null});
        RelationStatistics before = Analyze.compute(table, first, List.of(), null, Instant.EPOCH);
        Analyze.Sample second = new Analyze.Sample(1);
        second.offer(new Object[] {1, 7, "a", null});
        RelationStatistics after = Analyze.compute(table, second, List.of(2), before, Instant.EPOCH);
        assertThat(after.column(1)).isEqualTo(before.column(1));
        assertThat(after.column(2).nDistinct()).isEqualTo(-1.0);
        assertThat(after.reltuples()).isEqualTo(1);
    }

    /** A table (id int, k int, t text, a dropped bigint) with no storage: only its columns matter here. */
    private static Table sk() {
        return new Table(16384, "sk", 2200, 10, 'p', List.of(
                new Column("id", 1, Types.INT4, -1, true, null, null, Identity.NONE, 0, false),
                new Column("k", 2, Types.INT4, -1, false, null, null, Identity.NONE, 0, false),
                new Column("t", 3, Types.TEXT, -1, false, null, null, Identity.NONE, 0, false),
                new Column("........pg.dropped.4........", 4, Types.INT8, -1, false, null, null, Identity.NONE, 0, true)),
                List.of(), List.of(), null);
    }
}
