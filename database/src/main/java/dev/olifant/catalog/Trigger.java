package dev.olifant.catalog;

import java.util.List;

/**
 * A trigger (a pg_trigger row).
 *
 * @param type        pg_trigger.tgtype: the {@code TYPE_*} bits
 * @param enabled     tgenabled: 'O' fires in origin (normal) mode, 'D' disabled, 'R' replica, 'A' always
 * @param columns     UPDATE OF columns (attnums), empty for any column
 * @param when        the WHEN condition as SQL text over OLD / NEW, null when none
 * @param arguments   the arguments written after the function name (TG_ARGV)
 * @param constraint  a constraint trigger (CREATE CONSTRAINT TRIGGER)
 * @param parentOid   tgparentid: for a clone of a partitioned table's row trigger on one of its
 *                    partitions, the trigger it was cloned from (which requires it); 0 otherwise
 */
public record Trigger(long oid, long tableOid, String name, long functionOid, int type, char enabled,
        List<Integer> columns, String when, List<String> arguments, boolean constraint, boolean deferrable,
        boolean initiallyDeferred, long parentOid) {
    public static final int TYPE_ROW = 1;
    public static final int TYPE_BEFORE = 2;
    public static final int TYPE_INSERT = 4;
    public static final int TYPE_DELETE = 8;
    public static final int TYPE_UPDATE = 16;
    public static final int TYPE_TRUNCATE = 32;
    public static final int TYPE_INSTEAD = 64;

    public Trigger {
        columns = List.copyOf(columns);
        arguments = List.copyOf(arguments);
    }

    public boolean row() {
        return (type & TYPE_ROW) != 0;
    }

    public boolean before() {
        return (type & TYPE_BEFORE) != 0;
    }

    public boolean instead() {
        return (type & TYPE_INSTEAD) != 0;
    }

    public boolean after() {
        return (type & (TYPE_BEFORE | TYPE_INSTEAD)) == 0;
    }

    public boolean on(int event) {
        return (type & event) != 0;
    }

    public Trigger withEnabled(char state) {
        return new Trigger(oid, tableOid, name, functionOid, type, state, columns, when, arguments, constraint,
                deferrable, initiallyDeferred, parentOid);
    }

    /** This trigger's clone on partition {@code partitionOid}, with its UPDATE OF columns as the partition numbers them. */
    public Trigger cloneOn(long cloneOid, long partitionOid, List<Integer> partitionColumns) {
        return new Trigger(cloneOid, partitionOid, name, functionOid, type, enabled, partitionColumns, when, arguments,
                constraint, deferrable, initiallyDeferred, oid);
    }

    /** Whether it is a clone of a partitioned table's trigger. */
    public boolean isClone() {
        return parentOid != 0;
    }
}
