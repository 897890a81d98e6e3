package dev.olifant.commands;

import dev.olifant.catalog.Catalog;
import dev.olifant.catalog.Column;
import dev.olifant.catalog.Namespace;
import dev.olifant.catalog.Relation;
import dev.olifant.catalog.Sequence;
import dev.olifant.catalog.Table;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.sql.analyze.Names;
import dev.olifant.sql.analyze.TypeResolver;
import dev.olifant.sql.ast.AlterSequenceStmt;
import dev.olifant.sql.ast.CreateSequenceStmt;
import dev.olifant.sql.ast.Persistence;
import dev.olifant.sql.ast.QualifiedName;
import dev.olifant.sql.ast.SequenceOption;
import dev.olifant.storage.SequenceData;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;
import java.util.List;

/** CREATE / ALTER SEQUENCE and the sequences behind serial and identity columns. */
final class SequenceCommands {
    private SequenceCommands() {
    }

    static long typeMax(PgType t) {
        return t == Types.INT2 ? Short.MAX_VALUE : t == Types.INT4 ? Integer.MAX_VALUE : Long.MAX_VALUE;
    }

    static long typeMin(PgType t) {
        return t == Types.INT2 ? Short.MIN_VALUE : t == Types.INT4 ? Integer.MIN_VALUE : Long.MIN_VALUE;
    }

    /** A sequence with PostgreSQL's defaults: 1, 2, 3, ... up to the type's maximum, no cycle. */
    static Sequence defaults(long oid, String name, long namespaceOid, long owner, char persistence, PgType type) {
        return new Sequence(oid, name, namespaceOid, owner, persistence, type, 1, 1, 1, typeMax(type), 1, false, 0, 0,
                new SequenceData(1));
    }

    /** Applies CREATE/ALTER SEQUENCE options with PostgreSQL's validation. */
    static Sequence applyOptions(Sequence s, List<SequenceOption> options, boolean creating) {
        PgType type = s.type();
        Long increment = null;
        Long min = null;
        Long max = null;
        boolean noMin = false;
        boolean noMax = false;
        Long start = null;
        Long restart = null;
        boolean restartDefault = false;
        long cache = s.cache();
        boolean cycle = s.cycle();
        for (SequenceOption o : options) {
            switch (o.kind()) {
                case AS -> {
                    type = TypeResolver.resolve(o.type()).type();
                    if (type != Types.INT2 && type != Types.INT4 && type != Types.INT8) {
                        throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                                "sequence type must be smallint, integer, or bigint");
                    }
                }
                case INCREMENT -> increment = number(o);
                case MINVALUE -> min = number(o);
                case NO_MINVALUE -> noMin = true;
                case MAXVALUE -> max = number(o);
                case NO_MAXVALUE -> noMax = true;
                case START -> start = number(o);
                case RESTART -> {
                    if (o.value() == null) {
                        restartDefault = true;
                    } else {
                        restart = number(o);
                    }
                }
                case CACHE -> {
                    cache = number(o);
                    if (cache <= 0) {
                        throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "CACHE (" + cache
                                + ") must be greater than zero");
                    }
                }
                case CYCLE -> cycle = true;
                case NO_CYCLE -> cycle = false;
                case OWNED_BY, SEQUENCE_NAME -> {
                }
            }
        }
        long inc = increment != null ? increment : s.increment();
        if (inc == 0) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "INCREMENT must not be zero");
        }
        boolean typeChanged = type != s.type();
        long mx = max != null ? max : noMax || creating || typeChanged && s.max() == typeMax(s.type())
                ? (inc > 0 ? typeMax(type) : -1) : s.max();
        long mn = min != null ? min : noMin || creating || typeChanged && s.min() == typeMin(s.type())
                ? (inc > 0 ? 1 : typeMin(type)) : s.min();
        if (mx > typeMax(type) || mx < typeMin(type)) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "MAXVALUE (" + mx + ") is out of range for sequence data type "
                    + dev.olifant.types.Typmods.format(type, -1));
        }
        if (mn < typeMin(type) || mn > typeMax(type)) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "MINVALUE (" + mn + ") is out of range for sequence data type "
                    + dev.olifant.types.Typmods.format(type, -1));
        }
        if (mn >= mx) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "MINVALUE (" + mn + ") must be less than MAXVALUE ("
                    + mx + ")");
        }
        long st = start != null ? start : creating ? (inc > 0 ? mn : mx) : s.start();
        if (st < mn) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "START value (" + st
                    + ") cannot be less than MINVALUE (" + mn + ")");
        }
        if (st > mx) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "START value (" + st
                    + ") cannot be greater than MAXVALUE (" + mx + ")");
        }
        SequenceData data = s.data();
        if (creating) {
            data = new SequenceData(st);
        } else if (restartDefault || restart != null) {
            long r = restart != null ? restart : st;
            if (r < mn || r > mx) {
                throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "RESTART value (" + r + ") cannot be "
                        + (r < mn ? "less than MINVALUE (" + mn : "greater than MAXVALUE (" + mx) + ")");
            }
            data.set(r, false);
        }
        return new Sequence(s.oid(), s.name(), s.namespaceOid(), s.ownerOid(), s.persistence(), type, st, inc, mn, mx,
                cache, cycle, s.ownedByTable(), s.ownedByColumn(), data);
    }

    private static long number(SequenceOption o) {
        try {
            return Long.parseLong(o.value());
        } catch (NumberFormatException e) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "invalid value for option: \"" + o.value() + "\"");
        }
    }

    static String create(CreateSequenceStmt s, CommandContext ctx) {
        if (s.persistence() == Persistence.TEMPORARY) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "temporary sequences are not supported yet");
        }
        Catalog cat = ctx.lockCatalog();
        Namespace ns = Names.creationNamespace(ctx.analysis(), s.name());
        if (cat.relation(ns.oid(), s.name().last()) != null) {
            if (s.ifNotExists()) {
                ctx.notice(Notices.notice(SqlState.DUPLICATE_TABLE, "relation \"" + s.name().last()
                        + "\" already exists, skipping"));
                return "CREATE SEQUENCE";
            }
            throw new PgException(SqlState.DUPLICATE_TABLE, "relation \"" + s.name().last() + "\" already exists");
        }
        Sequence seq = defaults(ctx.newOid(), s.name().last(), ns.oid(), ctx.userOid(), 'p', Types.INT8);
        seq = applyOptions(seq, s.options(), true);
        seq = ownedBy(seq, s.options(), ctx);
        Sequence result = seq;
        ctx.change(c -> c.withRelation(result));
        return "CREATE SEQUENCE";
    }

    static String alter(AlterSequenceStmt s, CommandContext ctx) {
        Catalog cat = ctx.lockCatalog();
        Relation r = Names.findRelation(ctx.analysis(), s.name());
        if (r == null) {
            if (s.ifExists()) {
                ctx.notice(Notices.notice(SqlState.UNDEFINED_TABLE, "relation \"" + s.name() + "\" does not exist, skipping"));
                return "ALTER SEQUENCE";
            }
            throw new PgException(SqlState.UNDEFINED_TABLE, "relation \"" + s.name() + "\" does not exist");
        }
        if (!(r instanceof Sequence seq)) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "\"" + r.name() + "\" is not a sequence");
        }
        Sequence changed = ownedBy(applyOptions(seq, s.options(), false), s.options(), ctx);
        ctx.change(c -> c.withRelation(changed));
        assert cat != null;
        return "ALTER SEQUENCE";
    }

    private static Sequence ownedBy(Sequence seq, List<SequenceOption> options, CommandContext ctx) {
        for (SequenceOption o : options) {
            if (o.kind() != dev.olifant.sql.ast.SequenceOptionKind.OWNED_BY) {
                continue;
            }
            QualifiedName n = o.name();
            if (n.parts().size() == 1 && n.last().equals("none")) {
                return seq.withOwnedBy(0, 0);
            }
            if (n.parts().size() < 2) {
                throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "invalid OWNED BY option")
                        .withHint("Specify OWNED BY table.column or OWNED BY NONE.");
            }
            QualifiedName tableName = new QualifiedName(n.parts().subList(0, n.parts().size() - 1), n.location());
            Table t = Names.table(ctx.analysis(), tableName);
            Column c = t.column(n.last());
            if (c == null) {
                throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"" + n.last() + "\" of relation \"" + t.name()
                        + "\" does not exist");
            }
            if (t.namespaceOid() != seq.namespaceOid()) {
                throw new PgException(SqlState.OBJECT_NOT_IN_PREREQUISITE_STATE,
                        "sequence must be in same schema as table it is linked to");
            }
            return seq.withOwnedBy(t.oid(), c.attnum());
        }
        return seq;
    }
}
