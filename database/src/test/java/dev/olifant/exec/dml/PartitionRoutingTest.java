package dev.olifant.exec.dml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.olifant.catalog.Catalog;
import dev.olifant.catalog.Column;
import dev.olifant.catalog.Identity;
import dev.olifant.catalog.Oids;
import dev.olifant.catalog.PartitionBound;
import dev.olifant.catalog.PartitionKey;
import dev.olifant.catalog.PartitionStrategy;
import dev.olifant.catalog.Partitioning;
import dev.olifant.catalog.Table;
import dev.olifant.error.PgException;
import dev.olifant.storage.TableStorage;
import dev.olifant.types.FormatSettings;
import dev.olifant.types.Types;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PartitionRoutingTest {
    private static final FormatSettings SETTINGS = FormatSettings.defaults(ZoneOffset.UTC);

    private static Column col(String name, int attnum, boolean dropped) {
        return new Column(dropped ? "........pg.dropped." + attnum + "........" : name, attnum,
                name.equals("j") ? Types.TEXT : Types.INT4, -1, false, null, null, Identity.NONE, 0, dropped);
    }

    /** tpart(i int, j text) partitioned by range (i); tpart_2 has a dropped column and j before i. */
    private static final Table ROOT = new Table(10, "tpart", Oids.PUBLIC_NAMESPACE, 10, 'p',
            List.of(col("i", 1, false), col("j", 2, false)), List.of(), List.of(20L), new TableStorage(),
            new Partitioning(new PartitionKey(PartitionStrategy.RANGE, List.of(1)), 0, null, false));
    private static final Table P1 = new Table(11, "tpart_1", Oids.PUBLIC_NAMESPACE, 10, 'p',
            List.of(col("i", 1, false), col("j", 2, false)), List.of(), List.of(21L), new TableStorage(),
            new Partitioning(null, 10, new PartitionBound.Range(List.of(PartitionBound.RangeDatum.of(0)),
                    List.of(PartitionBound.RangeDatum.of(100))), false, Map.of(21L, 20L)));
    private static final Table P2 = new Table(12, "tpart_2", Oids.PUBLIC_NAMESPACE, 10, 'p',
            List.of(col("x", 1, true), col("j", 2, false), col("i", 3, false)), List.of(), List.of(),
            new TableStorage(), new Partitioning(null, 10, new PartitionBound.Range(
                    List.of(PartitionBound.RangeDatum.of(100)), List.of(PartitionBound.RangeDatum.of(200))), false));

    private static PartitionRouting routing() {
        return PartitionRouting.of(Catalog.empty().withRelation(ROOT).withRelation(P1).withRelation(P2), ROOT);
    }

    @Test
    void routesRowsToTheLeafWhoseBoundAcceptsThem() {
        PartitionRouting.Routed r = routing().route(new Object[] {5, "a"}, SETTINGS, null);
        assertThat(r.leaf().name()).isEqualTo("tpart_1");
        assertThat(r.values()).containsExactly(5, "a");
    }

    @Test
    void convertsTheRowToTheLeafLayoutByColumnName() {
        PartitionRouting.Routed r = routing().route(new Object[] {150, "zzz"}, SETTINGS, null);
        assertThat(r.leaf().name()).isEqualTo("tpart_2");
        assertThat(r.values()).containsExactly(null, "zzz", 150);
        assertThat(PartitionRouting.convert(P2, ROOT, r.values())).containsExactly(150, "zzz");
        assertThat(PartitionRouting.sameLayout(ROOT, P1)).isTrue();
        assertThat(PartitionRouting.sameLayout(ROOT, P2)).isFalse();
    }

    @Test
    void aRowNoPartitionAcceptsIsACheckViolationNamingTheKey() {
        assertThatThrownBy(() -> routing().route(new Object[] {250, "x"}, SETTINGS, null))
                .isInstanceOfSatisfying(PgException.class, e -> {
                    assertThat(e.state().code()).isEqualTo("23514");
                    assertThat(e.getMessage()).isEqualTo("no partition of relation \"tpart\" found for row");
                    assertThat(e.detail()).isEqualTo("Partition key of the failing row contains (i) = (250).");
                });
        assertThat(routing().leafFor(new Object[] {null, "x"})).isNull();
    }

    @Test
    void findsTheLeafIndexDescendingFromARootIndex() {
        assertThat(routing().leafIndex(P1, 20)).isEqualTo(21);
        assertThat(routing().leafIndex(P2, 20)).isZero();
        assertThat(routing().leaves()).extracting(Table::name).containsExactly("tpart_1", "tpart_2");
    }

    @Test
    void partitionCheckRejectsRowsOutsideTheBound() {
        Catalog c = Catalog.empty().withRelation(ROOT).withRelation(P1).withRelation(P2);
        PartitionCheck check = PartitionCheck.of(c, P2);
        assertThat(check.accepts(P2, new Object[] {null, "a", 150})).isTrue();
        assertThat(check.accepts(P2, new Object[] {null, "a", 50})).isFalse();
        assertThat(PartitionCheck.of(c, ROOT)).isNull();
    }
}
