package dev.olifant.catalog.system;

import java.util.List;

/** A relation whose rows are computed from the catalog. */
public interface SystemView {

    /** The schema it lives in: {@code pg_catalog} or {@code information_schema}. */
    String schema();

    String name();

    /** Its pg_class OID (PostgreSQL's, for the catalogs and views PostgreSQL has). */
    long oid();

    List<SystemColumn> columns();

    /** The rows, one value per column (in column order), as of now. */
    List<Object[]> rows(SystemContext ctx);
}
