package dev.olifant.catalog;

import dev.olifant.storage.TableStorage;
import java.util.ArrayList;
import java.util.List;

/**
 * A table. {@code columns} holds every attribute in attnum order, dropped ones included (so
 * {@code columns.get(attnum - 1)} is attribute {@code attnum}); tuple values are stored in the same
 * positions. {@code storage} is shared by every catalog version of this table.
 */
public record Table(long oid, String name, long namespaceOid, long ownerOid, char persistence, List<Column> columns,
        List<Constraint> constraints, List<Long> indexOids, TableStorage storage, Partitioning partitioning)
        implements Relation {

    /** A table outside any partition tree. */
    public Table(long oid, String name, long namespaceOid, long ownerOid, char persistence, List<Column> columns,
            List<Constraint> constraints, List<Long> indexOids, TableStorage storage) {
        this(oid, name, namespaceOid, ownerOid, persistence, columns, constraints, indexOids, storage, null);
    }

    /** relkind: 'p' for a partitioned table (it holds no rows itself), else 'r'. */
    @Override
    public char kind() {
        return isPartitioned() ? 'p' : 'r';
    }

    public boolean isPartitioned() {
        return partitioning != null && partitioning.isPartitioned();
    }

    public boolean isPartition() {
        return partitioning != null && partitioning.isPartition();
    }

    public Table withPartitioning(Partitioning p) {
        return new Table(oid, name, namespaceOid, ownerOid, persistence, columns, constraints, indexOids, storage,
                p == null ? null : p.orNull());
    }

    public Column column(int attnum) {
        return columns.get(attnum - 1);
    }

    /** The live column with this name, or null. */
    public Column column(String columnName) {
        for (Column c : columns) {
            if (!c.dropped() && c.name().equals(columnName)) {
                return c;
            }
        }
        return null;
    }

    public List<Column> liveColumns() {
        List<Column> live = new ArrayList<>(columns.size());
        for (Column c : columns) {
            if (!c.dropped()) {
                live.add(c);
            }
        }
        return live;
    }

    public Constraint primaryKey() {
        for (Constraint c : constraints) {
            if (c.kind() == ConstraintKind.PRIMARY_KEY) {
                return c;
            }
        }
        return null;
    }

    public Table withName(String n) {
        return new Table(oid, n, namespaceOid, ownerOid, persistence, columns, constraints, indexOids, storage, partitioning);
    }

    public Table withOwner(long o) {
        return new Table(oid, name, namespaceOid, o, persistence, columns, constraints, indexOids, storage, partitioning);
    }

    public Table withNamespace(long ns) {
        return new Table(oid, name, ns, ownerOid, persistence, columns, constraints, indexOids, storage, partitioning);
    }

    public Table withColumns(List<Column> cols) {
        return new Table(oid, name, namespaceOid, ownerOid, persistence, List.copyOf(cols), constraints, indexOids,
                storage, partitioning);
    }

    public Table withConstraints(List<Constraint> cons) {
        return new Table(oid, name, namespaceOid, ownerOid, persistence, columns, List.copyOf(cons), indexOids,
                storage, partitioning);
    }

    public Table withIndexOids(List<Long> idx) {
        return new Table(oid, name, namespaceOid, ownerOid, persistence, columns, constraints, List.copyOf(idx),
                storage, partitioning);
    }

    public Table withStorage(TableStorage s) {
        return new Table(oid, name, namespaceOid, ownerOid, persistence, columns, constraints, indexOids, s, partitioning);
    }
}
