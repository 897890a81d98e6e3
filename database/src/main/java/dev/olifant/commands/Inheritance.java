package dev.olifant.commands;

import dev.olifant.catalog.Column;
import dev.olifant.catalog.Identity;
import dev.olifant.catalog.InheritanceTree;
import dev.olifant.catalog.Partitioning;
import dev.olifant.catalog.Table;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.lock.LockMode;
import dev.olifant.sql.analyze.Names;
import dev.olifant.sql.analyze.TypeResolver;
import dev.olifant.sql.ast.ColumnDef;
import dev.olifant.sql.ast.ConstraintType;
import dev.olifant.sql.ast.InheritTable;
import dev.olifant.sql.ast.QualifiedName;
import dev.olifant.sql.ast.TableElement;
import dev.olifant.types.func.TypeNames;
import java.util.ArrayList;
import java.util.List;

/**
 * Table inheritance (PostgreSQL's MergeAttributes, ATExecAddInherit and ATExecDropInherit):
 * CREATE TABLE … INHERITS takes its parents' columns first, merging same-named ones, and
 * ALTER TABLE … [NO] INHERIT links or unlinks an existing table whose columns match.
 */
final class Inheritance {
    private Inheritance() {
    }

    /** {@code table} (already in the catalog, with no columns yet) with its parents' columns. */
    static Table inherit(CommandContext ctx, Table table, List<QualifiedName> names, List<TableElement> elements) {
        if (names.isEmpty()) {
            return table;
        }
        List<Long> parents = new ArrayList<>();
        List<Column> cols = new ArrayList<>();
        for (QualifiedName n : names) {
            Table parent = Names.utilityTable(ctx.analysis(), n);
            checkParent(ctx, table, parent);
            Ownership.checkRelation(ctx, parent);
            if (parents.contains(parent.oid())) {
                throw new PgException(SqlState.DUPLICATE_TABLE, "relation \"" + parent.name()
                        + "\" would be inherited from more than once");
            }
            PartitionLocks.lock(ctx, parent, LockMode.SHARE_UPDATE_EXCLUSIVE);
            parents.add(parent.oid());
            for (Column c : parent.liveColumns()) {
                int at = indexOf(cols, c.name());
                if (at < 0) {
                    cols.add(new Column(c.name(), cols.size() + 1, c.type(), c.typmod(), c.notNull(), c.defaultExpr(),
                            null, Identity.NONE, 0, false));
                    continue;
                }
                Column have = cols.get(at);
                ctx.notice(CreateTable.notice(SqlState.SUCCESSFUL_COMPLETION,
                        "merging multiple inherited definitions of column \"" + c.name() + "\""));
                if (!have.type().equals(c.type()) || have.typmod() != c.typmod()) {
                    throw new PgException(SqlState.DATATYPE_MISMATCH, "inherited column \"" + c.name()
                            + "\" has a type conflict").withDetail(TypeNames.format(have.type()) + " versus "
                                    + TypeNames.format(c.type()));
                }
                if (c.notNull() && !have.notNull()) {
                    cols.set(at, have.withNotNull(true));
                }
            }
        }
        Partitioning p = table.partitioning() == null ? new Partitioning(null, 0, null, false) : table.partitioning();
        Table result = table.withColumns(cols).withPartitioning(p.withInhParents(parents));
        ctx.change(c -> c.withRelation(result));
        return result;
    }

    /** A column CREATE TABLE lists that one of its parents already gave it. */
    static Table mergeLocal(CommandContext ctx, Table t, ColumnDef cd, List<TableElement> elements) {
        Column have = t.column(cd.name());
        int position = 0;
        for (TableElement e : elements) {
            if (e instanceof ColumnDef) {
                position++;
            }
            if (e == cd) {
                break;
            }
        }
        if (position == have.attnum()) {
            ctx.notice(CreateTable.notice(SqlState.SUCCESSFUL_COMPLETION,
                    "merging column \"" + cd.name() + "\" with inherited definition"));
        } else {
            ctx.notice(CreateTable.notice(SqlState.SUCCESSFUL_COMPLETION,
                    "moving and merging column \"" + cd.name() + "\" with inherited definition")
                    .withDetail("User-specified column moved to the position of the inherited column."));
        }
        TypeResolver.TypeRef ref = TypeResolver.resolve(cd.type());
        if (!ref.type().equals(have.type()) || ref.typmod() != have.typmod()) {
            throw new PgException(SqlState.DATATYPE_MISMATCH, "column \"" + cd.name() + "\" has a type conflict")
                    .withDetail(TypeNames.format(have.type()) + " versus " + TypeNames.format(ref.type()));
        }
        boolean notNull = cd.constraints().stream().anyMatch(c -> c.type() == ConstraintType.NOT_NULL
                || c.type() == ConstraintType.PRIMARY_KEY);
        if (!notNull || have.notNull()) {
            return t;
        }
        List<Column> cols = new ArrayList<>(t.columns());
        cols.set(have.attnum() - 1, have.withNotNull(true));
        Table result = t.withColumns(cols);
        ctx.change(c -> c.withRelation(result));
        return result;
    }

    /** ALTER TABLE child INHERIT parent / NO INHERIT parent. */
    static void alter(CommandContext ctx, Table child, InheritTable cmd) {
        Table parent = Names.utilityTable(ctx.analysis(), cmd.parent());
        List<Long> parents = new ArrayList<>(child.partitioning() == null ? List.of()
                : child.partitioning().inhParents());
        if (child.isPartitioned() || child.isPartition()) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, child.isPartition()
                    ? "cannot change inheritance of a partition" : "cannot change inheritance of partitioned table");
        }
        PartitionLocks.lock(ctx, parent, LockMode.SHARE_UPDATE_EXCLUSIVE);
        if (cmd.remove()) {
            if (!parents.remove(parent.oid())) {
                throw new PgException(SqlState.UNDEFINED_TABLE, "relation \"" + parent.name()
                        + "\" is not a parent of relation \"" + child.name() + "\"");
            }
        } else {
            Ownership.checkRelation(ctx, parent);
            checkParent(ctx, child, parent);
            if (parent.oid() == child.oid() || InheritanceTree.descendants(ctx.catalog(), child).stream()
                    .anyMatch(d -> d.oid() == parent.oid())) {
                throw new PgException(SqlState.DUPLICATE_TABLE, "circular inheritance not allowed")
                        .withDetail("\"" + parent.name() + "\" is already a child of \"" + child.name() + "\".");
            }
            if (parents.contains(parent.oid())) {
                throw new PgException(SqlState.DUPLICATE_TABLE, "relation \"" + parent.name()
                        + "\" would be inherited from more than once");
            }
            for (Column c : parent.liveColumns()) {
                Column k = child.column(c.name());
                if (k == null) {
                    throw new PgException(SqlState.DATATYPE_MISMATCH, "child table is missing column \""
                            + c.name() + "\"");
                }
                if (!k.type().equals(c.type()) || k.typmod() != c.typmod()) {
                    throw new PgException(SqlState.DATATYPE_MISMATCH, "child table \"" + child.name()
                            + "\" has different type for column \"" + c.name() + "\"");
                }
                if (c.notNull() && !k.notNull()) {
                    throw new PgException(SqlState.DATATYPE_MISMATCH, "column \"" + c.name()
                            + "\" in child table must be marked NOT NULL");
                }
            }
            parents.add(parent.oid());
        }
        Partitioning p = child.partitioning() == null ? new Partitioning(null, 0, null, false) : child.partitioning();
        Table result = child.withPartitioning(p.withInhParents(parents));
        ctx.change(c -> c.withRelation(result));
    }

    private static void checkParent(CommandContext ctx, Table child, Table parent) {
        if (parent.isPartitioned()) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "cannot inherit from partitioned table \""
                    + parent.name() + "\"");
        }
        if (parent.isPartition()) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "cannot inherit from partition \""
                    + parent.name() + "\"");
        }
        if (parent.persistence() == 't' && child.persistence() != 't') {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "cannot inherit from temporary relation \""
                    + parent.name() + "\"");
        }
        if (parent.persistence() == 't' && parent.namespaceOid() != child.namespaceOid()) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE,
                    "cannot inherit from temporary relation of another session");
        }
    }

    private static int indexOf(List<Column> cols, String name) {
        for (int i = 0; i < cols.size(); i++) {
            if (cols.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The inheritance children DROP must take along with {@code t}: none when every one is
     * dropped anyway; otherwise an error unless CASCADE.
     */
    static List<Table> forDrop(CommandContext ctx, Table t, java.util.Set<Long> targets, boolean cascade) {
        List<Table> extra = new ArrayList<>();
        for (Table d : InheritanceTree.descendants(ctx.catalog(), t)) {
            if (!targets.contains(d.oid())) {
                extra.add(d);
            }
        }
        if (extra.isEmpty()) {
            return extra;
        }
        List<String> detail = new ArrayList<>();
        for (Table d : extra) {
            detail.add("table " + d.name() + " depends on table " + InheritanceTree.parents(ctx.catalog(), d).get(0).name());
        }
        if (!cascade) {
            throw new PgException(SqlState.DEPENDENT_OBJECTS_STILL_EXIST, "cannot drop table " + t.name()
                    + " because other objects depend on it").withDetail(String.join("\n", detail))
                    .withHint("Use DROP ... CASCADE to drop the dependent objects too.");
        }
        List<String> lines = new ArrayList<>();
        extra.forEach(d -> lines.add("table " + d.name()));
        ForeignKeyDeps.cascadeNotice(ctx, lines);
        return extra;
    }
}
