package dev.olifant.session;

import dev.olifant.catalog.Catalog;
import dev.olifant.catalog.Database;
import dev.olifant.catalog.Relation;
import dev.olifant.catalog.Role;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.exec.ExecContext;
import dev.olifant.exec.Interrupts;
import dev.olifant.exec.SessionServices;
import dev.olifant.sql.analyze.AnalysisContext;
import dev.olifant.sql.analyze.PlannerCosts;
import dev.olifant.sql.analyze.ParamTypes;
import dev.olifant.sql.ast.RawStatement;
import dev.olifant.sql.ast.Statement;
import dev.olifant.sql.parser.Parser;
import dev.olifant.txn.IsolationLevel;
import dev.olifant.txn.Transaction;
import dev.olifant.types.BinaryIO;
import dev.olifant.types.FormatSettings;
import dev.olifant.types.PgType;
import dev.olifant.types.TextIO;
import dev.olifant.types.TimeZones;
import dev.olifant.types.Types;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A client session: the implementation of the protocol-facing {@link Session} and of the
 * {@link SessionServices} statements use. Statement execution proper lives in
 * {@link StatementRunner}; this class owns the session's state — settings, transaction block,
 * prepared statements and portals — and the rules of the simple and extended query protocols.
 */
public final class PgSession implements Session, SessionServices {
    /** The deferred constraint state and the transaction it belongs to. */
    private dev.olifant.exec.dml.DeferredConstraints deferred;
    private Transaction deferredFor;
    private final Instance instance;
    private final Database database;
    private final SessionRoles roles;
    private final PendingNotifications notifications;
    private final int processId;
    final Settings settings;
    final Interrupts interrupts = new Interrupts();
    final TransactionState tx;
    private final Map<String, Prepared> prepared = new HashMap<>();
    private final Map<String, Portal> portals = new HashMap<>();
    /** The cursors DECLARE made. */
    final Cursors cursors = new Cursors();
    private final Map<Long, Long> currvals = new HashMap<>();
    private Long lastval;
    private final StatementRunner runner;
    final EngineFunctions engineFunctions;
    final CatalogRegLookup regLookup;
    private volatile boolean running;
    /** True while a simple Query holding several statements runs: they share one implicit transaction block. */
    boolean multiStatement;
    private FormatSettings formatCache;
    private String formatKey;
    private ResultSink currentSink;
    private final dev.olifant.lock.Locker locker;
    private final Activity activity = new Activity();

    PgSession(Instance instance, Database database, Role role, StartupRequest request) {
        this.instance = instance;
        this.database = database;
        this.processId = request.processId();
        this.tempNumber = instance.tempNamespaces.acquire();
        this.settings = new Settings(instance.config().settings());
        this.locker = instance.locks().register(processId, database.info().oid(), this::currentXid);
        this.tx = new TransactionState(instance.cluster().transactions(), database, locker);
        this.engineFunctions = new EngineFunctions(instance.startTime(), instance.durability());
        engineFunctions.planTimeContext(() -> tx.current() == null ? null : execContext(tx.current(), new Object[0]));
        this.regLookup = new CatalogRegLookup(instance.cluster(), this::catalog, () -> searchPath().schemas());
        this.runner = new StatementRunner(this);
        this.roles = new SessionRoles(instance.cluster(), role, settings);
        this.notifications = new PendingNotifications(processId, database.info().oid(), instance.notifications());
        tx.setNotifications(notifications);
        settings.setInternal("is_superuser", role.superuser() ? "on" : "off");
        settings.setInternal("session_authorization", role.name());
        StartupParameters.apply(settings, request.parameters());
        settings.markSessionDefaults();
    }

    /** Sends a notice unless client_min_messages filters it out. */
    void notice(ResultSink sink, PgException notice) {
        if (messageRank(notice.severity().name().toLowerCase(java.util.Locale.ROOT))
                >= messageRank(settings.get("client_min_messages")) || notice.severity() == dev.olifant.error.Severity.INFO) {
            sink.notice(notice);
        }
    }

    /** Sends a notice to the client of the statement running now. */
    void notice(PgException notice) {
        if (currentSink != null) {
            notice(currentSink, notice);
        }
    }

    private static int messageRank(String level) {
        return switch (level) {
            case "debug5", "debug4", "debug3", "debug2", "debug1", "debug" -> 0;
            case "log" -> 1;
            case "notice" -> 2;
            case "warning" -> 3;
            case "error" -> 4;
            default -> 2;
        };
    }

    @Override
    public Map<String, String> reportedParameters() {
        Map<String, String> out = new LinkedHashMap<>();
        for (SettingDef d : SettingDefs.all()) {
            if (d.reported()) {
                out.put(d.name(), settings.show(d.name()));
            }
        }
        return out;
    }

    // ---- state used by the statement runner -------------------------------------------------

    Instance instance() {
        return instance;
    }

    Database database() {
        return database;
    }

    /** The current user (SET ROLE, SET SESSION AUTHORIZATION): the role privileges are checked for. */
    Role role() {
        return roles.current();
    }

    /** Fails unless the current user (and each view's owner) holds what a statement needs, as the executor's start does. */
    void checkPrivileges(dev.olifant.sql.analyze.RequiredPrivileges required) {
        required.check(instance.cluster(), catalog(), role());
    }

    SessionRoles roles() {
        return roles;
    }

    /** The transaction's LISTEN / UNLISTEN / NOTIFY work. */
    PendingNotifications notifications() {
        return notifications;
    }

    @Override
    public java.util.List<Notification> takeNotifications() {
        return instance.notifications().take(processId);
    }

    @Override
    public void onNotification(Runnable wakeup) {
        instance.notifications().listener(processId, database.info().oid()).wakeup = wakeup;
    }

    public int processId() {
        return processId;
    }

    private final int tempNumber;

    @Override
    public String tempNamespaceName() {
        return "pg_temp_" + tempNumber;
    }

    private boolean tempNamespaceUsed;

    @Override
    public boolean firstTempNamespaceUse() {
        boolean first = !tempNamespaceUsed;
        tempNamespaceUsed = true;
        return first;
    }

    final OnCommitActions onCommitActions = new OnCommitActions();

    @Override
    public void onCommit(long tableOid, boolean drop) {
        onCommitActions.add(tableOid, drop);
    }

    public String databaseName() {
        return database.info().name();
    }

    Catalog catalog() {
        return tx.active() ? tx.catalog().current() : database.committed();
    }

    SearchPath searchPath() {
        return SearchPath.resolve(settings.get("search_path"), role().name(), catalog(), tempNamespaceName());
    }

    private long formatVersion = -1;

    FormatSettings formatSettings() {
        if (formatCache != null && formatVersion == settings.version()) {
            return formatCache;
        }
        formatVersion = settings.version();
        String key = settings.get("DateStyle") + "|" + settings.get("IntervalStyle") + "|" + settings.get("TimeZone")
                + "|" + settings.get("extra_float_digits") + "|" + settings.get("bytea_output");
        if (!key.equals(formatKey)) {
            String ds = settings.get("DateStyle");
            FormatSettings.IntervalStyle is = FormatSettings.IntervalStyle.valueOf(
                    settings.get("IntervalStyle").toUpperCase(java.util.Locale.ROOT));
            formatCache = new FormatSettings(DateStyles.style(ds), DateStyles.order(ds), is, zone(),
                    Integer.parseInt(settings.get("extra_float_digits")), settings.get("bytea_output").equals("hex"));
            formatKey = key;
        }
        return formatCache;
    }

    private ZoneId zone() {
        return TimeZones.settingZone(settings.get("TimeZone"));
    }

    IsolationLevel defaultIsolation() {
        return IsolationLevel.fromSqlName(settings.get("default_transaction_isolation"));
    }

    /** Starts the implicit transaction a statement runs in, unless one is open. */
    Transaction beginStatementTransaction() {
        return tx.ensure(defaultIsolation(), settings.getBool("default_transaction_read_only"),
                settings.getBool("default_transaction_deferrable"));
    }

    AnalysisContext analysisContext(Catalog catalog, ParamTypes params) {
        Role current = role();
        SearchPath sp = SearchPath.resolve(settings.get("search_path"), current.name(), catalog, tempNamespaceName());
        return new AnalysisContext(instance.cluster(), catalog, sp.schemas(), sp.creationSchema(), formatSettings(),
                regLookup, params, current.name(), current.oid(), databaseName(), engineFunctions,
                PlannerCosts.from(settings::get));
    }

    ExecContext execContext(Transaction txn, Object[] params) {
        Instant txnStart = tx.start() == null ? Instant.now() : tx.start();
        return new ExecContext(txn, txn.statementSnapshot(interrupts::check), params, formatSettings(), txnStart, Instant.now(),
                interrupts, regLookup, this);
    }

    /** Sends ParameterStatus for reported settings whose value a statement or a rollback changed. */
    void reportChanged(Map<String, String> before, ResultSink sink) {
        for (Map.Entry<String, String> e : reportedParameters().entrySet()) {
            String old = before.get(e.getKey());
            if (old != null && !old.equals(e.getValue())) {
                sink.parameterStatus(e.getKey(), e.getValue());
            }
        }
    }

    // ---- simple query protocol ----------------------------------------------------------------

    @Override
    public void simpleQuery(String sql, ResultSink sink) {
        currentSink = sink;
        running = true;
        interrupts.startStatement(0);
        activity.start(sql);
        try {
            List<RawStatement> statements;
            try {
                statements = Parser.parse(sql);
            } catch (PgException e) {
                abortAfterError();
                throw e;
            }
            if (statements.isEmpty()) {
                sink.emptyQuery();
                return;
            }
            boolean multi = statements.size() > 1;
            multiStatement = multi;
            for (RawStatement raw : statements) {
                Prepared p = new Prepared(sql, raw, new PgType[0]);
                try {
                    runner.run(p, new Object[0], null, sink, true, 0, null);
                } catch (RuntimeException e) {
                    abortAfterError();
                    throw asPgException(e);
                }
                if (!multi) {
                    finishImplicit(sink);
                }
            }
            if (multi) {
                finishImplicit(sink);
            }
        } finally {
            running = false;
            multiStatement = false;
            interrupts.endStatement();
            activity.idle(tx.status(), settings.get("application_name"));
        }
    }

    /** Commits the implicit transaction of a completed statement (explicit blocks stay open). */
    void finishImplicit(ResultSink sink) {
        if (tx.active() && !tx.explicit()) {
            commitTransaction(sink);
        }
    }

    /** Commits and reports the reported settings whose SET LOCAL values ended with the transaction. */
    void commitTransaction(ResultSink sink) {
        fireDeferred(sink);
        onCommitActions.beforeCommit(this);
        if (tx.current() != null) {
            tx.current().setSynchronousCommit(dev.olifant.wal.SyncCommit.parse(settings.show("synchronous_commit")));
        }
        try {
            cursors.beforeCommit();
        } catch (RuntimeException e) {
            // a WITH HOLD cursor that fails to read its rows aborts the commit, as in PostgreSQL
            rollbackTransaction(sink);
            throw e;
        }
        try {
            tx.commit();
        } catch (RuntimeException e) {
            cursors.afterRollback();
            reportRestored(settings.endTransaction(false), sink);
            throw e;
        }
        reportRestored(settings.endTransaction(true), sink);
    }

    /** Sends ParameterStatus for reported settings that a transaction end changed back. */
    void reportRestored(Map<String, String> restored, ResultSink sink) {
        if (sink == null) {
            return;
        }
        for (String key : restored.keySet()) {
            SettingDef def = SettingDefs.find(key);
            if (def != null && def.reported()) {
                sink.parameterStatus(def.name(), settings.show(def.name()));
            }
        }
    }

    /** After an error: a transaction block becomes failed; an implicit transaction rolls back. */
    private void abortAfterError() {
        if (tx.active() && tx.explicit()) {
            tx.markFailed();
        } else if (tx.active()) {
            rollbackTransaction(currentSink);
        }
    }

    void rollbackTransaction(ResultSink sink) {
        tx.rollback();
        cursors.afterRollback();
        reportRestored(settings.endTransaction(false), sink);
    }

    static PgException asPgException(RuntimeException e) {
        if (e instanceof PgException pg) {
            return pg;
        }
        return PgException.internal(e);
    }

    // ---- extended query protocol --------------------------------------------------------------

    @Override
    public void parse(String name, String sql, int[] parameterTypeOids) {
        if (!name.isEmpty() && prepared.containsKey(name)) {
            throw new PgException(SqlState.DUPLICATE_PREPARED_STATEMENT, "prepared statement \"" + name
                    + "\" already exists");
        }
        List<RawStatement> stmts = Parser.parse(sql);
        if (stmts.size() > 1) {
            throw new PgException(SqlState.SYNTAX_ERROR, "cannot insert multiple commands into a prepared statement");
        }
        PgType[] types = new PgType[parameterTypeOids.length];
        for (int i = 0; i < types.length; i++) {
            int oid = parameterTypeOids[i];
            types[i] = oid == 0 ? Types.UNKNOWN : Types.byOid(oid);
            if (types[i] == null) {
                throw new PgException(SqlState.UNDEFINED_OBJECT, "type with OID " + oid + " does not exist");
            }
        }
        Prepared p = new Prepared(sql, stmts.isEmpty() ? null : stmts.get(0), types);
        if (p.raw != null && tx.failed() && !StatementRunner.allowedInFailedBlock(p.raw.statement())) {
            throw StatementRunner.failedBlock();
        }
        if (p.raw != null) {
            runner.analyzeIfQuery(p);
        }
        prepared.put(name, p);
    }

    /** PREPARE name (types) AS statement. */
    void prepareSql(String name, RawStatement raw, PgType[] types) {
        if (prepared.containsKey(name)) {
            throw new PgException(SqlState.DUPLICATE_PREPARED_STATEMENT, "prepared statement \"" + name
                    + "\" already exists");
        }
        Prepared p = new Prepared(raw.source(), raw, types);
        runner.analyzeIfQuery(p);
        prepared.put(name, p);
    }

    /** DEALLOCATE name, or every statement when name is null. */
    void deallocate(String name) {
        if (name == null) {
            prepared.clear();
            return;
        }
        if (prepared.remove(name) == null) {
            throw new PgException(SqlState.INVALID_SQL_STATEMENT_NAME, "prepared statement \"" + name
                    + "\" does not exist");
        }
    }

    Prepared statement(String name) {
        Prepared p = prepared.get(name);
        if (p == null) {
            throw new PgException(SqlState.INVALID_SQL_STATEMENT_NAME, "prepared statement \"" + name
                    + "\" does not exist");
        }
        return p;
    }

    @Override
    public StatementDescription describeStatement(String name) {
        Prepared p = statement(name);
        runner.refresh(p);
        int[] oids = new int[p.paramTypes.length];
        for (int i = 0; i < oids.length; i++) {
            oids[i] = (p.paramTypes[i] == Types.UNKNOWN ? Types.TEXT : p.paramTypes[i]).oid();
        }
        return new StatementDescription(oids, runner.describe(p, null));
    }

    @Override
    public void bind(String portalName, String statementName, short[] parameterFormats, byte[][] parameterValues,
            short[] resultFormats) {
        Prepared p = statement(statementName);
        if (tx.failed() && p.raw != null && !StatementRunner.allowedInFailedBlock(p.raw.statement())) {
            throw StatementRunner.failedBlock();
        }
        if (!portalName.isEmpty() && portals.containsKey(portalName)) {
            throw new PgException(SqlState.DUPLICATE_CURSOR, "cursor \"" + portalName + "\" already exists");
        }
        runner.refresh(p);
        if (parameterValues.length != p.paramTypes.length) {
            throw new PgException(SqlState.PROTOCOL_VIOLATION, "bind message supplies " + parameterValues.length
                    + " parameters, but prepared statement \"" + statementName + "\" requires " + p.paramTypes.length);
        }
        if (parameterFormats.length > 1 && parameterFormats.length != parameterValues.length) {
            throw new PgException(SqlState.PROTOCOL_VIOLATION, "bind message has " + parameterFormats.length
                    + " parameter formats but " + parameterValues.length + " parameters");
        }
        Object[] params = new Object[parameterValues.length];
        for (int i = 0; i < params.length; i++) {
            byte[] raw = parameterValues[i];
            if (raw == null) {
                continue;
            }
            PgType t = p.paramTypes[i] == Types.UNKNOWN ? Types.TEXT : p.paramTypes[i];
            short f = ResultEncoder.format(parameterFormats, i, params.length);
            params[i] = f == 1 ? BinaryIO.receive(t, -1, raw)
                    : TextIO.input(t, -1, new String(raw, StandardCharsets.UTF_8), formatSettings(), regLookup);
        }
        portals.put(portalName, new Portal(p, params, resultFormats));
    }

    private Portal portal(String name) {
        Portal p = portals.get(name);
        if (p == null) {
            throw new PgException(SqlState.INVALID_CURSOR_NAME, "portal \"" + name + "\" does not exist");
        }
        return p;
    }

    @Override
    public List<Field> describePortal(String portalName) {
        Portal p = portal(portalName);
        return runner.describe(p.statement, p.resultFormats);
    }

    @Override
    public boolean execute(String portalName, int maxRows, ResultSink sink) {
        Portal p = portal(portalName);
        currentSink = sink;
        running = true;
        interrupts.startStatement(0);
        activity.start(p.statement.sql);
        try {
            if (p.statement.raw == null) {
                sink.emptyQuery();
                return true;
            }
            if (tx.failed() && !StatementRunner.allowedInFailedBlock(p.statement.raw.statement())) {
                throw StatementRunner.failedBlock();
            }
            boolean done = runner.run(p.statement, p.params, p.resultFormats, sink, false, maxRows, p);
            if (done && portalName.isEmpty()) {
                portals.remove(portalName);
            }
            return done;
        } catch (RuntimeException e) {
            abortAfterError();
            throw asPgException(e);
        } finally {
            running = false;
            interrupts.endStatement();
            activity.idle(tx.status(), settings.get("application_name"));
        }
    }

    @Override
    public void closeStatement(String name) {
        prepared.remove(name);
    }

    @Override
    public void closePortal(String name) {
        Portal p = portals.remove(name);
        if (p != null && p.rows != null) {
            p.rows.close();
        }
    }

    @Override
    public void sync() {
        portals.keySet().removeIf(String::isEmpty);
        if (currentSink != null) {
            finishImplicit(currentSink);
        } else if (tx.active() && !tx.explicit()) {
            commitTransaction(null);
        }
    }

    @Override
    public void extendedProtocolError() {
        abortAfterError();
        portals.keySet().removeIf(String::isEmpty);
    }

    @Override
    public TransactionStatus transactionStatus() {
        return tx.status();
    }

    @Override
    public long idleInTransactionTimeoutMillis() {
        return settings.getLong("idle_in_transaction_session_timeout");
    }

    @Override
    public void cancel() {
        if (running) {
            interrupts.requestCancel(null);
        }
    }

    void terminate() {
        interrupts.requestTerminate();
    }

    /** This session's row of pg_stat_activity. */
    dev.olifant.catalog.system.ActivityInfo activityInfo() {
        return activity.info(this, tx.start(), locker);
    }

    @Override
    public void close() {
        for (Portal p : portals.values()) {
            if (p.rows != null) {
                p.rows.close();
            }
        }
        portals.clear();
        cursors.closeAll();
        if (tx.active()) {
            tx.rollback();
        }
        try {
            TempObjects.dropAtExit(this);
        } finally {
            instance.tempNamespaces.release(tempNumber);
            locker.close();
            instance.closed(this);
        }
    }

    void closeAllPrepared() {
        prepared.clear();
        portals.clear();
        cursors.closeAll();
    }

    // ---- SessionServices ----------------------------------------------------------------------

    /** The current transaction's xid, 0 without one (read by other sessions' lock views). */
    private long currentXid() {
        Transaction t = tx.current();
        return t == null ? 0 : t.xid();
    }

    @Override
    public long currentOf(String cursorName, dev.olifant.catalog.Table table) {
        return cursors.get(cursorName).currentOf(table);
    }

    @Override
    public dev.olifant.lock.Locker locker() {
        return locker;
    }

    @Override
    public String currentUser() {
        return role().name();
    }

    @Override
    public String sessionUser() {
        return roles.sessionUser().name();
    }

    @Override
    public String currentDatabase() {
        return databaseName();
    }

    @Override
    public long lockTimeoutMillis() {
        return settings.getLong("lock_timeout");
    }

    @Override
    public long deadlockTimeoutMillis() {
        return settings.getLong("deadlock_timeout");
    }

    @Override
    public void sequenceUsed(long sequenceOid, long value) {
        currvals.put(sequenceOid, value);
        lastval = value;
    }

    /** CHECKPOINT: superusers and members of pg_checkpoint, as in PostgreSQL 15. */
    void checkpoint() {
        Role r = role();
        if (!dev.olifant.catalog.RoleGraph.hasPrivileges(instance.cluster(), r.oid(), 4544L)) {
            throw new PgException(SqlState.INSUFFICIENT_PRIVILEGE,
                    "must be superuser or have privileges of pg_checkpoint to do CHECKPOINT");
        }
        instance.durability().checkpoint();
    }

    @Override
    public void sequenceChanged(dev.olifant.catalog.Sequence sequence, boolean reset) {
        instance.durability().logSequence(database.info().oid(), sequence, reset);
    }

    @Override
    public Long currval(long sequenceOid) {
        return currvals.get(sequenceOid);
    }

    @Override
    public Long lastval() {
        return lastval;
    }

    void discardSequences() {
        currvals.clear();
        lastval = null;
    }

    @Override
    public Relation relation(long oid) {
        return catalog().relation(oid);
    }

    final RoutineCalls routines = new RoutineCalls(this);

    @Override
    public java.util.List<dev.olifant.catalog.Trigger> triggers(long tableOid) {
        return catalog().routines().triggersOn(tableOid);
    }

    @Override
    public Object[] callTrigger(dev.olifant.exec.TriggerCall call) {
        return routines.callTrigger(call);
    }

    @Override
    public boolean triggerCondition(dev.olifant.exec.TriggerCall call) {
        return routines.triggerCondition(call);
    }

    @Override
    public Object callRoutine(dev.olifant.catalog.Routine routine, java.util.List<dev.olifant.types.PgType> argTypes,
            Object[] args) {
        return routines.call(routine, argTypes, args);
    }

    @Override
    public dev.olifant.exec.dml.TableTarget writeTarget(long tableOid) {
        return dev.olifant.sql.analyze.TargetBuilder.build(analysisContext(catalog(), new ParamTypes(new PgType[0],
                false)), (dev.olifant.catalog.Table) catalog().relation(tableOid));
    }

    @Override
    public dev.olifant.exec.expr.Expression columnDefault(long tableOid, int attnum) {
        dev.olifant.catalog.Table t = (dev.olifant.catalog.Table) catalog().relation(tableOid);
        return dev.olifant.sql.analyze.ExpressionAnalysis.columnDefault(analysisContext(catalog(),
                new ParamTypes(new PgType[0], false)), t.column(attnum));
    }

    @Override
    public dev.olifant.exec.dml.DeferredConstraints deferredConstraints() {
        if (deferredFor != tx.current()) {
            deferredFor = tx.current();
            deferred = new dev.olifant.exec.dml.DeferredConstraints();
        }
        return deferred;
    }

    /** Fires the transaction's deferred constraint checks; when one fails the transaction rolls back. */
    private void fireDeferred(ResultSink sink) {
        if (deferredFor == null || deferredFor != tx.current() || deferred.isEmpty()) {
            return;
        }
        try {
            deferred.fireAll(execContext(tx.current(), new Object[0]));
        } catch (RuntimeException e) {
            rollbackTransaction(sink);
            throw e;
        }
    }

    @Override
    public String showSetting(String name) {
        return runner.show(name);
    }

    @Override
    public String setSetting(String name, String value, boolean local) {
        SettingDef def = settings.set(name, value, local, tx.active(), role().superuser());
        if (def != null && def.reported() && currentSink != null) {
            currentSink.parameterStatus(def.name(), settings.show(def.name()));
        }
        return settings.show(name);
    }

    @Override
    public dev.olifant.catalog.system.SystemContext systemContext() {
        return new SessionSystemContext(this);
    }

    /** The server's configured settings, for pg_settings' source column. */
    Map<String, String> configuredSettings() {
        return instance.config().settings();
    }

    Settings settings() {
        return settings;
    }

    String show(String name) {
        return runner.show(name);
    }

    static Statement statementOf(Prepared p) {
        return p.raw.statement();
    }
}
