package dev.olifant.catalog.system;

import dev.olifant.lock.LockInfo;
import java.util.ArrayList;
import java.util.List;

/** The statistics views over running sessions and their locks: pg_stat_activity and pg_locks. */
final class ActivityViews {
    static final String PG_STAT_ACTIVITY = "datid:oid datname:name pid:int4 leader_pid:int4 usesysid:oid usename:name "
            + "application_name:text client_addr:inet client_hostname:text client_port:int4 "
            + "backend_start:timestamptz xact_start:timestamptz query_start:timestamptz state_change:timestamptz "
            + "wait_event_type:text wait_event:text state:text backend_xid:xid backend_xmin:xid query_id:int8 "
            + "query:text backend_type:text ";
    static final String PG_LOCKS = "locktype:text database:oid relation:oid page:int4 tuple:int2 virtualxid:text "
            + "transactionid:xid classid:oid objid:oid objsubid:int2 virtualtransaction:text pid:int4 mode:text "
            + "granted:bool fastpath:bool waitstart:timestamptz ";

    private ActivityViews() {
    }

    static List<SystemView> all() {
        return List.of(CatalogView.of("pg_stat_activity", 12222, PG_STAT_ACTIVITY, ActivityViews::activity),
                CatalogView.of("pg_locks", 12073, PG_LOCKS, ActivityViews::locks));
    }

    private static List<Object[]> activity(SystemContext ctx) {
        List<Object[]> rows = new ArrayList<>();
        for (ActivityInfo a : ctx.activity()) {
            rows.add(new Object[] {a.datid(), a.datname(), a.pid(), null, a.usesysid(), a.usename(),
                a.applicationName(), null, null, -1, a.backendStart(), a.xactStart(), a.queryStart(), a.stateChange(),
                a.waitEventType(), a.waitEvent(), a.state(), xid(a.backendXid()), xid(a.backendXmin()), null,
                a.query(), "client backend"});
        }
        return rows;
    }

    private static List<Object[]> locks(SystemContext ctx) {
        List<Object[]> rows = new ArrayList<>();
        for (LockInfo l : ctx.locks()) {
            boolean relation = l.lockType().equals("relation");
            boolean advisory = l.lockType().equals("advisory");
            rows.add(new Object[] {l.lockType(), relation || advisory ? l.database() : null,
                relation ? l.relation() : null, null, null, l.virtualXid(), xid(l.transactionId()),
                advisory ? l.classid() : null, advisory ? l.objid() : null, advisory ? (short) l.objsubid() : null,
                l.virtualTransaction(), l.pid(), l.mode(), l.granted(), l.fastPath(), l.waitStart()});
        }
        return rows;
    }

    private static Long xid(long xid) {
        return xid == 0 ? null : xid;
    }
}
