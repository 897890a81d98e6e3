package dev.olifant.lock;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The wait-for graph and PostgreSQL's deadlock search (deadlock.c), run by a waiter once it has
 * waited deadlock_timeout, with the manager's lock held.
 *
 * <p>Nodes are lockers. A locker waiting for a table lock has a hard edge to every other holder
 * of a conflicting mode and a soft edge to every conflicting request queued ahead of it; a locker
 * waiting for a transaction to end (a row lock) has a hard edge to the locker running that
 * transaction. A cycle through hard edges only is a deadlock: the searching waiter fails with
 * 40P01, which rolls its transaction back and releases its locks. A cycle that contains a soft
 * edge is resolved as PostgreSQL does, by moving a waiter ahead of the request it queues behind
 * (the soft edge furthest along the cycle first).
 */
final class Deadlocks {
    private final LockManager manager;

    /** {@code from} waits for {@code to}; {@code soft} when only queue order separates them. */
    record Edge(Locker from, Locker to, boolean soft) {
    }

    Deadlocks(LockManager manager) {
        this.manager = manager;
    }

    /** The lockers {@code l} waits for right now. */
    List<Edge> edges(Locker l) {
        List<Edge> out = new ArrayList<>();
        LockManager.Request r = l.waitingLock;
        if (r != null && !r.granted) {
            LockManager.LockState st = manager.state(r.tag);
            if (st != null) {
                for (Map.Entry<Locker, Integer> e : st.granted.entrySet()) {
                    if (e.getKey() != l && r.mode.conflictsWithAny(e.getValue())) {
                        out.add(new Edge(l, e.getKey(), false));
                    }
                }
                for (LockManager.Request q : st.queue) {
                    if (q == r) {
                        break;
                    }
                    if (q.locker != l && r.mode.conflictsWith(q.mode)) {
                        out.add(new Edge(l, q.locker, true));
                    }
                }
            }
        }
        Locker awaited = l.waitingLocker;
        if (awaited != null && awaited != l && awaited.localTransaction() == l.waitingLockerTransaction) {
            out.add(new Edge(l, awaited, false));
        }
        long xid = l.waitingXid != 0 ? l.waitingXid : l.waitingSpecXid;
        if (xid != 0) {
            Locker owner = manager.ownerOf(xid);
            if (owner != null && owner != l) {
                out.add(new Edge(l, owner, false));
            }
        }
        return out;
    }

    /** Looks for a cycle through {@code me}; fails with 40P01 or reorders a queue when there is one. */
    void check(Locker me) {
        List<Edge> cycle = findCycle(me, me, new ArrayList<>(), new HashSet<>());
        if (cycle == null) {
            return;
        }
        // like deadlock.c, try the soft edge found last on the way round the cycle first
        for (Edge e : cycle.reversed()) {
            if (e.soft()) {
                LockManager.Request waiter = e.from().waitingLock;
                LockManager.Request blocker = e.to().waitingLock;
                if (waiter != null && blocker != null && waiter.tag.equals(blocker.tag)) {
                    manager.moveAhead(waiter, blocker);
                    return;
                }
            }
        }
        throw deadlock(cycle);
    }

    private List<Edge> findCycle(Locker start, Locker at, List<Edge> path, Set<Locker> visited) {
        if (!visited.add(at)) {
            return null;
        }
        for (Edge e : edges(at)) {
            path.add(e);
            if (e.to() == start) {
                return new ArrayList<>(path);
            }
            List<Edge> found = findCycle(start, e.to(), path, visited);
            if (found != null) {
                return found;
            }
            path.remove(path.size() - 1);
        }
        return null;
    }

    private PgException deadlock(List<Edge> cycle) {
        StringBuilder detail = new StringBuilder();
        for (Edge e : cycle) {
            if (!detail.isEmpty()) {
                detail.append('\n');
            }
            detail.append("Process ").append(e.from().pid()).append(" waits for ").append(describeWait(e.from()))
                    .append("; blocked by process ").append(e.to().pid()).append('.');
        }
        return error(detail.toString());
    }

    private static String describeWait(Locker l) {
        LockManager.Request r = l.waitingLock;
        if (r != null) {
            return r.mode.displayName() + " on " + r.tag.describe();
        }
        return "ShareLock on transaction " + l.waitingXid;
    }

    private static PgException error(String detail) {
        return new PgException(SqlState.DEADLOCK_DETECTED, "deadlock detected").withDetail(detail)
                .withHint("See server log for query details.");
    }

    /** The deadlock found on entering a queue: {@code me} and {@code other} each wait for the other's lock. */
    static PgException simple(Locker me, LockMode mode, LockTag tag, Locker other) {
        LockManager.Request theirs = other.waitingLock;
        String theirWait = theirs == null ? "a lock" : theirs.mode.displayName() + " on " + theirs.tag.describe();
        return error("Process " + me.pid() + " waits for " + mode.displayName() + " on " + tag.describe()
                + "; blocked by process " + other.pid() + ".\nProcess "
                + other.pid() + " waits for " + theirWait + "; blocked by process " + me.pid() + ".");
    }
}
