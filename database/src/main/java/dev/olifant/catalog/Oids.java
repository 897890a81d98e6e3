package dev.olifant.catalog;

/** Fixed OIDs of the objects every PostgreSQL cluster has, as in PostgreSQL 15. */
public final class Oids {
    public static final long BOOTSTRAP_SUPERUSER = 10;
    public static final long PG_CATALOG_NAMESPACE = 11;
    public static final long PG_TOAST_NAMESPACE = 99;
    public static final long PUBLIC_NAMESPACE = 2200;
    public static final long INFORMATION_SCHEMA_NAMESPACE = 13_000;
    public static final long TEMPLATE1_DATABASE = 1;
    public static final long TEMPLATE0_DATABASE = 4;
    public static final long POSTGRES_DATABASE = 5;
    public static final long PG_DATABASE_OWNER_ROLE = 6171;
    /** pg_class OIDs of the catalogs that object descriptions and dependencies refer to. */
    public static final long PG_CLASS = 1259;
    public static final long PG_NAMESPACE = 2615;
    public static final long PG_CONSTRAINT = 2606;
    public static final long PG_DATABASE = 1262;
    public static final long PG_AUTHID = 1260;
    public static final long PG_TYPE = 1247;
    public static final long PG_PROC = 1255;
    /** User objects get OIDs from here on (PostgreSQL's FirstNormalObjectId). */
    public static final long FIRST_NORMAL_OBJECT_ID = 16_384;

    private Oids() {
    }
}
