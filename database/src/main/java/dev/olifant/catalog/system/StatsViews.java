package dev.olifant.catalog.system;

import dev.olifant.catalog.Column;
import dev.olifant.catalog.Relation;
import dev.olifant.catalog.Table;
import dev.olifant.storage.ColumnStatistics;
import dev.olifant.storage.RelationStatistics;
import dev.olifant.types.ArrayValue;
import dev.olifant.types.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * pg_stats: one row per analyzed column with what the table's last ANALYZE found. Arrays of
 * values (most common values, histogram bounds) are arrays of the column's type, shown as
 * anyarray as in PostgreSQL; an empty list is NULL. Physical-order correlation is not gathered
 * (rows are not stored in pages), so it is NULL.
 */
final class StatsViews {
    private StatsViews() {
    }

    static List<SystemView> all() {
        return List.of(CatalogView.of("pg_stats", 12053, "schemaname:name tablename:name attname:name inherited:bool "
                + "null_frac:float4 avg_width:int4 n_distinct:float4 most_common_vals:anyarray "
                + "most_common_freqs:_float4 histogram_bounds:anyarray correlation:float4 most_common_elems:anyarray "
                + "most_common_elem_freqs:_float4 elem_count_histogram:_float4", StatsViews::stats));
    }

    private static List<Object[]> stats(SystemContext ctx) {
        List<Object[]> rows = new ArrayList<>();
        for (Relation r : ClassViews.sorted(ctx.catalog().relations(), Relation::oid)) {
            if (!(r instanceof Table t) || t.storage() == null) {
                continue;
            }
            RelationStatistics s = t.storage().stats().statistics();
            if (s == null) {
                continue;
            }
            for (Column c : t.columns()) {
                ColumnStatistics cs = c.dropped() ? null : s.column(c.attnum());
                if (cs == null) {
                    continue;
                }
                Float[] freqs = new Float[cs.mostCommonValues().size()];
                for (int i = 0; i < freqs.length; i++) {
                    freqs[i] = (float) cs.mostCommonFreq(i);
                }
                rows.add(new Object[] {Names.namespace(ctx, t.namespaceOid()), t.name(), c.name(), false,
                    (float) cs.nullFrac(), cs.avgWidth(), (float) cs.nDistinct(),
                    array(c, cs.mostCommonValues()), freqs.length == 0 ? null
                            : ArrayValue.oneDimensional(Types.FLOAT4, freqs),
                    array(c, cs.histogramBounds()), null, null, null, null});
            }
        }
        return rows;
    }

    private static ArrayValue array(Column c, List<Object> values) {
        return values.isEmpty() ? null : ArrayValue.oneDimensional(c.type(), values.toArray());
    }
}
