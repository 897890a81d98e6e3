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

    /** Records a nextval() result for currval()/lastval(). */
    void sequenceUsed(long sequenceOid, long value);

    /** currval(): the last value nextval() gave this session for the sequence, or null. */
    Long currval(long sequenceOid);

    /** lastval(): the last value any nextval() gave this session, or null. */
    Long lastval();
}
