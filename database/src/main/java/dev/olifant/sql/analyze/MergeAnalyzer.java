package dev.olifant.sql.analyze;

import dev.olifant.catalog.Acl;
import dev.olifant.catalog.Column;
import dev.olifant.catalog.Identity;
import dev.olifant.catalog.Table;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.exec.dml.MergeNode;
import dev.olifant.exec.dml.TableTarget;
import dev.olifant.exec.expr.Expression;
import dev.olifant.exec.expr.Slot;
import dev.olifant.exec.plan.PlanNode;
import dev.olifant.lock.RowLockMode;
import dev.olifant.sql.ast.DefaultExpr;
import dev.olifant.sql.ast.Expr;
import dev.olifant.sql.ast.FromItem;
import dev.olifant.sql.ast.FunctionRef;
import dev.olifant.sql.ast.JoinExpr;
import dev.olifant.sql.ast.JoinType;
import dev.olifant.sql.ast.MergeStmt;
import dev.olifant.sql.ast.MergeWhen;
import dev.olifant.sql.ast.OverridingKind;
import dev.olifant.sql.ast.SubqueryRef;
import dev.olifant.sql.ast.TableRef;
import java.util.ArrayList;
import java.util.List;

/**
 * Parse analysis of MERGE: the source is planned as {@code source LEFT JOIN target ON cond} (an
 * inner join when there is no WHEN NOT MATCHED clause), so every source row comes out once per
 * matching target row, or once with an empty target segment;
 * WHEN MATCHED clauses see both sides, WHEN NOT MATCHED clauses only the source (as in
 * PostgreSQL, where the target is not visible to them).
 */
final class MergeAnalyzer {
    private final AnalysisContext ctx;
    private final QueryAnalyzer queries;
    private final DmlAnalyzer dml;

    MergeAnalyzer(AnalysisContext ctx, QueryAnalyzer queries, DmlAnalyzer dml) {
        this.ctx = ctx;
        this.queries = queries;
        this.dml = dml;
    }

    AnalyzedStatement analyze(MergeStmt s) {
        Table table = dml.writableTable(s.target().name());
        String alias = s.target().alias() != null ? s.target().alias().name() : table.name();
        checkNames(s.source(), alias);
        int privileges = 0;
        for (MergeWhen w : s.whens()) {
            privileges |= switch (w.action()) {
                case MergeWhen.DoNothing d -> 0;
                case MergeWhen.Delete d -> Acl.Privilege.DELETE.bit();
                case MergeWhen.Update u -> Acl.Privilege.UPDATE.bit();
                case MergeWhen.Insert i -> Acl.Privilege.INSERT.bit();
            };
        }
        ctx.privileges().target(table, alias, privileges, true);
        boolean anyNotMatched = s.whens().stream().anyMatch(w -> !w.matched());
        Scope scope = new Scope(null);
        JoinExpr join = new JoinExpr(anyNotMatched ? JoinType.LEFT : JoinType.INNER, false, s.source(), s.target(),
                s.on(), List.of(), null, s.location());
        PlanNode source = new FromPlanner(ctx, queries, scope).plan(List.of(join), null);
        ctx.privileges().targetScanned();
        RangeEntry targetEntry = scope.entry(alias);
        int ncols = table.columns().size();
        int tableOffset = targetEntry.tidSlot() - ncols;
        Scope sourceScope = new Scope(null);
        for (RangeEntry e : scope.entries()) {
            if (e != targetEntry) {
                sourceScope.add(e);
            }
        }
        sourceScope.setWidth(scope.width());
        Scope hidden = new Scope(null);
        hidden.add(targetEntry);
        sourceScope.addInvisible(hidden);
        Expression joinRecheck = new ExprAnalyzer(ctx, scope, "JOIN/ON", null, queries)
                .analyzeBoolean(s.on(), "JOIN/ON");
        List<MergeNode.Action> matched = new ArrayList<>();
        List<MergeNode.Action> notMatched = new ArrayList<>();
        TableTarget target = TargetBuilder.build(ctx, table);
        for (MergeWhen w : s.whens()) {
            Scope whenScope = w.matched() ? scope : sourceScope;
            Expression condition = w.condition() == null ? null
                    : new ExprAnalyzer(ctx, whenScope, "WHEN", null, queries).analyzeBoolean(w.condition(), "WHEN");
            MergeNode.Action action = switch (w.action()) {
                case MergeWhen.DoNothing d -> new MergeNode.Action(MergeNode.Kind.DO_NOTHING, condition, null, null);
                case MergeWhen.Delete d -> new MergeNode.Action(MergeNode.Kind.DELETE, condition, null,
                        RowLockMode.UPDATE);
                case MergeWhen.Update u -> {
                    Expression[] values = new Expression[ncols];
                    dml.assignments(u.set(), table, scope, values, tableOffset);
                    for (Column c : table.columns()) {
                        if (values[c.attnum() - 1] == null) {
                            values[c.attnum() - 1] = new Slot(tableOffset + c.attnum() - 1, c.type(), c.typmod(),
                                    c.name());
                        }
                    }
                    yield new MergeNode.Action(MergeNode.Kind.UPDATE, condition, values,
                            lockMode(target, values, tableOffset));
                }
                case MergeWhen.Insert i -> new MergeNode.Action(MergeNode.Kind.INSERT, condition,
                        insertValues(table, i, sourceScope), null);
            };
            (w.matched() ? matched : notMatched).add(action);
        }
        MergeNode node = new MergeNode(target, source, tableOffset, joinRecheck, List.copyOf(matched),
                List.copyOf(notMatched));
        return new AnalyzedStatement(AnalyzedStatement.Kind.MERGE, node, List.of(), false);
    }

    /** The target's name may not also name an item of the source. */
    private static void checkNames(FromItem item, String alias) {
        String name = switch (item) {
            case TableRef t -> t.alias() != null ? t.alias().name() : t.name().last();
            case SubqueryRef q -> q.alias() != null ? q.alias().name() : null;
            case FunctionRef f -> f.alias() != null ? f.alias().name() : null;
            case JoinExpr j -> {
                checkNames(j.left(), alias);
                checkNames(j.right(), alias);
                yield j.alias() != null ? j.alias().name() : null;
            }
        };
        if (alias.equals(name)) {
            throw new PgException(SqlState.DUPLICATE_ALIAS, "name \"" + alias + "\" specified more than once")
                    .withDetail("The name is used both as MERGE target table and data source.");
        }
    }

    /** The new row of an INSERT action, one expression per attnum over the source row. */
    private Expression[] insertValues(Table table, MergeWhen.Insert i, Scope sourceScope) {
        List<Column> columns = dml.insertColumns(table, i.columns());
        if (i.columns().isEmpty() && i.values() != null && i.values().size() < columns.size()) {
            columns = columns.subList(0, i.values().size());
        }
        Expression[] full = new Expression[table.columns().size()];
        boolean[] given = new boolean[full.length];
        if (i.values() != null) {
            List<Expr> row = i.values();
            if (row.size() > columns.size()) {
                throw new PgException(SqlState.SYNTAX_ERROR, "INSERT has more expressions than target columns")
                        .withPosition(row.get(columns.size()).location() + 1);
            }
            if (row.size() < columns.size()) {
                throw new PgException(SqlState.SYNTAX_ERROR, "INSERT has more target columns than expressions")
                        .withPosition(i.columns().size() > row.size() ? i.columns().get(row.size()).location() + 1
                                : i.location() + 1);
            }
            ExprAnalyzer a = new ExprAnalyzer(ctx, sourceScope, "VALUES", null, queries);
            for (int k = 0; k < columns.size(); k++) {
                Column c = columns.get(k);
                Expr e = row.get(k);
                if (e instanceof DefaultExpr) {
                    continue;
                }
                dml.checkIdentity(c, true, i.overriding(), e.location());
                full[c.attnum() - 1] = i.overriding() == OverridingKind.USER_VALUE && c.identity() != Identity.NONE
                        ? null : dml.assign(a.analyze(e), c, ExprLocations.leftmost(e));
                given[c.attnum() - 1] = full[c.attnum() - 1] != null;
            }
        }
        for (Column c : table.columns()) {
            if (!given[c.attnum() - 1]) {
                full[c.attnum() - 1] = dml.defaultOf(c);
            }
        }
        return full;
    }

    /**
     * FOR UPDATE when the action may change a column of a unique index (a key a foreign key could
     * reference), FOR NO KEY UPDATE when it assigns every key column its own value.
     */
    private static RowLockMode lockMode(TableTarget target, Expression[] values, int tableOffset) {
        for (TableTarget.IndexTarget ix : target.indexes()) {
            if (!ix.index().unique()) {
                continue;
            }
            for (int attnum : ix.attnums()) {
                if (attnum > 0 && !(values[attnum - 1] instanceof Slot s && s.index() == tableOffset + attnum - 1)) {
                    return RowLockMode.UPDATE;
                }
            }
        }
        return RowLockMode.NO_KEY_UPDATE;
    }
}
