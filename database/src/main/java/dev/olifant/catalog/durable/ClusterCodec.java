package dev.olifant.catalog.durable;

import dev.olifant.catalog.Cluster;
import dev.olifant.catalog.Database;
import dev.olifant.catalog.DatabaseInfo;
import dev.olifant.catalog.Membership;
import dev.olifant.catalog.Role;
import dev.olifant.wal.WalInput;
import dev.olifant.wal.WalOutput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The cluster-wide catalog as bytes: the OID counter, roles, memberships, and every database's
 * pg_database row with its catalog image. When applied to a running cluster, a database's image
 * is used only when the database does not exist yet (its catalog evolves through CATALOG
 * records); existing databases keep theirs.
 */
public final class ClusterCodec {
    private ClusterCodec() {
    }

    public static byte[] encode(Cluster c) {
        return encode(c, Database::committed);
    }

    /** The image with each database's catalog as {@code catalogs} gives it (a checkpoint's consistent set). */
    public static byte[] encode(Cluster c, java.util.function.Function<Database, dev.olifant.catalog.Catalog> catalogs) {
        WalOutput out = new WalOutput(1024);
        out.i64(c.peekNextOid());
        List<Role> roles = List.copyOf(c.roles());
        out.i32(roles.size());
        for (Role r : roles) {
            out.i64(r.oid()).str(r.name()).bool(r.superuser()).bool(r.inherit()).bool(r.createRole()).bool(r.createDb())
                    .bool(r.canLogin()).bool(r.replication()).bool(r.bypassRls()).i32(r.connectionLimit())
                    .str(r.password()).bool(r.validUntil() != null);
            if (r.validUntil() != null) {
                out.i64(r.validUntil().getEpochSecond()).i32(r.validUntil().getNano());
            }
        }
        List<Membership> ms = List.copyOf(c.memberships());
        out.i32(ms.size());
        for (Membership m : ms) {
            out.i64(m.roleOid()).i64(m.memberOid()).i64(m.grantorOid()).bool(m.adminOption());
        }
        List<Database> dbs = List.copyOf(c.databases());
        out.i32(dbs.size());
        for (Database d : dbs) {
            DatabaseInfo i = d.info();
            out.i64(i.oid()).str(i.name()).i64(i.ownerOid()).str(i.encoding()).str(i.collate()).str(i.ctype())
                    .bool(i.isTemplate()).bool(i.allowConnections()).i32(i.connectionLimit()).str(i.comment());
            CatalogCodec.write(out, catalogs.apply(d));
        }
        return out.toByteArray();
    }

    /** Makes {@code c}'s cluster catalog what the image says (see class comment for databases). */
    public static void apply(byte[] image, Cluster c, CatalogCodec.Resolver resolver) {
        WalInput in = new WalInput(image);
        c.advanceOidPast(in.i64() - 1);
        Set<Long> roleOids = new HashSet<>();
        for (int n = in.i32(); n > 0; n--) {
            Role r = new Role(in.i64(), in.str(), in.bool(), in.bool(), in.bool(), in.bool(), in.bool(), in.bool(),
                    in.bool(), in.i32(), in.str(), in.bool() ? Instant.ofEpochSecond(in.i64(), in.i32()) : null);
            roleOids.add(r.oid());
            c.putRole(r);
        }
        for (Role r : List.copyOf(c.roles())) {
            if (!roleOids.contains(r.oid())) {
                c.removeRole(r.oid());
            }
        }
        List<Membership> ms = new ArrayList<>();
        for (int n = in.i32(); n > 0; n--) {
            ms.add(new Membership(in.i64(), in.i64(), in.i64(), in.bool()));
        }
        if (!ms.equals(c.memberships())) {
            c.memberships().clear();
            c.memberships().addAll(ms);
        }
        Set<Long> dbOids = new HashSet<>();
        for (int n = in.i32(); n > 0; n--) {
            DatabaseInfo info = new DatabaseInfo(in.i64(), in.str(), in.i64(), in.str(), in.str(), in.str(), in.bool(),
                    in.bool(), in.i32(), in.str());
            var catalog = CatalogCodec.read(in, resolver);
            dbOids.add(info.oid());
            Database existing = c.database(info.oid());
            if (existing == null) {
                c.putDatabase(new Database(info, catalog));
            } else if (!existing.info().equals(info)) {
                if (!existing.info().name().equals(info.name())) {
                    c.renameDatabase(existing.info().name(), info);
                } else {
                    existing.setInfo(info);
                }
            }
        }
        for (Database d : List.copyOf(c.databases())) {
            if (!dbOids.contains(d.info().oid())) {
                c.removeDatabase(d.info().name());
            }
        }
    }
}
