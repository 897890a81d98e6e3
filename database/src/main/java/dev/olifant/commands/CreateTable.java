package dev.olifant.commands;

import dev.olifant.catalog.Column;
import dev.olifant.catalog.Identity;
import dev.olifant.catalog.Namespace;
import dev.olifant.catalog.Relation;
import dev.olifant.catalog.Sequence;
import dev.olifant.catalog.Table;
import dev.olifant.error.PgException;
import dev.olifant.error.Severity;
import dev.olifant.error.SqlState;
import dev.olifant.sql.analyze.AnalysisContext;
import dev.olifant.sql.analyze.ExpressionAnalysis;
import dev.olifant.sql.analyze.Names;
import dev.olifant.sql.analyze.TypeResolver;
import dev.olifant.sql.ast.ColumnDef;
import dev.olifant.sql.ast.Constraint;
import dev.olifant.sql.ast.ConstraintType;
import dev.olifant.sql.ast.CreateTableStmt;
import dev.olifant.sql.ast.Persistence;
import dev.olifant.sql.ast.TableElement;
import dev.olifant.storage.SequenceData;
import dev.olifant.storage.TableStorage;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** CREATE TABLE: columns (serial and identity ones with their sequences), defaults and constraints. */
final class CreateTable {
    private static final Map<String, PgType> SERIALS = Map.of("serial", Types.INT4, "serial4", Types.INT4,
            "bigserial", Types.INT8, "serial8", Types.INT8, "smallserial", Types.INT2, "serial2", Types.INT2);

    private CreateTable() {
    }

    static String execute(CreateTableStmt s, String sql, CommandContext ctx) {
        AnalysisContext a = ctx.analysis();
        Namespace ns = TempTables.namespace(ctx, s);
        String name = s.name().last();
        if (ctx.catalog().relation(ns.oid(), name) != null) {
            if (s.ifNotExists()) {
                ctx.notice(notice(SqlState.DUPLICATE_TABLE, "relation \"" + name + "\" already exists, skipping"));
                return "CREATE TABLE";
            }
            throw new PgException(SqlState.DUPLICATE_TABLE, "relation \"" + name + "\" already exists");
        }
        if (s.partitionOf() != null) {
            return Partitions.createPartitionOf(s, sql, ctx, ns);
        }
        long oid = ctx.newOid();
        Table table = new Table(oid, name, ns.oid(), ctx.userOid(), TempSchema.isTemp(ns) ? 't' : s.persistence() == Persistence.UNLOGGED ? 'u' : 'p',
                List.of(), List.of(), List.of(), new TableStorage());
        Set<String> seen = new HashSet<>();
        for (TableElement e : s.elements()) {
            if (e instanceof ColumnDef cd && !seen.add(cd.name())) {
                throw new PgException(SqlState.DUPLICATE_COLUMN, "column \"" + cd.name() + "\" specified more than once");
            }
        }
        ctx.change(c -> c.withRelation(table));
        TempTables.onCommit(ctx, s, oid);
        Table t = Inheritance.inherit(ctx, table, s.inherits(), s.elements());
        List<Constraint> deferred = new ArrayList<>();
        List<String> deferredColumn = new ArrayList<>();
        for (TableElement e : s.elements()) {
            if (e instanceof ColumnDef cd && t.column(cd.name()) != null) {
                t = Inheritance.mergeLocal(ctx, t, cd, s.elements());
            } else if (e instanceof ColumnDef cd) {
                t = addColumn(ctx, sql, t, cd, deferred, deferredColumn);
            } else if (e instanceof Constraint c) {
                deferred.add(c);
                deferredColumn.add(null);
            } else {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "LIKE in CREATE TABLE is not supported yet");
            }
        }
        if (s.partitionBy() != null) {
            t = Partitions.setKey(ctx, t, s.partitionBy());
        }
        Set<String> checkNames = new HashSet<>();
        for (Constraint c : deferred) {
            if (c.type() == ConstraintType.CHECK && c.name() != null && !checkNames.add(c.name())) {
                throw new PgException(SqlState.DUPLICATE_OBJECT, "check constraint \"" + c.name()
                        + "\" already exists");
            }
        }
        // PRIMARY KEY first (its NOT NULL columns), then UNIQUE and CHECK, then FOREIGN KEY, as PostgreSQL orders them.
        for (int pass = 0; pass < 3; pass++) {
            for (int i = 0; i < deferred.size(); i++) {
                Constraint c = deferred.get(i);
                boolean pk = c.type() == ConstraintType.PRIMARY_KEY;
                boolean fk = c.type() == ConstraintType.FOREIGN_KEY;
                if (fk && pass == 2) {
                    t = ForeignKeyDefs.add(ctx, t, c, deferredColumn.get(i), true);
                } else if (!fk && pk == (pass == 0) && pass < 2) {
                    if (pk && t.primaryKey() != null) {
                        // in CREATE TABLE PostgreSQL points at the second PRIMARY KEY
                        throw new dev.olifant.error.PgException(dev.olifant.error.SqlState.INVALID_TABLE_DEFINITION,
                                "multiple primary keys for table \"" + t.name() + "\" are not allowed")
                                .withPosition(c.location() + 1);
                    }
                    t = TableConstraints.add(ctx, sql, t, c, deferredColumn.get(i));
                }
            }
        }
        return "CREATE TABLE";
    }

    static PgException notice(SqlState state, String message) {
        return new PgException(state, Severity.NOTICE, message, null, null, 0, null);
    }

    /** Adds one column (with its sequence for serial / identity) and records its constraints for later. */
    static Table addColumn(CommandContext ctx, String sql, Table t, ColumnDef cd, List<Constraint> deferred,
            List<String> deferredColumn) {
        List<String> tn = cd.type().names();
        PgType serialType = tn.size() == 1 && cd.type().arrayBounds().isEmpty() ? SERIALS.get(tn.get(0)) : null;
        PgType type;
        int typmod;
        if (serialType != null) {
            type = serialType;
            typmod = -1;
        } else {
            TypeResolver.TypeRef ref = TypeResolver.resolve(cd.type());
            type = ref.type();
            typmod = ref.typmod();
        }
        checkColumnType(cd.name(), type);
        int attnum = t.columns().size() + 1;
        boolean notNull = false;
        String defaultText = null;
        Constraint defaultCon = null;
        Identity identity = Identity.NONE;
        for (Constraint c : cd.constraints()) {
            switch (c.type()) {
                case NOT_NULL -> notNull = true;
                case NULL -> {
                }
                case DEFAULT -> {
                    defaultCon = c;
                    defaultText = SourceText.defaultExpr(sql, c.location());
                }
                case IDENTITY -> {
                    identity = c.identity() == dev.olifant.sql.ast.IdentityKind.ALWAYS ? Identity.ALWAYS
                            : Identity.BY_DEFAULT;
                    notNull = true;
                    if (!c.sequenceOptions().isEmpty()) {
                        throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                                "identity sequence options are not supported yet");
                    }
                }
                case GENERATED -> throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                        "generated columns are not supported yet");
                default -> {
                    deferred.add(c);
                    deferredColumn.add(c.type() == ConstraintType.CHECK ? null : cd.name());
                }
            }
        }
        long seqOid = 0;
        if (serialType != null || identity != Identity.NONE) {
            if (serialType != null && identity != Identity.NONE || serialType != null && defaultText != null) {
                throw new PgException(SqlState.SYNTAX_ERROR, "multiple default values specified for column \""
                        + cd.name() + "\" of table \"" + t.name() + "\"");
            }
            if (identity != Identity.NONE && type != Types.INT2 && type != Types.INT4 && type != Types.INT8) {
                throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "identity column type must be smallint, integer, or bigint");
            }
            Sequence seq = newSequence(ctx, t.namespaceOid(), Indexes.chooseRelationName(ctx.catalog(),
                    t.namespaceOid(), t.name(), cd.name(), "seq", Set.of()), type, t.oid(), attnum);
            ctx.change(c -> c.withRelation(seq));
            seqOid = seq.oid();
            if (serialType != null) {
                notNull = true;
                String nsName = ctx.catalog().namespace(t.namespaceOid()).name();
                String seqRef = nsName.equals("public") || ctx.analysis().searchPath().contains(t.namespaceOid())
                        ? dev.olifant.sql.parser.SqlPrinter.quoteIdentifier(seq.name())
                        : dev.olifant.sql.parser.SqlPrinter.quoteIdentifier(nsName) + "."
                                + dev.olifant.sql.parser.SqlPrinter.quoteIdentifier(seq.name());
                defaultText = "nextval('" + seqRef.replace("'", "''") + "'::regclass)";
            }
        }
        Column col = new Column(cd.name(), attnum, type, typmod, notNull, defaultText, null, identity, seqOid, false);
        if (defaultCon != null) {
            ExpressionAnalysis.defaultFor(ctx.analysis(), col, defaultCon.expr());
        }
        List<Column> cols = new ArrayList<>(t.columns());
        cols.add(col);
        Table result = t.withColumns(cols);
        ctx.change(c -> c.withRelation(result));
        return result;
    }

    static Sequence newSequence(CommandContext ctx, long namespaceOid, String name, PgType type, long ownedTable,
            int ownedColumn) {
        long max = type == Types.INT2 ? Short.MAX_VALUE : type == Types.INT4 ? Integer.MAX_VALUE : Long.MAX_VALUE;
        char persistence = TempSchema.isTemp(ctx.catalog().namespace(namespaceOid)) ? 't' : 'p';
        return new Sequence(ctx.newOid(), name, namespaceOid, ctx.userOid(), persistence, type, 1, 1, 1, max, 1, false,
                ownedTable, ownedColumn, new SequenceData(1));
    }

    static boolean exists(CommandContext ctx, long ns, String name) {
        Relation r = ctx.catalog().relation(ns, name);
        return r != null;
    }

    /** CheckAttributeType: a column cannot be of a pseudo-type (record, void, any…). */
    static void checkColumnType(String column, PgType type) {
        if (type.category() == 'P') {
            throw new dev.olifant.error.PgException(dev.olifant.error.SqlState.INVALID_TABLE_DEFINITION, "column \""
                    + column + "\" has pseudo-type " + type.name());
        }
    }
}
