package dev.olifant.catalog.durable;

import static org.assertj.core.api.Assertions.assertThat;

import dev.olifant.catalog.Catalog;
import dev.olifant.catalog.Column;
import dev.olifant.catalog.Identity;
import dev.olifant.catalog.Oids;
import dev.olifant.catalog.PartitionBound;
import dev.olifant.catalog.PartitionKey;
import dev.olifant.catalog.PartitionStrategy;
import dev.olifant.catalog.Partitioning;
import dev.olifant.catalog.Table;
import dev.olifant.storage.SequenceData;
import dev.olifant.storage.TableStorage;
import dev.olifant.types.Types;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PartitioningCodecTest {

    @Test
    void partitionKeysAndBoundsSurviveTheCatalogImage() {
        List<Column> cols = List.of(new Column("a", 1, Types.INT4, -1, false, null, null, Identity.NONE, 0, false));
        Table parent = new Table(16384, "p", Oids.PUBLIC_NAMESPACE, 10, 'p', cols, List.of(), List.of(),
                new TableStorage(), new Partitioning(new PartitionKey(PartitionStrategy.RANGE, List.of(1)), 0, null,
                        false));
        Partitioning bound = new Partitioning(null, 16384, new PartitionBound.Range(
                List.of(new PartitionBound.RangeDatum(PartitionBound.RangeDatum.Kind.MINVALUE, null)),
                List.of(PartitionBound.RangeDatum.of(10))), true, Map.of(5L, 4L));
        Table part = new Table(16385, "p1", Oids.PUBLIC_NAMESPACE, 10, 'p', cols, List.of(), List.of(),
                new TableStorage(), bound);
        Partitioning list = new Partitioning(null, 16384, new PartitionBound.In(Arrays.asList(1, null)), false);
        Table part2 = new Table(16386, "p2", Oids.PUBLIC_NAMESPACE, 10, 'p', cols, List.of(), List.of(),
                new TableStorage(), list);
        Catalog c = Catalog.empty().withRelation(parent).withRelation(part).withRelation(part2);
        Catalog back = CatalogCodec.decode(CatalogCodec.encode(c), new CatalogCodec.Resolver() {
            @Override
            public TableStorage table(long relfilenode) {
                return new TableStorage();
            }

            @Override
            public SequenceData sequence(long sequenceOid, long increment, long value, boolean called) {
                return new SequenceData(value);
            }
        });
        assertThat(((Table) back.relation(16384)).partitioning()).isEqualTo(parent.partitioning());
        assertThat(back.relation(16384).kind()).isEqualTo('p');
        assertThat(((Table) back.relation(16385)).partitioning()).isEqualTo(bound);
        assertThat(((Table) back.relation(16386)).partitioning()).isEqualTo(list);
        assertThat(back.relation(16386).kind()).isEqualTo('r');
    }
}
