package dev.olifant.catalog;

/** A schema (pg_namespace). */
public record Namespace(long oid, String name, long ownerOid) {

    public boolean isSystem() {
        return oid == Oids.PG_CATALOG_NAMESPACE || oid == Oids.INFORMATION_SCHEMA_NAMESPACE
                || oid == Oids.PG_TOAST_NAMESPACE;
    }
}
