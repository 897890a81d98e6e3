package dev.olifant.exec;

/**
 * What executing a statement may ask of the session running it: values that belong to the
 * session rather than the statement (currval/lastval state, user names, lock waits' settings).
 */
public interface SessionServices {

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
}
