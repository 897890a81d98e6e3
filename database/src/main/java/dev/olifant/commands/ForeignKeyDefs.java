package dev.olifant.commands;

import dev.olifant.catalog.Catalog;
import dev.olifant.catalog.Column;
import dev.olifant.catalog.Constraint;
import dev.olifant.catalog.ConstraintKind;
import dev.olifant.catalog.ForeignKeyAction;
import dev.olifant.catalog.Index;
import dev.olifant.catalog.Relation;
import dev.olifant.catalog.Table;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.exec.dml.ForeignKeyInfo;
import dev.olifant.exec.TableLocks;
import dev.olifant.exec.dml.ForeignKeys;
import dev.olifant.lock.LockMode;
import dev.olifant.sql.analyze.Names;
import dev.olifant.sql.ast.ForeignKeyMatch;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;
import dev.olifant.types.func.TypeNames;
import dev.olifant.types.Casts;
import dev.olifant.types.CoercionContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Adding FOREIGN KEY constraints (CREATE TABLE, ALTER TABLE ADD CONSTRAINT) and validating them:
 * the referenced table and columns resolved and checked as PostgreSQL's ATAddForeignKeyConstraint
 * does (a unique index on exactly the referenced columns, comparable types, matching persistence),
 * the name chosen as ChooseConstraintName does, and existing rows checked unless NOT VALID.
 */
final class ForeignKeyDefs {
    private ForeignKeyDefs() {
    }

    static Table add(CommandContext ctx, Table table, dev.olifant.sql.ast.Constraint c, String columnName,
            boolean newTable) {
        Catalog cat = ctx.catalog();
        Relation r = Names.findRelation(ctx.analysis(), c.refTable());
        if (r == null) {
            throw new PgException(SqlState.UNDEFINED_TABLE, "relation \"" + c.refTable() + "\" does not exist");
        }
        if (!(r instanceof Table found)) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "referenced relation \"" + r.name()
                    + "\" is not a table");
        }
        Table ref = found.oid() == table.oid() ? table : found;
        checkPersistence(table, ref);
        if (c.match() == ForeignKeyMatch.PARTIAL) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "MATCH PARTIAL not yet implemented");
        }
        List<Integer> fkCols = attnums(table, columnName != null ? List.of(columnName) : c.columns());
        List<Integer> pkCols;
        if (c.refColumns().isEmpty()) {
            Constraint pk = ref.primaryKey();
            if (pk == null) {
                throw new PgException(SqlState.UNDEFINED_OBJECT, "there is no primary key for referenced table \""
                        + ref.name() + "\"");
            }
            pkCols = pk.columns();
        } else {
            pkCols = attnums(ref, c.refColumns());
        }
        if (fkCols.size() != pkCols.size()) {
            throw new PgException(SqlState.INVALID_FOREIGN_KEY,
                    "number of referencing and referenced columns for foreign key disagree");
        }
        Index index = ForeignKeyInfo.uniqueIndexOn(cat, ref, pkCols);
        if (index == null || new HashSet<>(pkCols).size() != pkCols.size()) {
            throw new PgException(SqlState.INVALID_FOREIGN_KEY,
                    "there is no unique constraint matching given keys for referenced table \"" + ref.name() + "\"");
        }
        // checkFkeyPermissions: referencing a table needs REFERENCES on it
        Grants.check(ctx, ref, dev.olifant.catalog.Acl.Privilege.REFERENCES);
        String name = chooseName(ctx, table, c.name(), fkCols);
        for (int i = 0; i < fkCols.size(); i++) {
            PgType ft = table.column(fkCols.get(i)).type();
            PgType pt = ref.column(pkCols.get(i)).type();
            if (!comparable(ft, pt)) {
                throw new PgException(SqlState.DATATYPE_MISMATCH, "foreign key constraint \"" + name
                        + "\" cannot be implemented").withDetail("Key columns \"" + table.column(fkCols.get(i)).name()
                                + "\" and \"" + ref.column(pkCols.get(i)).name() + "\" are of incompatible types: "
                                + TypeNames.format(ft) + " and " + TypeNames.format(pt) + ".");
            }
        }
        List<Integer> setCols = new ArrayList<>();
        for (String n : c.deleteSetColumns()) {
            Column col = table.column(n);
            if (col == null) {
                throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"" + n
                        + "\" referenced in foreign key constraint does not exist");
            }
            if (!fkCols.contains(col.attnum())) {
                throw new PgException(SqlState.INVALID_COLUMN_REFERENCE, "column \"" + n
                        + "\" referenced in ON DELETE SET action must be part of foreign key");
            }
            setCols.add(col.attnum());
        }
        boolean deferrable = c.deferrable() || c.initiallyDeferred();
        Constraint con = new Constraint(ctx.newOid(), name, ConstraintKind.FOREIGN_KEY, List.copyOf(fkCols), 0,
                null, new Constraint.ForeignKey(ref.oid(), List.copyOf(pkCols), action(c.onUpdate()),
                        action(c.onDelete()), c.match() == ForeignKeyMatch.FULL ? 'f' : 's', setCols),
                deferrable, c.initiallyDeferred(), newTable || !c.notValid());
        List<Constraint> cons = new ArrayList<>(table.constraints());
        cons.add(con);
        Table result = table.withConstraints(cons);
        ctx.change(k -> k.withRelation(result));
        if (!newTable && con.validated()) {
            validateRows(ctx, result, con);
        }
        return result;
    }

    /** ALTER TABLE … VALIDATE CONSTRAINT. */
    static void validate(CommandContext ctx, Table table, String name) {
        Constraint found = null;
        for (Constraint k : table.constraints()) {
            if (k.name().equals(name)) {
                found = k;
            }
        }
        if (found == null) {
            throw new PgException(SqlState.UNDEFINED_OBJECT, "constraint \"" + name + "\" of relation \""
                    + table.name() + "\" does not exist");
        }
        if (found.kind() != ConstraintKind.FOREIGN_KEY && found.kind() != ConstraintKind.CHECK) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "constraint \"" + name + "\" of relation \""
                    + table.name() + "\" is not a foreign key or check constraint");
        }
        if (found.validated()) {
            return;
        }
        if (found.kind() == ConstraintKind.FOREIGN_KEY) {
            // ATExecValidateConstraint keeps the referenced table's rows from being changed meanwhile
            Relation ref = ctx.catalog().relation(found.foreignKey().referencedTableOid());
            if (ref != null) {
                TableLocks.lock(ctx.exec(), ref.oid(), LockMode.ROW_SHARE, false, ref::name);
            }
            validateRows(ctx, table, found);
        } else {
            TableConstraints.validateCheck(ctx, table, found);
        }
        List<Constraint> cons = new ArrayList<>();
        for (Constraint k : table.constraints()) {
            cons.add(k == found ? k.withValidated(true) : k);
        }
        Table result = table.withConstraints(cons);
        ctx.change(k -> k.withRelation(result));
    }

    static void validateRows(CommandContext ctx, Table table, Constraint con) {
        Catalog cat = ctx.catalog();
        if (table.isPartitioned()) {
            // the rows are in the leaves, each with the key as it applies to that leaf
            for (Table leaf : dev.olifant.catalog.PartitionTree.leaves(cat, table)) {
                for (ForeignKeyInfo info : ForeignKeyInfo.outgoing(cat, leaf.oid())) {
                    if (info.constraint().oid() == con.oid()) {
                        TableConstraints.forEachVisibleRow(ctx, leaf,
                                row -> ForeignKeys.validateRow(ctx.exec(), cat, info, row));
                    }
                }
            }
            return;
        }
        ForeignKeyInfo info = ForeignKeyInfo.byConstraint(cat, con.oid());
        if (info == null) {
            return;
        }
        TableConstraints.forEachVisibleRow(ctx, table, row -> ForeignKeys.validateRow(ctx.exec(), cat, info, row));
    }

    private static ForeignKeyAction action(dev.olifant.sql.ast.ForeignKeyAction a) {
        return ForeignKeyAction.valueOf(a.name());
    }

    private static void checkPersistence(Table table, Table ref) {
        String msg = switch (table.persistence()) {
            case 'p' -> ref.persistence() == 'p' ? null
                    : "constraints on permanent tables may reference only permanent tables";
            case 'u' -> ref.persistence() != 't' ? null
                    : "constraints on unlogged tables may reference only permanent or unlogged tables";
            default -> ref.persistence() == 't' ? null
                    : "constraints on temporary tables may reference only temporary tables";
        };
        if (msg != null) {
            throw new PgException(SqlState.INVALID_TABLE_DEFINITION, msg);
        }
    }

    private static List<Integer> attnums(Table t, List<String> names) {
        List<Integer> out = new ArrayList<>();
        for (String n : names) {
            Column col = t.column(n);
            if (col == null) {
                throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"" + n
                        + "\" referenced in foreign key constraint does not exist");
            }
            out.add(col.attnum());
        }
        return out;
    }

    /**
     * Whether the referenced key's equality operator takes the referencing type: the same type, one
     * of the same btree family (integers, floats, date and timestamps), or one that casts to it implicitly.
     */
    private static boolean comparable(PgType fk, PgType pk) {
        if (fk.equals(pk) || family(fk) != 0 && family(fk) == family(pk)) {
            return true;
        }
        return Casts.find(fk, pk, CoercionContext.IMPLICIT) != null && fk.category() == pk.category();
    }

    private static int family(PgType t) {
        if (t.equals(Types.INT2) || t.equals(Types.INT4) || t.equals(Types.INT8)) {
            return 1;
        }
        if (t.equals(Types.FLOAT4) || t.equals(Types.FLOAT8)) {
            return 2;
        }
        if (t.equals(Types.DATE) || t.equals(Types.TIMESTAMP) || t.equals(Types.TIMESTAMPTZ)) {
            return 3;
        }
        if (t.equals(Types.TEXT) || t.equals(Types.VARCHAR) || t.equals(Types.BPCHAR)) {
            return 4;
        }
        return 0;
    }

    /** An explicit name must be new on the table; a chosen one is new in the schema (ChooseConstraintName). */
    private static String chooseName(CommandContext ctx, Table table, String given, List<Integer> fkCols) {
        if (given != null) {
            for (Constraint k : table.constraints()) {
                if (k.name().equals(given)) {
                    throw new PgException(SqlState.DUPLICATE_OBJECT, "constraint \"" + given
                            + "\" for relation \"" + table.name() + "\" already exists");
                }
            }
            return given;
        }
        Set<String> taken = new HashSet<>();
        for (Relation r : ctx.catalog().relations()) {
            if (r instanceof Table t && t.namespaceOid() == table.namespaceOid()) {
                for (Constraint k : t.constraints()) {
                    taken.add(k.name());
                }
            }
        }
        for (Constraint k : table.constraints()) {
            taken.add(k.name());
        }
        List<String> names = new ArrayList<>();
        for (int a : fkCols) {
            names.add(table.column(a).name());
        }
        String cols = String.join("_", names);
        String name = Indexes.makeObjectName(table.name(), cols, "fkey");
        for (int pass = 1; taken.contains(name); pass++) {
            name = Indexes.makeObjectName(table.name(), cols, "fkey" + pass);
        }
        return name;
    }
}
