package dev.olifant.plpgsql;

import dev.olifant.error.PgException;
import dev.olifant.error.Severity;
import dev.olifant.error.SqlState;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a PL/pgSQL function (PostgreSQL's pl_exec.c): blocks with their variables, control
 * structures, and the SQL each statement contains, through {@link PlRuntime}. An error leaving a
 * statement gets the CONTEXT line PostgreSQL adds ({@code PL/pgSQL function f(integer) line 3 at RAISE}).
 */
public final class Interpreter {

    /**
     * One call.
     *
     * @param signature  the function as error context names it, e.g. {@code f(integer)}; for DO,
     *                   null (context then says "inline_code_block")
     * @param paramNames the input parameters' names ("" for unnamed ones)
     * @param trigger    the trigger data when called as a trigger, else null
     */
    public record Call(String signature, List<String> paramNames, List<PgType> paramTypes, List<Object> args,
            PgType returnType, TriggerData trigger) {
    }

    /** What a trigger function sees: TG_* variables, NEW and OLD. */
    public record TriggerData(String name, String when, String level, String op, String tableName,
            String tableSchema, long relid, List<String> arguments, PlRow newRow, PlRow oldRow) {
    }

    /** How a statement ended, when not normally. */
    private record Flow(boolean isReturn, boolean isContinue, String label) {
    }

    private static final Flow RETURNED = new Flow(true, false, null);

    private final PlRuntime rt;
    private final Call call;
    private final List<Scope.Var> positional = new ArrayList<>();
    private Scope.Var found;
    private long rowCount;
    private Object result;

    private Interpreter(PlRuntime rt, Call call) {
        this.rt = rt;
        this.call = call;
    }

    /** Runs the function; returns its result (for a trigger, the returned row or null). */
    public static Object run(PlStmt.Block body, Call call, PlRuntime rt) {
        return new Interpreter(rt, call).execute(body);
    }

    /** A trigger's WHEN condition over NEW and OLD. */
    public static boolean condition(String expr, PlRow newRow, PlRow oldRow, PlRuntime rt) {
        Interpreter in = new Interpreter(rt, new Call(null, List.of(), List.of(), List.of(), Types.BOOL, null));
        Scope s = new Scope(null, null);
        s.declare("new", Types.RECORD, false, false, newRow);
        s.declare("old", Types.RECORD, false, false, oldRow);
        return in.condition(new SqlText(expr), s);
    }

    private Object execute(PlStmt.Block body) {
        Scope top = new Scope(null, null);
        for (int k = 0; k < call.paramTypes().size(); k++) {
            String name = call.paramNames().get(k);
            Scope.Var v = top.declare(name.isEmpty() ? "$" + (k + 1) : name, call.paramTypes().get(k), false, false,
                    call.args().get(k));
            positional.add(v);
        }
        found = top.declare("found", Types.BOOL, false, false, false);
        TriggerData tg = call.trigger();
        if (tg != null) {
            top.declare("tg_name", Types.NAME, false, false, tg.name());
            top.declare("tg_when", Types.TEXT, false, false, tg.when());
            top.declare("tg_level", Types.TEXT, false, false, tg.level());
            top.declare("tg_op", Types.TEXT, false, false, tg.op());
            top.declare("tg_relid", Types.OID, false, false, tg.relid());
            top.declare("tg_relname", Types.NAME, false, false, tg.tableName());
            top.declare("tg_table_name", Types.NAME, false, false, tg.tableName());
            top.declare("tg_table_schema", Types.NAME, false, false, tg.tableSchema());
            top.declare("tg_nargs", Types.INT4, false, false, tg.arguments().size());
            top.declare("new", Types.RECORD, false, false, tg.newRow());
            top.declare("old", Types.RECORD, false, false, tg.oldRow());
        }
        Flow f = block(body, top);
        if (f == null && tg == null && call.returnType() != Types.VOID) {
            throw new PgException(SqlState.FUNCTION_EXECUTED_NO_RETURN_STATEMENT,
                    "control reached end of function without RETURN").withContext(context(body.line(), "statement block")
                    .replace(" line " + body.line() + " at statement block", ""));
        }
        if (f == null && tg != null) {
            throw new PgException(SqlState.FUNCTION_EXECUTED_NO_RETURN_STATEMENT,
                    "control reached end of trigger procedure without RETURN")
                    .withContext(context(body.line(), "statement block").replace(" line " + body.line()
                            + " at statement block", ""));
        }
        return result;
    }

    private String context(int line, String what) {
        return (call.signature() == null ? "PL/pgSQL function inline_code_block" : "PL/pgSQL function "
                + call.signature()) + " line " + line + " at " + what;
    }

    // ---------------------------------------------------------------- blocks and statements

    private Flow block(PlStmt.Block b, Scope outer) {
        Scope scope = new Scope(outer, b.label());
        for (PlStmt.Decl d : b.decls()) {
            if (d.aliasOf() > 0) {
                scope.alias(d.name(), positional.get(d.aliasOf() - 1));
                continue;
            }
            PgType type = rt.type(d.type());
            Object init = null;
            if (d.init() != null) {
                init = assignValue(eval(d.init(), scope), type);
            }
            if (d.notNull() && init == null) {
                throw new PgException(SqlState.NULL_VALUE_NOT_ALLOWED, "null value cannot be assigned to variable \""
                        + d.name() + "\" declared NOT NULL");
            }
            scope.declare(d.name(), type, d.constant(), d.notNull(), init);
        }
        if (b.handlers().isEmpty()) {
            return statements(b.body(), scope);
        }
        Object mark = rt.beginSubtransaction();
        try {
            Flow f = statements(b.body(), scope);
            rt.commitSubtransaction(mark);
            return f;
        } catch (PgException e) {
            rt.rollbackSubtransaction(mark);
            for (PlStmt.Handler h : b.handlers()) {
                if (Conditions.matches(h.conditions(), e.state())) {
                    Scope hs = new Scope(scope, null);
                    hs.declare("sqlstate", Types.TEXT, false, false, e.state().code());
                    hs.declare("sqlerrm", Types.TEXT, false, false, e.getMessage());
                    return statements(h.body(), hs);
                }
            }
            throw e;
        }
    }

    private Flow statements(List<PlStmt> list, Scope scope) {
        for (PlStmt s : list) {
            Flow f;
            try {
                f = statement(s, scope);
            } catch (PgException e) {
                throw withContext(e, s);
            }
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /** Adds this statement's context line, unless an inner statement of this function already did. */
    private PgException withContext(PgException e, PlStmt s) {
        String mine = context(s.line(), s.what());
        String prefix = call.signature() == null ? "PL/pgSQL function inline_code_block "
                : "PL/pgSQL function " + call.signature() + " ";
        String ctx = e.context();
        if (ctx != null && ctx.contains(prefix)) {
            return e;
        }
        if (s instanceof PlStmt.Block || s instanceof PlStmt.If || s instanceof PlStmt.Loop
                || s instanceof PlStmt.While || s instanceof PlStmt.ForInt || s instanceof PlStmt.Case) {
            // errors in nested statements carry their own line; the construct's condition errors
            // name the construct
            if (ctx != null && ctx.contains(prefix)) {
                return e;
            }
        }
        if (e.severity() != Severity.ERROR) {
            return e;
        }
        return appended(e, mine);
    }

    private Flow statement(PlStmt s, Scope scope) {
        switch (s) {
            case PlStmt.Block b -> {
                return block(b, scope);
            }
            case PlStmt.Assign a -> assign(a, scope);
            case PlStmt.If f -> {
                for (int k = 0; k < f.conditions().size(); k++) {
                    if (condition(f.conditions().get(k), scope)) {
                        return statements(f.branches().get(k), scope);
                    }
                }
                if (f.otherwise() != null) {
                    return statements(f.otherwise(), scope);
                }
            }
            case PlStmt.Case c -> {
                return caseStmt(c, scope);
            }
            case PlStmt.Loop l -> {
                while (true) {
                    Flow f = statements(l.body(), scope);
                    Flow after = loopFlow(f, l.label());
                    if (after != CONTINUE_LOOP) {
                        return after;
                    }
                }
            }
            case PlStmt.While w -> {
                while (condition(w.condition(), scope)) {
                    Flow after = loopFlow(statements(w.body(), scope), w.label());
                    if (after != CONTINUE_LOOP) {
                        return after;
                    }
                }
            }
            case PlStmt.ForInt f -> {
                return forInt(f, scope);
            }
            case PlStmt.ForQuery f -> {
                return forQuery(f, scope);
            }
            case PlStmt.Exit e -> {
                if (e.when() == null || condition(e.when(), scope)) {
                    return new Flow(false, e.isContinue(), e.label());
                }
            }
            case PlStmt.Return r -> {
                if (r.expr() != null) {
                    Value v = eval(r.expr(), scope);
                    result = call.trigger() != null || call.returnType() == Types.RECORD ? v.value
                            : assignValue(v, call.returnType());
                } else {
                    result = null;
                }
                return RETURNED;
            }
            case PlStmt.ReturnNext r -> throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "set-returning PL/pgSQL functions are not supported");
            case PlStmt.ReturnQuery r -> throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "set-returning PL/pgSQL functions are not supported");
            case PlStmt.Sql q -> sql(q, scope);
            case PlStmt.Execute x -> dynamic(x, scope);
            case PlStmt.Raise r -> Raise.raise(this, r, scope);
            case PlStmt.GetDiagnostics g -> {
                for (int k = 0; k < g.targets().size(); k++) {
                    String item = g.items().get(k);
                    if (!item.equals("row_count")) {
                        throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "GET DIAGNOSTICS " + item.toUpperCase()
                                + " is not supported");
                    }
                    setVar(scope, g.targets().get(k), new Value(rowCount, Types.INT8));
                }
            }
            case PlStmt.Null n -> {
            }
        }
        return null;
    }

    private static final Flow CONTINUE_LOOP = new Flow(false, true, null);

    /** What a loop does after its body ended with {@code f}: CONTINUE_LOOP to iterate again. */
    private static Flow loopFlow(Flow f, String label) {
        if (f == null) {
            return CONTINUE_LOOP;
        }
        if (f.isReturn()) {
            return f;
        }
        if (f.label() != null && !f.label().equals(label)) {
            return f;
        }
        return f.isContinue() ? CONTINUE_LOOP : null;
    }

    private Flow caseStmt(PlStmt.Case c, Scope scope) {
        Value subject = c.subject() == null ? null : eval(c.subject(), scope);
        for (int k = 0; k < c.whens().size(); k++) {
            boolean hit;
            if (subject == null) {
                hit = condition(c.whens().get(k), scope);
            } else {
                Substitution sub = Substitution.of(c.whens().get(k).text(), scope, positional);
                List<PgType> types = new ArrayList<>(sub.types);
                List<Object> values = new ArrayList<>(sub.values);
                types.add(subject.type);
                values.add(subject.value);
                PlRuntime.Result r = call("SELECT $" + types.size() + " IN (" + sub.sql + ")", types, values);
                hit = Boolean.TRUE.equals(r.rows().isEmpty() ? null : r.rows().get(0)[0]);
            }
            if (hit) {
                return statements(c.branches().get(k), scope);
            }
        }
        if (c.otherwise() == null) {
            throw new PgException(SqlState.CASE_NOT_FOUND, "case not found")
                    .withHint("CASE statement is missing ELSE part.");
        }
        return statements(c.otherwise(), scope);
    }

    private Flow forInt(PlStmt.ForInt f, Scope outer) {
        Object lo = assignValue(eval(f.from(), outer), Types.INT4);
        Object hi = assignValue(eval(f.to(), outer), Types.INT4);
        Object step = f.by() == null ? 1 : assignValue(eval(f.by(), outer), Types.INT4);
        if (lo == null || hi == null) {
            throw new PgException(SqlState.NULL_VALUE_NOT_ALLOWED, "lower bound of FOR loop cannot be null");
        }
        if (step == null || (Integer) step <= 0) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "BY value of FOR loop must be greater than zero");
        }
        Scope scope = new Scope(outer, f.label());
        Scope.Var v = scope.declare(f.var(), Types.INT4, false, false, null);
        boolean any = false;
        long by = (Integer) step;
        for (long k = (Integer) lo; f.reverse() ? k >= (Integer) hi : k <= (Integer) hi; k += f.reverse() ? -by : by) {
            v.value = (int) k;
            any = true;
            Flow after = loopFlow(statements(f.body(), scope), f.label());
            if (after != CONTINUE_LOOP) {
                found.value = true;
                return after;
            }
        }
        found.value = any;
        return null;
    }

    private Flow forQuery(PlStmt.ForQuery f, Scope scope) {
        PlRuntime.Result r = f.dynamic() != null ? runDynamic(f.dynamic(), f.using(), scope)
                : runSql(f.query().text(), scope);
        boolean any = false;
        for (Object[] row : r.rows()) {
            any = true;
            assignInto(scope, f.targets(), r, row);
            Flow after = loopFlow(statements(f.body(), scope), f.label());
            if (after != CONTINUE_LOOP) {
                found.value = true;
                return after;
            }
        }
        found.value = any;
        return null;
    }

    // ---------------------------------------------------------------- SQL

    private PlRuntime.Result runSql(String text, Scope scope) {
        Substitution sub = Substitution.of(text, scope, positional);
        try {
            return rt.run(sub.sql, sub.types, sub.values);
        } catch (PlRuntime.PrepareFailed e) {
            throw inner(e.error(), "SQL statement \"" + text + "\"");
        } catch (PgException e) {
            throw inner(e, "SQL statement \"" + text + "\"");
        }
    }

    /** Runs SQL whose errors carry no context line of their own. */
    private PlRuntime.Result call(String sql, List<PgType> types, List<Object> values) {
        try {
            return rt.run(sql, types, values);
        } catch (PlRuntime.PrepareFailed e) {
            throw e.error();
        }
    }

    /** Adds the line naming the SQL that failed (PostgreSQL's SPI error context) under its own context lines. */
    private static PgException inner(PgException e, String line) {
        if (e.severity() != Severity.ERROR) {
            return e;
        }
        return appended(e, line);
    }

    /** The error with one more context line below those it has ({@link PgException#withContext} keeps a set one). */
    private static PgException appended(PgException e, String line) {
        if (e.context() == null) {
            return e.withContext(line);
        }
        return new PgException(e.state(), e.severity(), e.getMessage(), e.detail(), e.hint(), e.position(), e.getCause())
                .withContext(e.context() + "\n" + line);
    }

    private void sql(PlStmt.Sql q, Scope scope) {
        PlRuntime.Result r = runSql(q.sql().text(), scope);
        rowCount = r.returnsRows() && r.processed() == 0 ? r.rows().size() : r.processed();
        if (q.perform()) {
            found.value = rowCount > 0;
            return;
        }
        if (!q.into().isEmpty()) {
            if (!r.returnsRows()) {
                throw new PgException(SqlState.SYNTAX_ERROR, "INTO used with a command that cannot return data");
            }
            intoResult(scope, q.into(), q.strict(), r);
        }
        found.value = rowCount > 0;
    }

    private void intoResult(Scope scope, List<String> into, boolean strict, PlRuntime.Result r) {
        if (strict && r.rows().isEmpty()) {
            throw new PgException(SqlState.NO_DATA_FOUND, "query returned no rows");
        }
        if (strict && r.rows().size() > 1) {
            throw new PgException(SqlState.TOO_MANY_ROWS, "query returned more than one row")
                    .withHint("Make sure the query returns a single row, or use LIMIT 1.");
        }
        Object[] row = r.rows().isEmpty() ? new Object[r.types().size()] : r.rows().get(0);
        assignInto(scope, into, r, row);
    }

    private void assignInto(Scope scope, List<String> targets, PlRuntime.Result r, Object[] row) {
        if (targets.size() == 1 && !targets.get(0).contains(".")) {
            Scope.Var v = variable(scope, targets.get(0));
            if (v.isRecord()) {
                v.value = new PlRow(r.columns(), r.types(), row.clone());
                return;
            }
        }
        for (int k = 0; k < targets.size(); k++) {
            Value val = k < row.length ? new Value(row[k], r.types().get(k)) : new Value(null, Types.UNKNOWN);
            setVar(scope, targets.get(k), val);
        }
    }

    private void dynamic(PlStmt.Execute x, Scope scope) {
        PlRuntime.Result r = runDynamic(x.command(), x.using(), scope);
        rowCount = r.returnsRows() && r.processed() == 0 ? r.rows().size() : r.processed();
        if (!x.into().isEmpty()) {
            intoResult(scope, x.into(), x.strict(), r);
        }
    }

    private PlRuntime.Result runDynamic(SqlText command, List<SqlText> using, Scope scope) {
        Value cmd = eval(command, scope);
        if (cmd.value == null) {
            throw new PgException(SqlState.NULL_VALUE_NOT_ALLOWED, "query string argument of EXECUTE is null");
        }
        String text = cmd.value instanceof String str ? str : rt.text(cmd.value, cmd.type);
        List<PgType> types = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (SqlText u : using) {
            Value v = eval(u, scope);
            types.add(v.type == Types.UNKNOWN ? Types.TEXT : v.type);
            values.add(v.value);
        }
        try {
            return rt.run(text, types, values);
        } catch (PlRuntime.PrepareFailed e) {
            throw inner(e.error(), "SQL statement \"" + text + "\"");
        } catch (PgException e) {
            throw inner(e, "SQL statement \"" + text + "\"");
        }
    }

    // ---------------------------------------------------------------- values

    /** A value with its type. */
    record Value(Object value, PgType type) {
    }

    Value eval(SqlText expr, Scope scope) {
        return eval(expr, scope, null);
    }

    /** Evaluates an expression; {@code label} names it in error context (default: SQL expression "..."). */
    Value eval(SqlText expr, Scope scope, String label) {
        String text = expr.text().strip();
        List<dev.olifant.sql.parser.SqlTokens.Token> toks = dev.olifant.sql.parser.SqlTokens.scan(text);
        if (toks.size() == 2 && toks.get(0).isWord()) {
            Scope.Var direct = scope.find(toks.get(0).value());
            if (direct != null) {
                return new Value(direct.value, direct.type);
            }
        }
        Substitution sub = Substitution.of(text, scope, positional);
        PlRuntime.Result r;
        try {
            r = rt.run("SELECT " + sub.sql, sub.types, sub.values);
        } catch (PlRuntime.PrepareFailed e) {
            // simple expressions run without SPI: only errors while preparing name the expression
            throw inner(e.error(), label != null ? label : "SQL expression \"" + text + "\"");
        }
        if (r.types().size() != 1) {
            throw new PgException(SqlState.SYNTAX_ERROR, "query \"SELECT " + text + "\" returned " + r.types().size()
                    + " columns");
        }
        if (r.rows().size() > 1) {
            throw new PgException(SqlState.CARDINALITY_VIOLATION, "query \"SELECT " + text
                    + "\" returned more than one row");
        }
        return new Value(r.rows().isEmpty() ? null : r.rows().get(0)[0], r.types().get(0));
    }

    private boolean condition(SqlText expr, Scope scope) {
        Value v = eval(expr, scope);
        Object b = v.type == Types.BOOL ? v.value : rt.convert(v.value, v.type, Types.BOOL);
        return Boolean.TRUE.equals(b);
    }

    /** A value converted for storing into a variable of type {@code target}. */
    Object assignValue(Value v, PgType target) {
        if (v.value == null) {
            return null;
        }
        if (v.value instanceof PlRow row) {
            if (target == Types.RECORD) {
                return row.copy();
            }
            String text = rowText(row);
            return target == Types.TEXT ? text : rt.convert(text, Types.TEXT, target);
        }
        if (v.type.equals(target) || target == Types.RECORD) {
            return v.value;
        }
        return rt.convert(v.value, v.type, target);
    }

    /** A row's text form, as record_out writes it. */
    String rowText(PlRow row) {
        StringBuilder sb = new StringBuilder("(");
        for (int k = 0; k < row.values().length; k++) {
            if (k > 0) {
                sb.append(',');
            }
            Object v = row.values()[k];
            if (v == null) {
                continue;
            }
            String s = v instanceof PlRow inner ? rowText(inner) : rt.text(v, row.types().get(k));
            boolean quote = s.isEmpty();
            for (char c : s.toCharArray()) {
                if (c == '"' || c == '\\' || c == '(' || c == ')' || c == ',' || Character.isWhitespace(c)) {
                    quote = true;
                    break;
                }
            }
            if (quote) {
                sb.append('"').append(s.replace("\\", "\\\\").replace("\"", "\"\"")).append('"');
            } else {
                sb.append(s);
            }
        }
        return sb.append(')').toString();
    }

    String text(Value v) {
        if (v.value == null) {
            return null;
        }
        return v.value instanceof PlRow row ? rowText(row) : rt.text(v.value, v.type);
    }

    PlRuntime runtime() {
        return rt;
    }

    private Scope.Var variable(Scope scope, String name) {
        Scope.Var v = scope.find(name);
        if (v == null) {
            throw new PgException(SqlState.SYNTAX_ERROR, "\"" + name + "\" is not a known variable");
        }
        return v;
    }

    private void assign(PlStmt.Assign a, Scope scope) {
        String target = a.field() == null ? a.target() : a.target() + "." + a.field();
        Value v = eval(a.expr(), scope, "PL/pgSQL assignment \"" + target + " := " + a.expr().text().strip() + "\"");
        setVar(scope, a.field() == null ? a.target() : a.target() + "." + a.field(), v);
    }

    private void setVar(Scope scope, String target, Value v) {
        int dot = target.indexOf('.');
        if (dot > 0) {
            Scope.Var rec = variable(scope, target.substring(0, dot));
            PlRow row = rec.row();
            String field = target.substring(dot + 1);
            int idx = row.indexOf(field);
            if (idx < 0) {
                throw new PgException(SqlState.UNDEFINED_COLUMN, "record \"" + rec.name + "\" has no field \""
                        + field + "\"");
            }
            row.values()[idx] = assignValue(v, row.types().get(idx));
            return;
        }
        Scope.Var var = variable(scope, target);
        if (var.constant) {
            throw new PgException(SqlState.SYNTAX_ERROR, "variable \"" + var.name + "\" is declared CONSTANT");
        }
        Object value = assignValue(v, var.type);
        if (var.notNull && value == null) {
            throw new PgException(SqlState.NULL_VALUE_NOT_ALLOWED, "null value cannot be assigned to variable \""
                    + var.name + "\" declared NOT NULL");
        }
        var.value = value;
    }
}
