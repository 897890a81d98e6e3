package dev.olifant.types;

/**
 * Catalog access for the reg* types (regclass, regtype, regproc, regnamespace, regrole), whose
 * text I/O translates between OIDs and names. Supplied by the engine.
 */
public interface RegLookup {

    /** The name to print for {@code oid} as a value of {@code regType}, or null to print the number. */
    String nameOf(PgType regType, long oid);

    /** The OID named by {@code text} as input to {@code regType}; raises 42P01 / 42704 / 3F000 when unknown. */
    long oidOf(PgType regType, String text);
}
