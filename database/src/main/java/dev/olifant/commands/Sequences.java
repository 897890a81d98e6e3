package dev.olifant.commands;

import dev.olifant.catalog.Column;
import dev.olifant.catalog.Namespace;
import dev.olifant.catalog.Sequence;
import dev.olifant.catalog.Table;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.sql.analyze.Names;
import dev.olifant.sql.analyze.TypeResolver;
import dev.olifant.sql.ast.CreateSequenceStmt;
import dev.olifant.sql.ast.Persistence;
import dev.olifant.sql.ast.QualifiedName;
import dev.olifant.sql.ast.SequenceOption;
import dev.olifant.sql.ast.SequenceOptionKind;
import dev.olifant.storage.SequenceData;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** CREATE SEQUENCE with PostgreSQL's option defaults and validation (sequence.c's init_params). */
final class Sequences {
    private Sequences() {
    }

    static String create(CreateSequenceStmt s, CommandContext ctx) {
        if (s.persistence() == Persistence.TEMPORARY) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "temporary sequences are not supported yet");
        }
        Namespace ns = Names.creationNamespace(ctx.analysis(), s.name(), false);
        String name = s.name().last();
        if (ctx.catalog().relation(ns.oid(), name) != null) {
            if (s.ifNotExists()) {
                ctx.notice(CreateTable.notice(SqlState.DUPLICATE_TABLE, "relation \"" + name
                        + "\" already exists, skipping"));
                return "CREATE SEQUENCE";
            }
            throw new PgException(SqlState.DUPLICATE_TABLE, "relation \"" + name + "\" already exists");
        }
        long oid = ctx.newOid();
        Sequence seq = build(ctx, oid, name, ns.oid(), s.persistence() == Persistence.UNLOGGED ? 'u' : 'p',
                s.options());
        ctx.change(c -> c.withRelation(seq));
        return "CREATE SEQUENCE";
    }

    private static String typeName(PgType t) {
        return t == Types.INT2 ? "smallint" : t == Types.INT4 ? "integer" : "bigint";
    }

    private static long parse(SequenceOption o) {
        try {
            return Long.parseLong(o.value());
        } catch (NumberFormatException e) {
            throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "value \"" + o.value()
                    + "\" is out of range for type bigint");
        }
    }

    static Sequence build(CommandContext ctx, long oid, String name, long namespaceOid, char persistence,
            List<SequenceOption> options) {
        return build(ctx, oid, name, namespaceOid, persistence, options, null);
    }

    /** ALTER SEQUENCE: the options applied over the sequence's current definition. */
    static String alter(dev.olifant.sql.ast.AlterSequenceStmt s, CommandContext ctx) {
        dev.olifant.catalog.Relation r = Names.findRelation(ctx.analysis(), s.name());
        if (r == null) {
            if (s.ifExists()) {
                ctx.notice(CreateTable.notice(SqlState.SUCCESSFUL_COMPLETION, "relation \"" + s.name()
                        + "\" does not exist, skipping"));
                return "ALTER SEQUENCE";
            }
            Names.relation(ctx.analysis(), s.name());
        }
        Ownership.checkRelation(ctx, r);
        if (!(r instanceof Sequence old)) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "\"" + r.name() + "\" is not a sequence");
        }
        Sequence seq = build(ctx, old.oid(), old.name(), old.namespaceOid(), old.persistence(), s.options(), old);
        for (SequenceOption o : s.options()) {
            if (o.kind() == SequenceOptionKind.RESTART) {
                long v = o.value() == null ? seq.start() : parse(o);
                if (v < seq.min()) {
                    throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "RESTART value (" + v
                            + ") cannot be less than MINVALUE (" + seq.min() + ")");
                }
                if (v > seq.max()) {
                    throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "RESTART value (" + v
                            + ") cannot be greater than MAXVALUE (" + seq.max() + ")");
                }
                seq.data().set(v, false);
            }
        }
        ctx.change(c -> c.withRelation(seq));
        return "ALTER SEQUENCE";
    }

    private static Sequence build(CommandContext ctx, long oid, String name, long namespaceOid, char persistence,
            List<SequenceOption> options, Sequence base) {
        Set<SequenceOptionKind> seen = EnumSet.noneOf(SequenceOptionKind.class);
        PgType type = base == null ? Types.INT8 : base.type();
        Long increment = base == null ? null : base.increment();
        Long min = null;
        Long max = null;
        Long start = base == null ? null : base.start();
        long cache = base == null ? 1 : base.cache();
        boolean cycle = base != null && base.cycle();
        QualifiedName ownedBy = null;
        boolean ownedSeen = false;
        boolean noMin = false;
        boolean noMax = false;
        for (SequenceOption o : options) {
            SequenceOptionKind k = switch (o.kind()) {
                case NO_MINVALUE -> SequenceOptionKind.MINVALUE;
                case NO_MAXVALUE -> SequenceOptionKind.MAXVALUE;
                case NO_CYCLE -> SequenceOptionKind.CYCLE;
                default -> o.kind();
            };
            if (!seen.add(k)) {
                throw new PgException(SqlState.SYNTAX_ERROR, "conflicting or redundant options")
                        .withPosition(o.location() + 1);
            }
            switch (o.kind()) {
                case AS -> {
                    type = TypeResolver.resolve(o.type()).type();
                    if (type != Types.INT2 && type != Types.INT4 && type != Types.INT8) {
                        throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                                "sequence type must be smallint, integer, or bigint");
                    }
                }
                case INCREMENT -> increment = parse(o);
                case MINVALUE -> min = parse(o);
                case MAXVALUE -> max = parse(o);
                case START -> start = parse(o);
                case CACHE -> cache = parse(o);
                case CYCLE -> cycle = true;
                case NO_CYCLE -> cycle = false;
                case NO_MINVALUE -> noMin = true;
                case NO_MAXVALUE -> noMax = true;
                case OWNED_BY -> {
                    ownedBy = o.name();
                    ownedSeen = true;
                }
                case RESTART -> {
                }
                case SEQUENCE_NAME -> throw new PgException(SqlState.SYNTAX_ERROR, "invalid sequence option SEQUENCE NAME");
            }
        }
        long inc = increment == null ? 1 : increment;
        if (inc == 0) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "INCREMENT must not be zero");
        }
        long typeMax = type == Types.INT2 ? Short.MAX_VALUE : type == Types.INT4 ? Integer.MAX_VALUE : Long.MAX_VALUE;
        long typeMin = type == Types.INT2 ? Short.MIN_VALUE : type == Types.INT4 ? Integer.MIN_VALUE : Long.MIN_VALUE;
        if (base != null) {
            long oldTypeMax = base.type() == Types.INT2 ? Short.MAX_VALUE
                    : base.type() == Types.INT4 ? Integer.MAX_VALUE : Long.MAX_VALUE;
            long oldTypeMin = base.type() == Types.INT2 ? Short.MIN_VALUE
                    : base.type() == Types.INT4 ? Integer.MIN_VALUE : Long.MIN_VALUE;
            if (max == null && !noMax && !(base.type() != type && base.max() == oldTypeMax)) {
                max = base.max();
            }
            if (min == null && !noMin && !(base.type() != type && base.min() == oldTypeMin)) {
                min = base.min();
            }
        }
        long mx = max != null ? max : inc > 0 ? typeMax : -1;
        long mn = min != null ? min : inc > 0 ? 1 : typeMin;
        if (mx < typeMin || mx > typeMax) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "MAXVALUE (" + mx
                    + ") is out of range for sequence data type " + typeName(type));
        }
        if (mn < typeMin || mn > typeMax) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "MINVALUE (" + mn
                    + ") is out of range for sequence data type " + typeName(type));
        }
        if (mn >= mx) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "MINVALUE (" + mn
                    + ") must be less than MAXVALUE (" + mx + ")");
        }
        long st = start != null ? start : inc > 0 ? mn : mx;
        if (st < mn) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "START value (" + st
                    + ") cannot be less than MINVALUE (" + mn + ")");
        }
        if (st > mx) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "START value (" + st
                    + ") cannot be greater than MAXVALUE (" + mx + ")");
        }
        if (cache <= 0) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "CACHE (" + cache
                    + ") must be greater than zero");
        }
        long ownedTable = base == null || ownedSeen ? 0 : base.ownedByTable();
        int ownedColumn = base == null || ownedSeen ? 0 : base.ownedByColumn();
        if (ownedSeen && ownedBy != null) {
            List<String> parts = ownedBy.parts();
            if (parts.size() < 2) {
                throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "invalid OWNED BY option")
                        .withHint("Specify OWNED BY table.column or OWNED BY NONE.");
            }
            QualifiedName tn = new QualifiedName(parts.subList(0, parts.size() - 1), ownedBy.location());
            Table t = Names.table(ctx.analysis(), tn);
            if (t.namespaceOid() != namespaceOid) {
                throw new PgException(SqlState.OBJECT_NOT_IN_PREREQUISITE_STATE,
                        "sequence must be in same schema as table it is linked to");
            }
            Column c = t.column(parts.get(parts.size() - 1));
            if (c == null) {
                throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"" + parts.get(parts.size() - 1)
                        + "\" of relation \"" + t.name() + "\" does not exist");
            }
            ownedTable = t.oid();
            ownedColumn = c.attnum();
        }
        return new Sequence(oid, name, namespaceOid, base == null ? ctx.userOid() : base.ownerOid(), persistence, type,
                st, inc, mn, mx, cache, cycle, ownedTable, ownedColumn, base == null ? new SequenceData(st) : base.data());
    }
}
