package dev.olifant.commands;

import dev.olifant.catalog.Catalog;
import dev.olifant.catalog.Column;
import dev.olifant.catalog.Constraint;
import dev.olifant.catalog.ConstraintKind;
import dev.olifant.catalog.Identity;
import dev.olifant.catalog.Index;
import dev.olifant.catalog.Namespace;
import dev.olifant.catalog.Sequence;
import dev.olifant.catalog.Table;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.sql.analyze.ExpressionAnalysis;
import dev.olifant.sql.analyze.TypeResolver;
import dev.olifant.sql.ast.ColumnDef;
import dev.olifant.sql.ast.ConstraintType;
import dev.olifant.sql.ast.Expr;
import dev.olifant.sql.ast.IdentityKind;
import dev.olifant.sql.ast.TypeName;
import dev.olifant.sql.parser.SqlPrinter;
import dev.olifant.storage.TableStorage;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds a table's definition from column definitions and constraints, for CREATE TABLE and
 * ALTER TABLE ADD COLUMN / ADD CONSTRAINT: types, defaults (validated by analysis), serial and
 * identity columns with their sequences, and the indexes behind PRIMARY KEY and UNIQUE.
 * Changes accumulate in {@link #catalog}; the caller publishes them.
 */
final class TableDefinition {
    final CommandContext ctx;
    Catalog catalog;
    final Namespace namespace;
    Table table;
    /** Indexes created by this definition, to be built over the table's rows. */
    final List<Index> newIndexes = new ArrayList<>();
    /** CHECK constraints added, to be validated over existing rows. */
    final List<Constraint> newChecks = new ArrayList<>();
    private final List<String> takenNames = new ArrayList<>();
    /** True for CREATE TABLE, whose errors point into the statement; ALTER TABLE's do not. */
    boolean creating;

    TableDefinition(CommandContext ctx, Catalog catalog, Namespace namespace, Table table) {
        this.ctx = ctx;
        this.catalog = catalog;
        this.namespace = namespace;
        this.table = table;
    }

    private static boolean isSerial(TypeName t) {
        if (t.names().size() != 1 || !t.arrayBounds().isEmpty()) {
            return false;
        }
        return switch (t.names().get(0)) {
            case "serial", "serial4", "bigserial", "serial8", "smallserial", "serial2" -> true;
            default -> false;
        };
    }

    private static PgType serialType(TypeName t) {
        return switch (t.names().get(0)) {
            case "bigserial", "serial8" -> Types.INT8;
            case "smallserial", "serial2" -> Types.INT2;
            default -> Types.INT4;
        };
    }

    /** Adds a column (with its column constraints) at the next attribute number. */
    void addColumn(ColumnDef def) {
        if (table.column(def.name()) != null) {
            throw new PgException(SqlState.DUPLICATE_COLUMN, "column \"" + def.name() + "\" specified more than once");
        }
        if (def.collation() != null) {
            String coll = def.collation().last();
            if (!List.of("default", "C", "POSIX", "C.UTF-8", "ucs_basic").contains(coll)) {
                throw new PgException(SqlState.UNDEFINED_OBJECT, "collation \"" + coll
                        + "\" for encoding \"UTF8\" does not exist").withPosition(def.location() + 1);
            }
        }
        boolean serial = isSerial(def.type());
        PgType type;
        int typmod;
        if (serial) {
            type = serialType(def.type());
            typmod = -1;
        } else {
            TypeResolver.TypeRef ref = TypeResolver.resolve(def.type());
            type = ref.type();
            typmod = ref.typmod();
        }
        int attnum = table.columns().size() + 1;
        Column col = new Column(def.name(), attnum, type, typmod, false, null, null, Identity.NONE, 0, false);
        List<Column> cols = new ArrayList<>(table.columns());
        cols.add(col);
        table = table.withColumns(cols);
        if (serial) {
            Sequence seq = newSequence(def.name(), type);
            col = col.withNotNull(true).withDefault("nextval('" + qualifiedSequenceName(seq) + "'::regclass)");
            replaceColumn(col);
        }
        boolean explicitNull = false;
        for (dev.olifant.sql.ast.Constraint c : def.constraints()) {
            switch (c.type()) {
                case NOT_NULL -> {
                    if (explicitNull) {
                        throw conflictingNull(def);
                    }
                    col = col.withNotNull(true);
                    replaceColumn(col);
                }
                case NULL -> {
                    if (col.notNull() && !serial) {
                        throw conflictingNull(def);
                    }
                    explicitNull = true;
                }
                case DEFAULT -> {
                    if (col.defaultExpr() != null) {
                        throw new PgException(SqlState.SYNTAX_ERROR, "multiple default values specified for column \""
                                + def.name() + "\" of table \"" + table.name() + "\"").withPosition(c.location() + 1);
                    }
                    col = col.withDefault(validatedDefault(col, c.expr()));
                    replaceColumn(col);
                }
                case IDENTITY -> {
                    if (col.identity() != Identity.NONE || col.defaultExpr() != null) {
                        throw new PgException(SqlState.SYNTAX_ERROR, "both default and identity specified for column \""
                                + def.name() + "\" of table \"" + table.name() + "\"").withPosition(c.location() + 1);
                    }
                    if (type != Types.INT2 && type != Types.INT4 && type != Types.INT8) {
                        throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "identity column type must be smallint, integer, or bigint");
                    }
                    Sequence seq = newSequence(def.name(), type);
                    seq = SequenceCommands.applyOptions(seq, c.sequenceOptions(), true);
                    catalog = catalog.withRelation(seq);
                    col = col.withNotNull(true).withIdentity(c.identity() == IdentityKind.ALWAYS ? Identity.ALWAYS
                            : Identity.BY_DEFAULT, seq.oid());
                    replaceColumn(col);
                }
                case GENERATED -> throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                        "generated columns are not supported yet").withPosition(c.location() + 1);
                case FOREIGN_KEY -> throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                        "FOREIGN KEY constraints are not supported yet").withPosition(c.location() + 1);
                case CHECK, PRIMARY_KEY, UNIQUE -> addConstraint(c, List.of(def.name()));
            }
        }
    }

    private PgException conflictingNull(ColumnDef def) {
        return new PgException(SqlState.SYNTAX_ERROR, "conflicting NULL/NOT NULL declarations for column \""
                + def.name() + "\" of table \"" + table.name() + "\"").withPosition(def.location() + 1);
    }

    private String validatedDefault(Column col, Expr e) {
        ExpressionAnalysis.defaultFor(ctx.analysisFor().apply(catalog), col, e);
        return SqlPrinter.print(e);
    }

    void replaceColumn(Column c) {
        List<Column> cols = new ArrayList<>(table.columns());
        cols.set(c.attnum() - 1, c);
        table = table.withColumns(cols);
    }

    private Sequence newSequence(String column, PgType type) {
        String name = DdlNames.relationName(catalog, namespace.oid(), table.name(), column, "seq", takenNames);
        takenNames.add(name);
        Sequence seq = SequenceCommands.defaults(ctx.newOid(), name, namespace.oid(), table.ownerOid(),
                table.persistence(), type).withOwnedBy(table.oid(), table.columns().size());
        catalog = catalog.withRelation(seq);
        return seq;
    }

    private String qualifiedSequenceName(Sequence seq) {
        return SqlPrinter.quoteIdentifier(namespace.name()) + "." + SqlPrinter.quoteIdentifier(seq.name());
    }

    /** Adds a table constraint; {@code columnOf} names the column of a column constraint, else empty. */
    void addConstraint(dev.olifant.sql.ast.Constraint c, List<String> columnOf) {
        List<String> colNames = c.columns().isEmpty() ? columnOf : c.columns();
        switch (c.type()) {
            case CHECK -> {
                String suffix = columnOf.isEmpty() ? null : columnOf.get(0);
                String name = c.name() != null ? c.name() : DdlNames.constraintName(table, List.of(), suffix, "check");
                ensureConstraintNameFree(name);
                ExpressionAnalysis.checkOver(ctx.analysisFor().apply(catalog), table, c.expr());
                Constraint con = new Constraint(ctx.newOid(), name, ConstraintKind.CHECK, List.of(), 0,
                        SqlPrinter.print(c.expr()), null, false, false);
                addTableConstraint(con);
                newChecks.add(con);
            }
            case PRIMARY_KEY, UNIQUE -> keyConstraint(c, colNames);
            case FOREIGN_KEY -> throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "FOREIGN KEY constraints are not supported yet").withPosition(c.location() + 1);
            default -> throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "constraint " + c.type()
                    + " is not supported here").withPosition(c.location() + 1);
        }
    }

    private void ensureConstraintNameFree(String name) {
        for (Constraint existing : table.constraints()) {
            if (existing.name().equals(name)) {
                throw new PgException(SqlState.DUPLICATE_OBJECT, "constraint \"" + name + "\" for relation \""
                        + table.name() + "\" already exists");
            }
        }
    }

    private void addTableConstraint(Constraint con) {
        List<Constraint> cons = new ArrayList<>(table.constraints());
        cons.add(con);
        table = table.withConstraints(cons);
    }

    private void keyConstraint(dev.olifant.sql.ast.Constraint c, List<String> colNames) {
        boolean primary = c.type() == ConstraintType.PRIMARY_KEY;
        if (!c.include().isEmpty() || c.nullsNotDistinct()) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "INCLUDE and NULLS NOT DISTINCT are not supported yet")
                    .withPosition(c.location() + 1);
        }
        if (primary && table.primaryKey() != null) {
            PgException e = new PgException(SqlState.INVALID_TABLE_DEFINITION, "multiple primary keys for table \""
                    + table.name() + "\" are not allowed");
            throw creating ? e.withPosition(c.location() + 1) : e;
        }
        List<Integer> attnums = new ArrayList<>();
        for (String n : colNames) {
            Column col = table.column(n);
            if (col == null) {
                throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"" + n + "\" named in key does not exist")
                        .withPosition(c.location() + 1);
            }
            if (attnums.contains(col.attnum())) {
                throw new PgException(SqlState.DUPLICATE_COLUMN, "column \"" + n + "\" appears twice in "
                        + (primary ? "primary key" : "unique") + " constraint").withPosition(c.location() + 1);
            }
            attnums.add(col.attnum());
            if (primary && !col.notNull()) {
                replaceColumn(col.withNotNull(true));
            }
        }
        String name = c.name();
        if (name == null) {
            name = primary ? DdlNames.relationName(catalog, namespace.oid(), table.name(), null, "pkey", takenNames)
                    : DdlNames.relationName(catalog, namespace.oid(), table.name(), String.join("_", colNames), "key",
                            takenNames);
        } else if (catalog.relation(namespace.oid(), name) != null || takenNames.contains(name)) {
            throw new PgException(SqlState.DUPLICATE_TABLE, "relation \"" + name + "\" already exists");
        }
        ensureConstraintNameFree(name);
        takenNames.add(name);
        List<Boolean> falses = new ArrayList<>();
        attnums.forEach(a -> falses.add(false));
        Index idx = new Index(ctx.newOid(), name, namespace.oid(), table.ownerOid(), table.oid(), attnums, List.of(),
                falses, falses, true, primary, null);
        catalog = catalog.withRelation(idx);
        List<Long> indexOids = new ArrayList<>(table.indexOids());
        indexOids.add(idx.oid());
        table = table.withIndexOids(indexOids);
        addTableConstraint(new Constraint(ctx.newOid(), name, primary ? ConstraintKind.PRIMARY_KEY : ConstraintKind.UNIQUE,
                attnums, idx.oid(), null, null, c.deferrable(), c.initiallyDeferred()));
        newIndexes.add(idx);
    }

    /** A new, empty table record. */
    static Table emptyTable(long oid, String name, Namespace ns, long owner, char persistence) {
        return new Table(oid, name, ns.oid(), owner, persistence, List.of(), List.of(), List.of(), new TableStorage());
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
