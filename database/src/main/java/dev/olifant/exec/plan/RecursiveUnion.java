package dev.olifant.exec.plan;

import dev.olifant.exec.ExecContext;
import dev.olifant.types.PgType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * WITH RECURSIVE's evaluation (PostgreSQL's RecursiveUnion): the non-recursive term's rows are
 * returned and become the working table; then the recursive term runs over the working table
 * again and again, each iteration's new rows being returned and forming the next working table,
 * until an iteration yields none. With UNION (not ALL) rows already produced are discarded.
 * Rows stream out as they are produced, so a LIMIT above stops an unbounded recursion.
 */
public record RecursiveUnion(PlanNode nonRecursive, PlanNode recursive, WorkTable table, boolean distinct,
        PgType[] types) implements PlanNode {

    @Override
    public RowSource open(ExecContext ctx) {
        Set<HashKey> seen = distinct ? new HashSet<>() : null;
        return new RowSource() {
            RowSource current = nonRecursive.open(ctx);
            List<Object[]> produced = new ArrayList<>();

            @Override
            public Object[] next() {
                while (true) {
                    Object[] r = current.next();
                    if (r != null) {
                        ctx.checkInterruptsCheaply();
                        if (seen != null && !seen.add(new HashKey(r, types))) {
                            continue;
                        }
                        produced.add(r);
                        return r;
                    }
                    current.close();
                    if (produced.isEmpty()) {
                        current = Rows.empty();
                        return null;
                    }
                    table.set(produced);
                    produced = new ArrayList<>();
                    current = recursive.open(ctx);
                }
            }

            @Override
            public void close() {
                current.close();
            }
        };
    }

    @Override
    public int width() {
        return types.length;
    }

    @Override
    public String explainTitle() {
        return "Recursive Union";
    }

    @Override
    public List<PlanNode> children() {
        return List.of(nonRecursive, recursive);
    }
}
