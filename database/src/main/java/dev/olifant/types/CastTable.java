package dev.olifant.types;

import java.util.HashMap;
import java.util.Map;

/**
 * The rows of PostgreSQL 15's pg_cast between the types Olifant implements (generated from a
 * PostgreSQL 15 catalog with {@code select castsource, casttarget, castcontext, castmethod from
 * pg_cast}): context i = implicit, a = assignment, e = explicit; method f = function, b = binary
 * coercible, i = I/O conversion.
 */
final class CastTable {
    record Entry(CoercionContext context, char method) {
    }

    private static final String[] ROWS = {
        "16 23 ef", // bool -> int4
        "16 25 af", // bool -> text
        "16 1042 af", // bool -> bpchar
        "16 1043 af", // bool -> varchar
        "18 23 ef", // char -> int4
        "18 25 if", // char -> text
        "18 1042 af", // char -> bpchar
        "18 1043 af", // char -> varchar
        "19 25 if", // name -> text
        "19 1042 af", // name -> bpchar
        "19 1043 af", // name -> varchar
        "20 21 af", // int8 -> int2
        "20 23 af", // int8 -> int4
        "20 24 if", // int8 -> regproc
        "20 26 if", // int8 -> oid
        "20 700 if", // int8 -> float4
        "20 701 if", // int8 -> float8
        "20 1700 if", // int8 -> numeric
        "20 2202 if", // int8 -> regprocedure
        "20 2205 if", // int8 -> regclass
        "20 2206 if", // int8 -> regtype
        "20 4089 if", // int8 -> regnamespace
        "20 4096 if", // int8 -> regrole
        "21 20 if", // int2 -> int8
        "21 23 if", // int2 -> int4
        "21 24 if", // int2 -> regproc
        "21 26 if", // int2 -> oid
        "21 700 if", // int2 -> float4
        "21 701 if", // int2 -> float8
        "21 1700 if", // int2 -> numeric
        "21 2202 if", // int2 -> regprocedure
        "21 2205 if", // int2 -> regclass
        "21 2206 if", // int2 -> regtype
        "21 4089 if", // int2 -> regnamespace
        "21 4096 if", // int2 -> regrole
        "23 16 ef", // int4 -> bool
        "23 18 ef", // int4 -> char
        "23 20 if", // int4 -> int8
        "23 21 af", // int4 -> int2
        "23 24 ib", // int4 -> regproc
        "23 26 ib", // int4 -> oid
        "23 700 if", // int4 -> float4
        "23 701 if", // int4 -> float8
        "23 1700 if", // int4 -> numeric
        "23 2202 ib", // int4 -> regprocedure
        "23 2205 ib", // int4 -> regclass
        "23 2206 ib", // int4 -> regtype
        "23 4089 ib", // int4 -> regnamespace
        "23 4096 ib", // int4 -> regrole
        "24 20 af", // regproc -> int8
        "24 23 ab", // regproc -> int4
        "24 26 ib", // regproc -> oid
        "24 2202 ib", // regproc -> regprocedure
        "25 18 af", // text -> char
        "25 19 if", // text -> name
        "25 1042 ib", // text -> bpchar
        "25 1043 ib", // text -> varchar
        "25 2205 if", // text -> regclass
        "26 20 af", // oid -> int8
        "26 23 ab", // oid -> int4
        "26 24 ib", // oid -> regproc
        "26 2202 ib", // oid -> regprocedure
        "26 2205 ib", // oid -> regclass
        "26 2206 ib", // oid -> regtype
        "26 4089 ib", // oid -> regnamespace
        "26 4096 ib", // oid -> regrole
        "114 3802 ai", // json -> jsonb
        "700 20 af", // float4 -> int8
        "700 21 af", // float4 -> int2
        "700 23 af", // float4 -> int4
        "700 701 if", // float4 -> float8
        "700 1700 af", // float4 -> numeric
        "701 20 af", // float8 -> int8
        "701 21 af", // float8 -> int2
        "701 23 af", // float8 -> int4
        "701 700 af", // float8 -> float4
        "701 1700 af", // float8 -> numeric
        "1042 18 af", // bpchar -> char
        "1042 19 if", // bpchar -> name
        "1042 25 if", // bpchar -> text
        "1042 1042 if", // bpchar -> bpchar
        "1042 1043 if", // bpchar -> varchar
        "1043 18 af", // varchar -> char
        "1043 19 if", // varchar -> name
        "1043 25 ib", // varchar -> text
        "1043 1042 ib", // varchar -> bpchar
        "1043 1043 if", // varchar -> varchar
        "1043 2205 if", // varchar -> regclass
        "1082 1114 if", // date -> timestamp
        "1082 1184 if", // date -> timestamptz
        "1083 1083 if", // time -> time
        "1083 1186 if", // time -> interval
        "1114 1082 af", // timestamp -> date
        "1114 1083 af", // timestamp -> time
        "1114 1114 if", // timestamp -> timestamp
        "1114 1184 if", // timestamp -> timestamptz
        "1184 1082 af", // timestamptz -> date
        "1184 1083 af", // timestamptz -> time
        "1184 1114 af", // timestamptz -> timestamp
        "1184 1184 if", // timestamptz -> timestamptz
        "1186 1083 af", // interval -> time
        "1186 1186 if", // interval -> interval
        "1700 20 af", // numeric -> int8
        "1700 21 af", // numeric -> int2
        "1700 23 af", // numeric -> int4
        "1700 700 if", // numeric -> float4
        "1700 701 if", // numeric -> float8
        "1700 1700 if", // numeric -> numeric
        "2202 20 af", // regprocedure -> int8
        "2202 23 ab", // regprocedure -> int4
        "2202 24 ib", // regprocedure -> regproc
        "2202 26 ib", // regprocedure -> oid
        "2205 20 af", // regclass -> int8
        "2205 23 ab", // regclass -> int4
        "2205 26 ib", // regclass -> oid
        "2206 20 af", // regtype -> int8
        "2206 23 ab", // regtype -> int4
        "2206 26 ib", // regtype -> oid
        "3802 16 ef", // jsonb -> bool
        "3802 20 ef", // jsonb -> int8
        "3802 21 ef", // jsonb -> int2
        "3802 23 ef", // jsonb -> int4
        "3802 114 ai", // jsonb -> json
        "3802 700 ef", // jsonb -> float4
        "3802 701 ef", // jsonb -> float8
        "3802 1700 ef", // jsonb -> numeric
        "4089 20 af", // regnamespace -> int8
        "4089 23 ab", // regnamespace -> int4
        "4089 26 ib", // regnamespace -> oid
        "4096 20 af", // regrole -> int8
        "4096 23 ab", // regrole -> int4
        "4096 26 ib", // regrole -> oid
    };

    private static final Map<Long, Entry> ENTRIES = new HashMap<>();

    static {
        for (String row : ROWS) {
            String[] f = row.split(" ");
            CoercionContext c = switch (f[2].charAt(0)) {
                case 'i' -> CoercionContext.IMPLICIT;
                case 'a' -> CoercionContext.ASSIGNMENT;
                default -> CoercionContext.EXPLICIT;
            };
            ENTRIES.put(key(Integer.parseInt(f[0]), Integer.parseInt(f[1])), new Entry(c, f[2].charAt(1)));
        }
    }

    private CastTable() {
    }

    private static long key(int source, int target) {
        return ((long) source << 32) | target;
    }

    /** The pg_cast row from source to target, or null. */
    static Entry lookup(PgType source, PgType target) {
        return ENTRIES.get(key(source.oid(), target.oid()));
    }
}
