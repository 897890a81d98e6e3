package dev.olifant.session;

import dev.olifant.catalog.Catalog;
import dev.olifant.catalog.Column;
import dev.olifant.catalog.Routine;
import dev.olifant.commands.CommandContext;
import dev.olifant.commands.Commands;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.exec.ExecContext;
import dev.olifant.exec.TriggerCall;
import dev.olifant.exec.dml.ModifyResult;
import dev.olifant.exec.dml.PlanLocks;
import dev.olifant.exec.expr.Const;
import dev.olifant.exec.plan.RowSource;
import dev.olifant.plpgsql.Interpreter;
import dev.olifant.plpgsql.PlParser;
import dev.olifant.plpgsql.PlRow;
import dev.olifant.plpgsql.PlRuntime;
import dev.olifant.plpgsql.PlStmt;
import dev.olifant.sql.analyze.AnalyzedStatement;
import dev.olifant.sql.analyze.Coercions;
import dev.olifant.sql.analyze.ParamTypes;
import dev.olifant.sql.analyze.ResultColumn;
import dev.olifant.sql.ast.DoStmt;
import dev.olifant.sql.ast.PreparableStatement;
import dev.olifant.sql.ast.RawStatement;
import dev.olifant.sql.ast.Statement;
import dev.olifant.sql.parser.Parser;
import dev.olifant.txn.Transaction;
import dev.olifant.types.CoercionContext;
import dev.olifant.types.PgType;
import dev.olifant.types.TextIO;
import dev.olifant.types.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Calls of user-defined functions, trigger functions and DO blocks for one session: SQL
 * functions run their statements in order and return the last one's first value; PL/pgSQL
 * functions run in {@link Interpreter}, whose SQL comes back here ({@link PlRuntime}) and runs
 * through the same analysis, plan locks and executor as a client's statements. Analysed
 * statements are kept per text and parameter types until the catalog changes.
 */
final class RoutineCalls implements PlRuntime {
    private static final int MAX_DEPTH = 200;

    private record Analyzed(AnalyzedStatement statement, Catalog catalog, String searchPath) {
    }

    private record Compiled(String body, PlStmt.Block block) {
    }

    private final PgSession session;
    private final Map<String, Analyzed> plans = new HashMap<>();
    private final Map<Long, Compiled> compiled = new HashMap<>();
    private int depth;

    RoutineCalls(PgSession session) {
        this.session = session;
    }

    /** A function's result for these arguments (a procedure's: null). */
    Object call(Routine r, List<PgType> argTypes, Object[] args) {
        if (r.strict()) {
            for (Object a : args) {
                if (a == null) {
                    return null;
                }
            }
        }
        enter();
        try {
            if (r.language().equals("sql")) {
                return sqlFunction(r, argTypes, args);
            }
            Interpreter.Call call = new Interpreter.Call(signature(r), r.inputNames(), argTypes, List.of(args),
                    r.returnType(), null);
            return Interpreter.run(compile(r), call, this);
        } finally {
            depth--;
        }
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            depth--;
            throw new PgException(SqlState.STATEMENT_TOO_COMPLEX, "stack depth limit exceeded")
                    .withHint("Increase the configuration parameter \"max_stack_depth\" (currently 2048kB), after "
                            + "ensuring the platform's stack depth limit is adequate.");
        }
    }

    private static String signature(Routine r) {
        StringBuilder sb = new StringBuilder(r.name()).append('(');
        List<PgType> in = r.inputTypes();
        for (int i = 0; i < in.size(); i++) {
            sb.append(i > 0 ? "," : "").append(Coercions.display(in.get(i)));
        }
        return sb.append(')').toString();
    }

    private PlStmt.Block compile(Routine r) {
        Compiled c = compiled.get(r.oid());
        if (c == null || !c.body().equals(r.body())) {
            c = new Compiled(r.body(), PlParser.parse(r.body()));
            compiled.put(r.oid(), c);
        }
        return c.block();
    }

    private Object sqlFunction(Routine r, List<PgType> argTypes, Object[] args) {
        List<RawStatement> stmts = Parser.parse(r.body());
        Result last = null;
        List<Object> values = List.of(args);
        int n = 0;
        for (RawStatement raw : stmts) {
            n++;
            String text = SqlFunctionParams.substitute(raw.source().substring(raw.start(), raw.end()), r.inputNames());
            try {
                last = execute(text, argTypes, values, false);
            } catch (PgException e) {
                String ctx = "SQL function \"" + r.name() + "\" statement " + n;
                PgException moved = withoutPosition(e);
                throw moved.withContext(e.context() == null ? ctx : e.context() + "\n" + ctx);
            }
        }
        if (r.returnType() == Types.VOID || last == null || !last.returnsRows() || last.rows().isEmpty()) {
            return null;
        }
        Object v = last.rows().get(0)[0];
        return convert(v, last.types().get(0), r.returnType());
    }

    /** DO: runs an anonymous PL/pgSQL block. */
    void runDo(DoStmt d) {
        if (!d.language().equals("plpgsql")) {
            throw new PgException(SqlState.UNDEFINED_OBJECT, "language \"" + d.language() + "\" does not exist");
        }
        enter();
        try {
            Interpreter.run(PlParser.parse(d.body()), new Interpreter.Call(null, List.of(), List.of(), List.of(),
                    Types.VOID, null), this);
        } finally {
            depth--;
        }
    }

    // ---------------------------------------------------------------- triggers

    Object[] callTrigger(TriggerCall tc) {
        Routine fn = session.catalog().routines().routine(tc.trigger().functionOid());
        if (fn == null) {
            throw new PgException(SqlState.UNDEFINED_FUNCTION, "function with OID " + tc.trigger().functionOid()
                    + " does not exist");
        }
        if (!fn.language().equals("plpgsql")) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "trigger functions can only be written in PL/pgSQL");
        }
        List<Column> cols = tc.table().liveColumns();
        PlRow newRow = row(cols, tc.newRow());
        PlRow oldRow = row(cols, tc.oldRow());
        var ns = session.catalog().namespace(tc.table().namespaceOid());
        Interpreter.TriggerData data = new Interpreter.TriggerData(tc.trigger().name(), tc.when(), tc.level(), tc.op(),
                tc.table().name(), ns == null ? null : ns.name(), tc.table().oid(), tc.trigger().arguments(), newRow,
                oldRow);
        enter();
        Object out;
        try {
            out = Interpreter.run(compile(fn), new Interpreter.Call(signature(fn), List.of(), List.of(), List.of(),
                    Types.TRIGGER, data), this);
        } finally {
            depth--;
        }
        if (out == null) {
            return null;
        }
        if (!(out instanceof PlRow returned)) {
            throw new PgException(SqlState.DATATYPE_MISMATCH,
                    "returned row structure does not match the structure of the triggering table");
        }
        Object[] base = tc.newRow() != null ? tc.newRow() : tc.oldRow();
        if (returned.values().length != cols.size()) {
            throw new PgException(SqlState.DATATYPE_MISMATCH,
                    "returned row structure does not match the structure of the triggering table")
                    .withDetail("Number of returned columns (" + returned.values().length
                            + ") does not match expected column count (" + cols.size() + ").");
        }
        Object[] result = base.clone();
        for (int i = 0; i < cols.size(); i++) {
            Column c = cols.get(i);
            result[c.attnum() - 1] = convert(returned.values()[i], returned.types().get(i), c.type());
        }
        return result;
    }

    private static PlRow row(List<Column> cols, Object[] values) {
        if (values == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        List<PgType> types = new ArrayList<>();
        Object[] v = new Object[cols.size()];
        for (int i = 0; i < cols.size(); i++) {
            Column c = cols.get(i);
            names.add(c.name());
            types.add(c.type());
            v[i] = values[c.attnum() - 1];
        }
        return new PlRow(names, types, v);
    }

    boolean triggerCondition(TriggerCall tc) {
        List<Column> cols = tc.table().liveColumns();
        return Interpreter.condition(tc.trigger().when(), row(cols, tc.newRow()), row(cols, tc.oldRow()), this);
    }

    // ---------------------------------------------------------------- PlRuntime

    @Override
    public Result run(String sql, List<PgType> paramTypes, List<Object> params) {
        try {
            return execute(sql, paramTypes, params, true);
        } catch (PrepareFailed f) {
            throw new PrepareFailed(withoutPosition(f.error()));
        } catch (PgException e) {
            throw withoutPosition(e);
        }
    }

    /** A position points into the function's statement, not the client's query: drop it. */
    private static PgException withoutPosition(PgException e) {
        if (e.position() <= 0) {
            return e;
        }
        PgException moved = new PgException(e.state(), e.severity(), e.getMessage(), e.detail(), e.hint(), 0,
                e.getCause());
        return e.context() == null ? moved : moved.withContext(e.context());
    }

    /** Runs a statement; with {@code markPrepare}, errors while parsing or analysing come as {@link PrepareFailed}. */
    private Result execute(String sql, List<PgType> paramTypes, List<Object> params, boolean markPrepare) {
        List<RawStatement> raws;
        try {
            raws = Parser.parse(sql);
        } catch (PgException e) {
            throw markPrepare ? new PrepareFailed(e) : e;
        }
        if (raws.isEmpty()) {
            return new Result(List.of(), List.of(), List.of(), 0, false);
        }
        if (raws.size() > 1) {
            throw new PgException(SqlState.SYNTAX_ERROR, "cannot insert multiple commands into a prepared statement");
        }
        Statement st = raws.get(0).statement();
        Transaction txn = session.beginStatementTransaction();
        if (st instanceof PreparableStatement ps) {
            AnalyzedStatement a;
            try {
                a = analyze(sql, ps, paramTypes);
            } catch (PgException e) {
                throw markPrepare ? new PrepareFailed(e) : e;
            }
            if (a.kind() != AnalyzedStatement.Kind.SELECT && txn.readOnly()) {
                throw new PgException(SqlState.READ_ONLY_SQL_TRANSACTION, "cannot execute " + a.kind().name()
                        + " in a read-only transaction");
            }
            PlanLocks.acquire(session, session.interrupts::check, a.plan());
            try {
                session.checkPrivileges(a.privileges());
            } catch (PgException e) {
                // a query with relations is never a simple expression: its errors name it, as SPI's do
                throw markPrepare ? new PrepareFailed(e) : e;
            }
            ExecContext ctx = session.execContext(txn, params.toArray());
            List<Object[]> rows = new ArrayList<>();
            long processed;
            try (RowSource rs = a.plan().open(ctx)) {
                Object[] row;
                while ((row = rs.next()) != null) {
                    if (a.returnsRows()) {
                        rows.add(row.clone());
                    }
                }
                processed = rs instanceof ModifyResult m ? m.processed() : rows.size();
            }
            if (a.kind() != AnalyzedStatement.Kind.SELECT) {
                txn.nextCommand();
            }
            List<String> names = new ArrayList<>();
            List<PgType> types = new ArrayList<>();
            if (a.returnsRows()) {
                for (ResultColumn c : a.columns()) {
                    names.add(c.name());
                    types.add(c.type());
                }
            }
            return new Result(names, types, rows, processed, a.returnsRows());
        }
        if (st instanceof DoStmt d) {
            runDo(d);
            return new Result(List.of(), List.of(), List.of(), 0, false);
        }
        if (txn.readOnly()) {
            throw new PgException(SqlState.READ_ONLY_SQL_TRANSACTION, "cannot execute this command in a read-only transaction");
        }
        if (DetachConcurrently.of(st) != null) {
            throw new PgException(SqlState.ACTIVE_SQL_TRANSACTION,
                    "ALTER TABLE ... DETACH CONCURRENTLY cannot be executed from a function");
        }
        ExecContext exec = session.execContext(txn, new Object[0]);
        CommandContext ctx = new CommandContext(session.instance().cluster(), session.database(), session.tx.catalog(),
                c -> session.analysisContext(c, new ParamTypes(new PgType[0], false)), exec, session.tx.explicit(),
                session.role().oid(), session::notice, session.settings.getLong("lock_timeout"));
        Commands.execute(st, sql, ctx);
        txn.nextCommand();
        return new Result(List.of(), List.of(), List.of(), 0, false);
    }

    private AnalyzedStatement analyze(String sql, PreparableStatement st, List<PgType> paramTypes) {
        String key = paramTypes + "\u0000" + sql;
        Catalog catalog = session.catalog();
        String searchPath = session.settings.get("search_path");
        Analyzed cached = plans.get(key);
        if (cached != null && cached.catalog() == catalog && cached.searchPath().equals(searchPath)) {
            return cached.statement();
        }
        ParamTypes params = new ParamTypes(paramTypes.toArray(new PgType[0]), false);
        var ctx = session.analysisContext(catalog, params);
        AnalyzedStatement a = StatementRunner.analyze(ctx, st);
        plans.put(key, new Analyzed(a, catalog, searchPath));
        return a;
    }

    @Override
    public Object convert(Object value, PgType from, PgType to) {
        if (value == null || from.equals(to) || to == Types.RECORD) {
            return value;
        }
        if (from == Types.UNKNOWN) {
            return TextIO.input(to, -1, value.toString(), session.formatSettings(), session.regLookup);
        }
        var actx = session.analysisContext(session.catalog(), new ParamTypes(new PgType[0], false));
        ExecContext ectx = session.execContext(session.beginStatementTransaction(), new Object[0]);
        try {
            return Coercions.coerce(Const.of(value, from), to, -1, CoercionContext.ASSIGNMENT, actx, -1).eval(null, ectx);
        } catch (PgException e) {
            if (e.state() != SqlState.CANNOT_COERCE && e.state() != SqlState.DATATYPE_MISMATCH) {
                throw e;
            }
            return TextIO.input(to, -1, text(value, from), session.formatSettings(), session.regLookup);
        }
    }

    @Override
    public String text(Object value, PgType type) {
        return value == null ? null : TextIO.output(type, value, session.formatSettings(), session.regLookup);
    }

    @Override
    public PgType type(String typeName) {
        String t = typeName.strip();
        String lower = t.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith("%type") || lower.endsWith("%rowtype")) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "%TYPE and %ROWTYPE are not supported");
        }
        return dev.olifant.commands.Functions.type(Parser.parseTypeName(t));
    }

    @Override
    public void notice(PgException notice) {
        session.notice(notice);
    }

    @Override
    public Object beginSubtransaction() {
        session.tx.savepoint(SUBTRANSACTION, session.settings.savepoint());
        return session.tx.findSavepoint(SUBTRANSACTION);
    }

    @Override
    public void commitSubtransaction(Object mark) {
        session.tx.release((Integer) mark);
    }

    @Override
    public void rollbackSubtransaction(Object mark) {
        int index = (Integer) mark;
        session.settings.rollbackTo(session.tx.rollbackTo(index));
        session.tx.release(index);
    }

    /** The name of the savepoints exception blocks use: no SQL name can collide with it. */
    private static final String SUBTRANSACTION = "\u0000plpgsql";
}
