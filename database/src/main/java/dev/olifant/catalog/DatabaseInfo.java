package dev.olifant.catalog;

/**
 * A database's pg_database row, and its pg_shdescription comment ({@code comment}, null for none),
 * which is cluster-wide as the row is.
 */
public record DatabaseInfo(long oid, String name, long ownerOid, String encoding, String collate, String ctype,
        boolean isTemplate, boolean allowConnections, int connectionLimit, String comment) {

    /** A database without a comment. */
    public DatabaseInfo(long oid, String name, long ownerOid, String encoding, String collate, String ctype,
            boolean isTemplate, boolean allowConnections, int connectionLimit) {
        this(oid, name, ownerOid, encoding, collate, ctype, isTemplate, allowConnections, connectionLimit, null);
    }

    public DatabaseInfo withName(String newName) {
        return new DatabaseInfo(oid, newName, ownerOid, encoding, collate, ctype, isTemplate, allowConnections,
                connectionLimit, comment);
    }

    public DatabaseInfo withOwner(long newOwner) {
        return new DatabaseInfo(oid, name, newOwner, encoding, collate, ctype, isTemplate, allowConnections,
                connectionLimit, comment);
    }

    public DatabaseInfo withComment(String newComment) {
        return new DatabaseInfo(oid, name, ownerOid, encoding, collate, ctype, isTemplate, allowConnections,
                connectionLimit, newComment);
    }
}
