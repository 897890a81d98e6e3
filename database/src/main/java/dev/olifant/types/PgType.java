package dev.olifant.types;

/**
 * A data type as pg_type describes it. Instances are the constants of {@link Types} and are
 * compared by identity.
 *
 * @param length     typlen: a fixed byte length, -1 for varlena, -2 for C strings
 * @param category   typcategory: B boolean, N numeric, S string, D date/time, T timespan, U user,
 *                   A array, P pseudo, X unknown, ... (drives implicit resolution)
 * @param preferred  typispreferred within its category
 * @param elementOid typelem (arrays, and fixed-length types like name), 0 when none
 * @param arrayOid   typarray, 0 when none
 */
public record PgType(int oid, String name, short length, char category, boolean preferred, int elementOid,
        int arrayOid, boolean byValue) {

    public boolean isArray() {
        return category == 'A';
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof PgType t && t.oid == oid);
    }

    @Override
    public int hashCode() {
        return oid;
    }

    @Override
    public String toString() {
        return name;
    }
}
