package dev.olifant.sql.analyze;

import dev.olifant.catalog.Acl;
import dev.olifant.catalog.Relation;
import dev.olifant.catalog.Table;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.exec.dml.LockRows;
import dev.olifant.exec.expr.Expression;
import dev.olifant.exec.expr.Slot;
import dev.olifant.exec.plan.PlanNode;
import dev.olifant.lock.RowLockMode;
import dev.olifant.sql.ast.LockStrength;
import dev.olifant.sql.ast.LockWaitPolicy;
import dev.olifant.sql.ast.LockingClause;
import dev.olifant.sql.ast.QualifiedName;
import dev.olifant.sql.ast.SimpleSelect;
import dev.olifant.types.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A SELECT's locking clauses (PostgreSQL's transformLockingClause and CheckSelectLocking): which
 * FROM items' rows to lock, in which mode and with which wait policy, and the LockRows node that
 * does it. Several clauses naming one table combine to the strongest mode and the most impatient
 * policy (NOWAIT over SKIP LOCKED over waiting).
 */
final class RowMarks {
    private final List<LockRows.Target> targets;
    private final Expression recheck;

    private RowMarks(List<LockRows.Target> targets, Expression recheck) {
        this.targets = targets;
        this.recheck = recheck;
    }

    /** Checks that the query can lock rows and resolves the clauses against the FROM clause. */
    static RowMarks of(List<LockingClause> clauses, SimpleSelect s, boolean grouped,
            AnalysisContext ctx, Scope scope, QueryAnalyzer queries) {
        String what = clauseName(clauses.get(0).strength());
        if (s.distinct()) {
            throw notAllowed(what, "DISTINCT clause");
        }
        if (!s.groupBy().isEmpty()) {
            throw notAllowed(what, "GROUP BY clause");
        }
        if (s.having() != null) {
            throw notAllowed(what, "HAVING clause");
        }
        if (grouped) {
            throw notAllowed(what, "aggregate functions");
        }
        Map<RangeEntry, LockRows.Target> chosen = new LinkedHashMap<>();
        for (LockingClause c : clauses) {
            RowLockMode mode = mode(c.strength());
            if (c.of().isEmpty()) {
                for (RangeEntry e : scope.entries()) {
                    Table t = table(ctx, e);
                    if (t != null) {
                        ctx.privileges().require(t, Acl.Privilege.UPDATE); // ACL_SELECT_FOR_UPDATE
                        merge(chosen, e, t, mode, c.waitPolicy());
                    }
                }
                continue;
            }
            for (QualifiedName n : c.of()) {
                String alias = n.parts().get(n.parts().size() - 1);
                RangeEntry e = scope.entry(alias);
                if (e == null) {
                    throw new PgException(SqlState.UNDEFINED_TABLE, "relation \"" + alias + "\" in "
                            + clauseName(c.strength()) + " clause not found in FROM clause")
                            .withPosition(n.location() + 1);
                }
                Table t = table(ctx, e);
                if (t == null) {
                    throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, clauseName(c.strength())
                            + " cannot be applied to \"" + alias + "\"").withPosition(n.location() + 1);
                }
                ctx.privileges().require(t, Acl.Privilege.UPDATE); // ACL_SELECT_FOR_UPDATE
                merge(chosen, e, t, mode, c.waitPolicy());
            }
        }
        Expression recheck = s.where() == null ? null
                : new ExprAnalyzer(ctx, scope, "WHERE", null, queries).analyzeBoolean(s.where(), "WHERE");
        return new RowMarks(new ArrayList<>(chosen.values()), recheck);
    }

    private static Table table(AnalysisContext ctx, RangeEntry e) {
        if (e.tableOid() == 0 || e.tidSlot() < 0) {
            return null;
        }
        Relation r = ctx.catalog().relation(e.tableOid());
        return r instanceof Table t ? t : null;
    }

    private static void merge(Map<RangeEntry, LockRows.Target> chosen, RangeEntry e, Table t, RowLockMode mode,
            LockWaitPolicy policy) {
        int segment = e.tidSlot() - t.columns().size();
        LockRows.Target old = chosen.get(e);
        if (old != null) {
            mode = old.mode().max(mode);
            policy = impatience(policy) > impatience(old.policy()) ? policy : old.policy();
        }
        chosen.put(e, new LockRows.Target(t, segment, mode, policy));
    }

    private static int impatience(LockWaitPolicy p) {
        return switch (p) {
            case BLOCK -> 0;
            case SKIP_LOCKED -> 1;
            case NOWAIT -> 2;
        };
    }

    /** The SELECT list followed by a copy of the FROM row, which LockRows needs. */
    Expression[] withFromRow(Expression[] outputs, int fromWidth) {
        Expression[] out = java.util.Arrays.copyOf(outputs, outputs.length + fromWidth);
        for (int i = 0; i < fromWidth; i++) {
            out[outputs.length + i] = new Slot(i, Types.TEXT, -1, "?from?");
        }
        return out;
    }

    PlanNode node(PlanNode plan, Expression[] outputs, int fromWidth) {
        return new LockRows(plan, targets, outputs.length, fromWidth, outputs, recheck);
    }

    static RowLockMode mode(LockStrength s) {
        return switch (s) {
            case UPDATE -> RowLockMode.UPDATE;
            case NO_KEY_UPDATE -> RowLockMode.NO_KEY_UPDATE;
            case SHARE -> RowLockMode.SHARE;
            case KEY_SHARE -> RowLockMode.KEY_SHARE;
        };
    }

    static String clauseName(LockStrength s) {
        return mode(s).sql();
    }

    private static PgException notAllowed(String what, String with) {
        return new PgException(SqlState.FEATURE_NOT_SUPPORTED, what + " is not allowed with " + with);
    }
}
