package dev.olifant.commands;

import dev.olifant.catalog.Catalog;
import dev.olifant.catalog.Constraint;
import dev.olifant.catalog.ConstraintKind;
import dev.olifant.catalog.Relation;
import dev.olifant.catalog.Table;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.sql.ast.DropBehavior;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Foreign keys as dependents (PostgreSQL's pg_depend rows of FOREIGN KEY constraints): a foreign
 * key depends on the referenced table, its referenced columns and the unique index it uses, so
 * dropping one of those fails with 2BP01 unless CASCADE drops the foreign key constraint.
 */
final class ForeignKeyDeps {
    private ForeignKeyDeps() {
    }

    /** A foreign key constraint of {@code table}. */
    record Dependent(Table table, Constraint constraint) {
        String describe() {
            return "constraint " + constraint.name() + " on table " + table.name();
        }
    }

    /** Foreign keys of other tables than {@code skipTables} that reference table {@code oid} and satisfy {@code which}. */
    static List<Dependent> referencing(Catalog cat, long oid, Set<Long> skipTables, Predicate<Constraint> which) {
        List<Dependent> out = new ArrayList<>();
        for (Relation r : cat.relations()) {
            if (r instanceof Table t && !skipTables.contains(t.oid())) {
                for (Constraint c : t.constraints()) {
                    if (c.kind() == ConstraintKind.FOREIGN_KEY && c.foreignKey().referencedTableOid() == oid
                            && which.test(c)) {
                        out.add(new Dependent(t, c));
                    }
                }
            }
        }
        out.sort(Comparator.comparingLong(d -> d.constraint().oid()));
        return out;
    }

    /** Whether foreign key {@code c} uses index {@code indexOid} of the referenced table. */
    static boolean usesIndex(Catalog cat, Constraint c, long indexOid) {
        dev.olifant.exec.dml.ForeignKeyInfo info = dev.olifant.exec.dml.ForeignKeyInfo.byConstraint(cat, c.oid());
        return info != null && info.index().oid() == indexOid;
    }

    /** The catalog without these constraints. */
    static Catalog drop(Catalog cat, List<Dependent> deps) {
        Catalog out = cat;
        for (Dependent d : deps) {
            if (out.relation(d.table().oid()) instanceof Table t) {
                List<Constraint> cons = new ArrayList<>(t.constraints());
                cons.removeIf(k -> k.oid() == d.constraint().oid());
                out = out.withRelation(t.withConstraints(cons));
            }
        }
        return out;
    }

    /**
     * Fails with 2BP01 listing the dependents ({@code dependsOn} names what they depend on) unless
     * CASCADE, which sends PostgreSQL's "drop cascades to" notice.
     */
    static void checkOrNotice(CommandContext ctx, List<Dependent> deps, DropBehavior behavior, String dropping,
            String dependsOn) {
        if (deps.isEmpty()) {
            return;
        }
        if (behavior != DropBehavior.CASCADE) {
            List<String> detail = new ArrayList<>();
            for (Dependent d : deps) {
                detail.add(d.describe() + " depends on " + dependsOn);
            }
            throw new PgException(SqlState.DEPENDENT_OBJECTS_STILL_EXIST, "cannot drop " + dropping
                    + " because other objects depend on it").withDetail(String.join("\n", detail))
                    .withHint("Use DROP ... CASCADE to drop the dependent objects too.");
        }
        List<String> lines = new ArrayList<>();
        for (Dependent d : deps) {
            lines.add(d.describe());
        }
        cascadeNotice(ctx, lines);
    }

    static void cascadeNotice(CommandContext ctx, List<String> lines) {
        if (lines.size() == 1) {
            ctx.notice(CreateTable.notice(SqlState.SUCCESSFUL_COMPLETION, "drop cascades to " + lines.get(0)));
        } else if (!lines.isEmpty()) {
            ctx.notice(CreateTable.notice(SqlState.SUCCESSFUL_COMPLETION, "drop cascades to " + lines.size()
                    + " other objects").withDetail("drop cascades to " + String.join("\ndrop cascades to ", lines)));
        }
    }
}
