package dev.olifant.catalog.system;

import dev.olifant.types.PgType;

/**
 * information_schema.columns' type details (character lengths, numeric precision and scale,
 * datetime precision), computed from the type and typmod as PostgreSQL's
 * _pg_char_max_length, _pg_numeric_precision and friends compute them.
 */
final class TypeDetails {
    /** The largest value a varlena may hold, in bytes: character_octet_length of unbounded text. */
    private static final int MAX_OCTETS = 1_073_741_824;

    private TypeDetails() {
    }

    /** Fills columns 8 to 15 of an information_schema.columns row. */
    static void fill(PgType type, int typmod, Object[] row) {
        switch (type.oid()) {
            case 1042, 1043 -> {
                Integer max = typmod >= 4 ? typmod - 4 : null;
                row[8] = max;
                row[9] = max == null ? MAX_OCTETS : max * 4;
            }
            case 25 -> row[9] = MAX_OCTETS;
            case 21 -> integer(row, 16);
            case 23 -> integer(row, 32);
            case 20 -> integer(row, 64);
            case 700 -> floating(row, 24);
            case 701 -> floating(row, 53);
            case 1700 -> {
                if (typmod >= 4) {
                    row[10] = ((typmod - 4) >> 16) & 0xffff;
                    row[12] = (typmod - 4) & 0xffff;
                }
                row[11] = 10;
            }
            case 1082 -> row[13] = 0;
            case 1083, 1114, 1184, 1266, 1186 -> row[13] = typmod >= 0 ? typmod & 0xffff : 6;
            default -> {
            }
        }
    }

    private static void integer(Object[] row, int bits) {
        row[10] = bits;
        row[11] = 2;
        row[12] = 0;
    }

    private static void floating(Object[] row, int bits) {
        row[10] = bits;
        row[11] = 2;
    }
}
