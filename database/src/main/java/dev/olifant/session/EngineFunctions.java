package dev.olifant.session;

import dev.olifant.catalog.Relation;
import dev.olifant.catalog.Sequence;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.exec.ExecContext;
import dev.olifant.exec.TableLocks;
import dev.olifant.exec.expr.Call;
import dev.olifant.exec.expr.Const;
import dev.olifant.exec.expr.Expression;
import dev.olifant.lock.LockMode;
import dev.olifant.sql.analyze.AnalysisContext;
import dev.olifant.sql.analyze.BuiltinFunctions;
import dev.olifant.sql.analyze.ExpressionAnalysis;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;
import dev.olifant.types.func.Invokable;
import java.time.Instant;
import java.util.List;

/**
 * Functions that need the catalog or the session: version(), current_database(), sequences'
 * nextval/currval/setval/lastval, current_setting/set_config, pg_backend_pid().
 */
final class EngineFunctions implements BuiltinFunctions {
    static final String VERSION = "PostgreSQL 15.0 (Olifant 0.1.0) on x86_64-pc-linux-gnu, compiled by javac "
            + Runtime.version().feature() + ", 64-bit";
    private final Instant startTime;
    private final dev.olifant.catalog.durable.Durability wal;

    private java.util.function.Supplier<ExecContext> planTime = () -> null;

    EngineFunctions(Instant startTime, dev.olifant.catalog.durable.Durability wal) {
        this.startTime = startTime;
        this.wal = wal;
    }

    /** The session's context for evaluating at plan time (null while no transaction is open). */
    void planTimeContext(java.util.function.Supplier<ExecContext> context) {
        this.planTime = context;
    }

    /** A context to evaluate an expression in during analysis, or null when there is none. */
    ExecContext planTimeContext() {
        return planTime.get();
    }

    @Override
    public Expression resolve(String name, List<Expression> args, AnalysisContext ctx, int location) {
        int n = args.size();
        return switch (name) {
            case "version" -> n == 0 ? constant(VERSION, Types.TEXT) : null;
            case "current_database" -> n == 0 ? call(name, Types.NAME, (c, a) -> services(c).currentDatabase()) : null;
            case "current_user", "user" -> n == 0 ? call(name, Types.NAME, (c, a) -> services(c).currentUser()) : null;
            case "session_user" -> n == 0 ? call(name, Types.NAME, (c, a) -> services(c).sessionUser()) : null;
            case "pg_backend_pid" -> n == 0 ? call(name, Types.INT4, (c, a) -> services(c).processId()) : null;
            case "pg_my_temp_schema" -> n == 0 ? call(name, Types.OID, (c, a) -> myTempSchema(c)) : null;
            case "pg_is_other_temp_schema" -> n == 1 ? CatalogFunctions.call(name, Types.BOOL, args, ctx, location,
                    List.of(Types.OID), (s, a) -> {
                        var ns = s.catalog().namespace((Long) a[0]);
                        return ns != null && ns.name().startsWith("pg_temp_") && !s.searchPath().contains(ns.oid());
                    }) : null;
            case "pg_notify" -> n == 2 ? NotifyFunctions.notify(args, ctx, location) : null;
            case "pg_notification_queue_usage" -> n == 0 ? NotifyFunctions.queueUsage() : null;
            case "pg_postmaster_start_time" -> n == 0 ? constant(startTime, Types.TIMESTAMPTZ) : null;
            case "nextval" -> n == 1 ? sequenceCall(name, args, ctx, location, Types.INT8, this::nextval) : null;
            case "currval" -> n == 1 ? sequenceCall(name, args, ctx, location, Types.INT8, this::currval) : null;
            case "setval" -> n == 2 || n == 3 ? sequenceCall(name, args, ctx, location, Types.INT8, this::setval) : null;
            case "lastval" -> n == 0 ? call(name, Types.INT8, (c, a) -> {
                Long v = services(c).lastval();
                if (v == null) {
                    throw new PgException(SqlState.OBJECT_NOT_IN_PREREQUISITE_STATE,
                            "lastval is not yet defined in this session");
                }
                return v;
            }) : null;
            case "current_setting" -> n == 1 || n == 2 ? textCall(name, args, ctx, location, (c, a) -> {
                try {
                    return services(c).showSetting((String) a[0]);
                } catch (PgException e) {
                    if (a.length == 2 && Boolean.TRUE.equals(a[1])) {
                        return null;
                    }
                    throw e;
                }
            }) : null;
            case "set_config" -> n == 3 ? textCall(name, args, ctx, location,
                    (c, a) -> services(c).setSetting((String) a[0], (String) a[1], Boolean.TRUE.equals(a[2]))) : null;
            case "pg_current_wal_lsn", "pg_current_wal_insert_lsn", "pg_current_wal_flush_lsn", "pg_walfile_name",
                    "pg_is_in_recovery" ->
                    WalFunctions.resolve(name, args, ctx, location, wal);
            default -> {
                Expression e = SessionFunctions.resolve(name, args, ctx, location);
                yield e != null ? e : CatalogFunctions.resolve(name, args, ctx, location);
            }
        };
    }

    @Override
    public Expression resolveRoutine(List<String> nameParts, List<Expression> args, AnalysisContext ctx, int location) {
        return UserFunctions.resolve(nameParts, args, ctx, location);
    }

    /** pg_my_temp_schema(): the OID of the session's temporary schema, 0 before it has one. */
    private static long myTempSchema(dev.olifant.types.EvalContext c) {
        var ns = services(c).systemContext().catalog().namespace(services(c).tempNamespaceName());
        return ns == null ? 0L : ns.oid();
    }

    private static dev.olifant.exec.SessionServices services(dev.olifant.types.EvalContext c) {
        return ((ExecContext) c).services();
    }

    private static Expression constant(Object v, PgType t) {
        return Const.of(v, t);
    }

    private static Expression call(String name, PgType type, Invokable fn) {
        return new Call(name, fn, new Expression[0], false, false, type, -1);
    }

    private static Expression textCall(String name, List<Expression> args, AnalysisContext ctx, int location,
            Invokable fn) {
        Expression[] a = new Expression[args.size()];
        for (int i = 0; i < a.length; i++) {
            PgType want = i == 2 || (i == 1 && name.equals("current_setting")) ? Types.BOOL : Types.TEXT;
            a[i] = ExpressionAnalysis.coerce(ctx, args.get(i), want, -1, location);
        }
        boolean strict = name.equals("current_setting");
        return new Call(name, fn, a, strict, false, Types.TEXT, -1);
    }

    /** A sequence function: the first argument (regclass or a name) names the sequence. */
    private Expression sequenceCall(String name, List<Expression> args, AnalysisContext ctx, int location,
            PgType result, SequenceOp op) {
        Expression seqArg = ExpressionAnalysis.coerce(ctx, args.get(0), Types.REGCLASS, -1, location);
        Expression[] a = new Expression[args.size()];
        a[0] = seqArg;
        if (args.size() > 1) {
            a[1] = ExpressionAnalysis.coerce(ctx, args.get(1), Types.INT8, -1, location);
        }
        if (args.size() > 2) {
            a[2] = ExpressionAnalysis.coerce(ctx, args.get(2), Types.BOOL, -1, location);
        }
        return new Call(name, (c, v) -> op.apply((ExecContext) c, sequence((ExecContext) c, (Long) v[0]), v),
                a, true, false, result, -1);
    }

    private interface SequenceOp {
        Object apply(ExecContext ctx, Sequence seq, Object[] args);
    }

    /**
     * The sequence, locked first in ROW EXCLUSIVE mode to transaction end as PostgreSQL's
     * sequence functions lock it: they wait for a running ALTER SEQUENCE and see what it changed.
     */
    private static Sequence sequence(ExecContext ctx, long oid) {
        if (ctx.services().relation(oid) instanceof Sequence named) {
            TableLocks.lock(ctx, oid, LockMode.ROW_EXCLUSIVE, false, named::name);
        }
        Relation r = ctx.services().relation(oid);
        if (r == null) {
            throw new PgException(SqlState.UNDEFINED_TABLE, "could not open relation with OID " + oid);
        }
        if (!(r instanceof Sequence s)) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "\"" + r.name() + "\" is not a sequence");
        }
        return s;
    }

    private Object nextval(ExecContext ctx, Sequence s, Object[] args) {
        long v = s.data().advance(s.increment(), s.min(), s.max(), s.cycle(), limit -> new PgException(
                SqlState.SEQUENCE_GENERATOR_LIMIT_EXCEEDED, "nextval: reached " + (s.increment() > 0 ? "maximum" : "minimum")
                        + " value of sequence \"" + s.name() + "\" (" + limit + ")"));
        ctx.services().sequenceChanged(s, false);
        ctx.services().sequenceUsed(s.oid(), v);
        return v;
    }

    private Object currval(ExecContext ctx, Sequence s, Object[] args) {
        Long v = ctx.services().currval(s.oid());
        if (v == null) {
            throw new PgException(SqlState.OBJECT_NOT_IN_PREREQUISITE_STATE, "currval of sequence \"" + s.name()
                    + "\" is not yet defined in this session");
        }
        return v;
    }

    private Object setval(ExecContext ctx, Sequence s, Object[] args) {
        long v = (Long) args[1];
        if (v < s.min() || v > s.max()) {
            throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "setval: value " + v
                    + " is out of bounds for sequence \"" + s.name() + "\" (" + s.min() + ".." + s.max() + ")");
        }
        boolean called = args.length < 3 || Boolean.TRUE.equals(args[2]);
        s.data().set(v, called);
        ctx.services().sequenceChanged(s, true);
        if (called) {
            ctx.services().sequenceUsed(s.oid(), v);
        }
        return v;
    }
}
