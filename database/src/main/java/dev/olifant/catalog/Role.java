package dev.olifant.catalog;

import java.time.Instant;

/** A role (pg_authid): a user when it can log in, a group otherwise, and often both. */
public record Role(long oid, String name, boolean superuser, boolean inherit, boolean createRole, boolean createDb,
        boolean canLogin, boolean replication, boolean bypassRls, int connectionLimit, String password,
        Instant validUntil) {

    public Role withName(String newName) {
        return new Role(oid, newName, superuser, inherit, createRole, createDb, canLogin, replication, bypassRls,
                connectionLimit, password, validUntil);
    }
}
