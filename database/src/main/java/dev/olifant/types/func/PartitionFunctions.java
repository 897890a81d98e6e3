package dev.olifant.types.func;

import dev.olifant.types.Types;
import java.util.List;

/**
 * pg_partition_ancestors(regclass) and pg_partition_tree(regclass), answered from the catalog
 * through the engine's {@link dev.olifant.types.RegLookup}.
 */
final class PartitionFunctions {
    private PartitionFunctions() {
    }

    static void register(BuiltinCatalog c) {
        c.add(new FunctionDef("pg_partition_tree", List.of(Types.REGCLASS), Types.RECORD, true, Volatility.STABLE, 0,
                false, true, Binder.of((ctx, a) -> {
                    List<Object[]> rows = ctx.regLookup().partitionTree((Long) a[0]);
                    return new java.util.ArrayList<Object>(rows).iterator();
                })));
        SetReturningFunctions.declareColumns("pg_partition_tree", List.of(
                new SetReturningFunctions.OutColumn("relid", Types.REGCLASS),
                new SetReturningFunctions.OutColumn("parentrelid", Types.REGCLASS),
                new SetReturningFunctions.OutColumn("isleaf", Types.BOOL),
                new SetReturningFunctions.OutColumn("level", Types.INT4)));
        c.add(new FunctionDef("pg_partition_ancestors", List.of(Types.REGCLASS), Types.REGCLASS, true,
                Volatility.STABLE, 0, false, true, Binder.of((ctx, a) ->
                        new java.util.ArrayList<Object>(ctx.regLookup().partitionAncestors((Long) a[0])).iterator())));
        SetReturningFunctions.declareColumns("pg_partition_ancestors", List.of(
                new SetReturningFunctions.OutColumn("relid", Types.REGCLASS)));
    }
}
