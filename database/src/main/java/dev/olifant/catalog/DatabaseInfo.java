package dev.olifant.catalog;

/** A database's pg_database row. */
public record DatabaseInfo(long oid, String name, long ownerOid, String encoding, String collate, String ctype,
        boolean isTemplate, boolean allowConnections, int connectionLimit) {

    public DatabaseInfo withName(String newName) {
        return new DatabaseInfo(oid, newName, ownerOid, encoding, collate, ctype, isTemplate, allowConnections,
                connectionLimit);
    }

    public DatabaseInfo withOwner(long newOwner) {
        return new DatabaseInfo(oid, name, newOwner, encoding, collate, ctype, isTemplate, allowConnections,
                connectionLimit);
    }
}
