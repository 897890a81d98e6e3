package dev.olifant.sql.analyze;

import dev.olifant.catalog.Constraint;
import dev.olifant.catalog.ConstraintKind;
import dev.olifant.catalog.Index;
import dev.olifant.catalog.Table;
import dev.olifant.exec.dml.TableTarget;
import java.util.ArrayList;
import java.util.List;

/** Prepares a table for writing: compiles its CHECK constraints and lists its indexes. */
public final class TargetBuilder {
    private TargetBuilder() {
    }

    public static TableTarget build(AnalysisContext ctx, Table table) {
        List<TableTarget.Check> checks = new ArrayList<>();
        Scope scope = tableScope(table, table.name(), null);
        for (Constraint c : table.constraints()) {
            if (c.kind() == ConstraintKind.CHECK) {
                ExprAnalyzer a = new ExprAnalyzer(ctx, scope, "check constraints", null, new QueryAnalyzer(ctx));
                checks.add(new TableTarget.Check(c.name(), a.analyzeBoolean(ExprText.parse(c.checkExpr()), "CHECK")));
            }
        }
        List<TableTarget.IndexTarget> indexes = new ArrayList<>();
        for (long oid : table.indexOids()) {
            if (!(ctx.catalog().relation(oid) instanceof Index idx)) {
                continue;
            }
            String constraintName = idx.name();
            for (Constraint c : table.constraints()) {
                if (c.indexOid() == oid) {
                    constraintName = c.name();
                }
            }
            int[] attnums = idx.keyColumns().stream().mapToInt(Integer::intValue).toArray();
            dev.olifant.exec.expr.Expression predicate = idx.predicate() == null ? null
                    : ExpressionAnalysis.predicateOver(ctx, table, ExprText.parse(idx.predicate()));
            indexes.add(new TableTarget.IndexTarget(idx, table.storage().index(oid), attnums, constraintName,
                    predicate, ExpressionAnalysis.indexExpressions(ctx, table, idx)
                            .toArray(dev.olifant.exec.expr.Expression[]::new)));
        }
        return new TableTarget(table, checks, indexes, table.isPartitioned()
                ? dev.olifant.exec.dml.PartitionRouting.of(ctx.catalog(), table) : null,
                table.isPartition() ? dev.olifant.exec.dml.PartitionCheck.of(ctx.catalog(), table) : null);
    }

    /** A scope holding one table at offset 0 (plus, optionally, a second entry after it). */
    static Scope tableScope(Table table, String alias, Scope parent) {
        Scope s = new Scope(parent);
        s.add(entry(table, alias, 0));
        for (int i = 0; i < s.entries().get(0).names().size(); i++) {
            RangeEntry e = s.entries().get(0);
            s.starColumns().add(new ColumnBinding(e, i, e.slots()[i], e.types().get(i), e.typmods().get(i), 0));
        }
        s.setWidth(table.columns().size() + 1);
        return s;
    }

    static RangeEntry entry(Table table, String alias, int offset) {
        List<String> names = new ArrayList<>();
        List<dev.olifant.types.PgType> types = new ArrayList<>();
        List<Integer> typmods = new ArrayList<>();
        List<Integer> slots = new ArrayList<>();
        List<Integer> attnums = new ArrayList<>();
        for (var c : table.columns()) {
            if (!c.dropped()) {
                names.add(c.name());
                types.add(c.type());
                typmods.add(c.typmod());
                slots.add(offset + c.attnum() - 1);
                attnums.add(c.attnum());
            }
        }
        return new RangeEntry(alias, names, types, typmods, slots.stream().mapToInt(Integer::intValue).toArray(),
                table.oid(), attnums.stream().mapToInt(Integer::intValue).toArray(), offset + table.columns().size());
    }
}
