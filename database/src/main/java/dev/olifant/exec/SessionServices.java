package dev.olifant.exec;

/**
 * What executing a statement may ask of the session running it: values that belong to the
 * session rather than the statement (currval/lastval state, user names, lock waits' settings).
 */
public interface SessionServices {

    /**
     * WHERE CURRENT OF: the tuple id of {@code table}'s row the named cursor is on (34000 when
     * there is no such cursor, 24000 when it is not on a row of that table).
     */
    default long currentOf(String cursorName, dev.olifant.catalog.Table table) {
        throw new dev.olifant.error.PgException(dev.olifant.error.SqlState.INVALID_CURSOR_NAME,
                "cursor \"" + cursorName + "\" does not exist");
    }

    String currentUser();

    String sessionUser();

    String currentDatabase();

    /** lock_timeout in milliseconds, 0 for none. */
    long lockTimeoutMillis();

    /** deadlock_timeout in milliseconds: how long a wait lasts before looking for a deadlock. */
    long deadlockTimeoutMillis();

    /** Records a nextval() result for currval()/lastval(). */
    void sequenceUsed(long sequenceOid, long value);

    /** After nextval() ({@code reset} false) or setval() ({@code reset} true): lets the WAL log the position. */
    default void sequenceChanged(dev.olifant.catalog.Sequence sequence, boolean reset) {
    }

    /** currval(): the last value nextval() gave this session for the sequence, or null. */
    Long currval(long sequenceOid);

    /** lastval(): the last value any nextval() gave this session, or null. */
    Long lastval();

    /** The relation with this OID in the catalog the session sees now, or null. */
    dev.olifant.catalog.Relation relation(long oid);

    /** current_setting(): SHOW's rendering of a setting. */
    String showSetting(String name);

    /** set_config(): SET (or SET LOCAL) from within a query; returns the new value as SHOW prints it. */
    String setSetting(String name, String value, boolean local);

    /** pg_backend_pid(). */
    int processId();

    /**
     * The name of this session's own temporary schema ({@code pg_temp_N}), whether or not it
     * exists yet; null for a session that cannot have temporary objects.
     */
    default String tempNamespaceName() {
        return null;
    }

    /**
     * True the first time this session uses its temporary schema: what an earlier session with
     * the same number left there (after a crash) is then removed first.
     */
    default boolean firstTempNamespaceUse() {
        return false;
    }

    /**
     * Records a temporary table's ON COMMIT action: {@code drop} for DROP, else DELETE ROWS. The
     * session applies it as each of its transactions commits.
     */
    default void onCommit(long tableOid, boolean drop) {
        throw new dev.olifant.error.PgException(dev.olifant.error.SqlState.FEATURE_NOT_SUPPORTED,
                "ON COMMIT actions are not supported here");
    }

    /** The session's identity in the lock manager, whose locks last to transaction end. */
    dev.olifant.lock.Locker locker();

    /** The catalog view system relations read. */
    dev.olifant.catalog.system.SystemContext systemContext();

    /** A table prepared for writing (foreign key actions write referencing tables), over the catalog seen now. */
    dev.olifant.exec.dml.TableTarget writeTarget(long tableOid);

    /** A column's DEFAULT expression (no column references), or null when it has none. */
    dev.olifant.exec.expr.Expression columnDefault(long tableOid, int attnum);

    /** The transaction's deferred constraint state. */
    dev.olifant.exec.dml.DeferredConstraints deferredConstraints();

    /** A table's triggers in the catalog the session sees now, in firing order. */
    default java.util.List<dev.olifant.catalog.Trigger> triggers(long tableOid) {
        return java.util.List.of();
    }

    /**
     * Runs a trigger's function; returns the row it returned (a BEFORE ROW trigger's replacement
     * row, in the table's layout), or null when it returned NULL.
     */
    default Object[] callTrigger(TriggerCall call) {
        throw new dev.olifant.error.PgException(dev.olifant.error.SqlState.FEATURE_NOT_SUPPORTED,
                "triggers are not supported here");
    }

    /** Whether a trigger's WHEN condition holds for the rows of {@code call}. */
    default boolean triggerCondition(TriggerCall call) {
        return true;
    }

    /** Calls a user-defined function or procedure with its arguments (of the types given). */
    default Object callRoutine(dev.olifant.catalog.Routine routine, java.util.List<dev.olifant.types.PgType> argTypes,
            Object[] args) {
        throw new dev.olifant.error.PgException(dev.olifant.error.SqlState.FEATURE_NOT_SUPPORTED,
                "user-defined functions are not supported here");
    }
}
