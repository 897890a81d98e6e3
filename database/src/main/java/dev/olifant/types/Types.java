package dev.olifant.types;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The built-in types, with the OIDs, lengths, categories and array links of PostgreSQL 15's
 * pg_type (generated from a PostgreSQL 15 catalog), plus the SQL spellings that name them.
 */
public final class Types {
    private static final Map<Integer, PgType> BY_OID = new LinkedHashMap<>();
    private static final Map<String, PgType> BY_NAME = new HashMap<>();

    public static final PgType BOOL = register(new PgType(16, "bool", (short) 1, 'B', true, 0, 1000, true));
    public static final PgType BYTEA = register(new PgType(17, "bytea", (short) -1, 'U', false, 0, 1001, false));
    public static final PgType CHAR = register(new PgType(18, "char", (short) 1, 'Z', false, 0, 1002, true));
    public static final PgType NAME = register(new PgType(19, "name", (short) 64, 'S', false, 18, 1003, false));
    public static final PgType INT8 = register(new PgType(20, "int8", (short) 8, 'N', false, 0, 1016, true));
    public static final PgType INT2 = register(new PgType(21, "int2", (short) 2, 'N', false, 0, 1005, true));
    public static final PgType INT2VECTOR = register(new PgType(22, "int2vector", (short) -1, 'A', false, 21, 1006, false));
    public static final PgType INT4 = register(new PgType(23, "int4", (short) 4, 'N', false, 0, 1007, true));
    public static final PgType REGPROC = register(new PgType(24, "regproc", (short) 4, 'N', false, 0, 1008, true));
    public static final PgType TEXT = register(new PgType(25, "text", (short) -1, 'S', true, 0, 1009, false));
    public static final PgType OID = register(new PgType(26, "oid", (short) 4, 'N', true, 0, 1028, true));
    public static final PgType TID = register(new PgType(27, "tid", (short) 6, 'U', false, 0, 1010, false));
    public static final PgType XID = register(new PgType(28, "xid", (short) 4, 'U', false, 0, 1011, true));
    public static final PgType CID = register(new PgType(29, "cid", (short) 4, 'U', false, 0, 1012, true));
    public static final PgType OIDVECTOR = register(new PgType(30, "oidvector", (short) -1, 'A', false, 26, 1013, false));
    public static final PgType JSON = register(new PgType(114, "json", (short) -1, 'U', false, 0, 199, false));
    public static final PgType PG_NODE_TREE = register(new PgType(194, "pg_node_tree", (short) -1, 'Z', false, 0, 0, false));
    public static final PgType FLOAT4 = register(new PgType(700, "float4", (short) 4, 'N', false, 0, 1021, true));
    public static final PgType FLOAT8 = register(new PgType(701, "float8", (short) 8, 'N', true, 0, 1022, true));
    public static final PgType UNKNOWN = register(new PgType(705, "unknown", (short) -2, 'X', false, 0, 0, false));
    public static final PgType MONEY = register(new PgType(790, "money", (short) 8, 'N', false, 0, 791, true));
    public static final PgType INET = register(new PgType(869, "inet", (short) -1, 'I', true, 0, 1041, false));
    public static final PgType ACLITEM = register(new PgType(1033, "aclitem", (short) 12, 'U', false, 0, 1034, false));
    public static final PgType BPCHAR = register(new PgType(1042, "bpchar", (short) -1, 'S', false, 0, 1014, false));
    public static final PgType VARCHAR = register(new PgType(1043, "varchar", (short) -1, 'S', false, 0, 1015, false));
    public static final PgType DATE = register(new PgType(1082, "date", (short) 4, 'D', false, 0, 1182, true));
    public static final PgType TIME = register(new PgType(1083, "time", (short) 8, 'D', false, 0, 1183, true));
    public static final PgType TIMESTAMP = register(new PgType(1114, "timestamp", (short) 8, 'D', false, 0, 1115, true));
    public static final PgType TIMESTAMPTZ = register(new PgType(1184, "timestamptz", (short) 8, 'D', true, 0, 1185, true));
    public static final PgType INTERVAL = register(new PgType(1186, "interval", (short) 16, 'T', true, 0, 1187, false));
    public static final PgType TIMETZ = register(new PgType(1266, "timetz", (short) 12, 'D', false, 0, 1270, false));
    public static final PgType BIT = register(new PgType(1560, "bit", (short) -1, 'V', false, 0, 1561, false));
    public static final PgType VARBIT = register(new PgType(1562, "varbit", (short) -1, 'V', true, 0, 1563, false));
    public static final PgType NUMERIC = register(new PgType(1700, "numeric", (short) -1, 'N', false, 0, 1231, false));
    public static final PgType REGPROCEDURE = register(new PgType(2202, "regprocedure", (short) 4, 'N', false, 0, 2207, true));
    public static final PgType REGOPER = register(new PgType(2203, "regoper", (short) 4, 'N', false, 0, 2208, true));
    public static final PgType REGOPERATOR = register(new PgType(2204, "regoperator", (short) 4, 'N', false, 0, 2209, true));
    public static final PgType REGCLASS = register(new PgType(2205, "regclass", (short) 4, 'N', false, 0, 2210, true));
    public static final PgType REGTYPE = register(new PgType(2206, "regtype", (short) 4, 'N', false, 0, 2211, true));
    public static final PgType RECORD = register(new PgType(2249, "record", (short) -1, 'P', false, 0, 2287, false));
    public static final PgType CSTRING = register(new PgType(2275, "cstring", (short) -2, 'P', false, 0, 1263, false));
    public static final PgType ANY = register(new PgType(2276, "any", (short) 4, 'P', false, 0, 0, true));
    public static final PgType ANYARRAY = register(new PgType(2277, "anyarray", (short) -1, 'P', false, 0, 0, false));
    public static final PgType VOID = register(new PgType(2278, "void", (short) 4, 'P', false, 0, 0, true));
    public static final PgType TRIGGER = register(new PgType(2279, "trigger", (short) 4, 'P', false, 0, 0, true));
    public static final PgType INTERNAL = register(new PgType(2281, "internal", (short) 8, 'P', false, 0, 0, true));
    public static final PgType ANYELEMENT = register(new PgType(2283, "anyelement", (short) 4, 'P', false, 0, 0, true));
    public static final PgType ANYNONARRAY = register(new PgType(2776, "anynonarray", (short) 4, 'P', false, 0, 0, true));
    public static final PgType UUID = register(new PgType(2950, "uuid", (short) 16, 'U', false, 0, 2951, false));
    public static final PgType PG_LSN = register(new PgType(3220, "pg_lsn", (short) 8, 'U', false, 0, 3221, true));
    public static final PgType PG_NDISTINCT = register(new PgType(3361, "pg_ndistinct", (short) -1, 'Z', false, 0, 0, false));
    public static final PgType PG_DEPENDENCIES = register(new PgType(3402, "pg_dependencies", (short) -1, 'Z', false, 0, 0, false));
    public static final PgType ANYENUM = register(new PgType(3500, "anyenum", (short) 4, 'P', false, 0, 0, true));
    public static final PgType REGCONFIG = register(new PgType(3734, "regconfig", (short) 4, 'N', false, 0, 3735, true));
    public static final PgType REGDICTIONARY = register(new PgType(3769, "regdictionary", (short) 4, 'N', false, 0, 3770, true));
    public static final PgType JSONB = register(new PgType(3802, "jsonb", (short) -1, 'U', false, 0, 3807, false));
    public static final PgType ANYRANGE = register(new PgType(3831, "anyrange", (short) -1, 'P', false, 0, 0, false));
    public static final PgType JSONPATH = register(new PgType(4072, "jsonpath", (short) -1, 'U', false, 0, 4073, false));
    public static final PgType REGNAMESPACE = register(new PgType(4089, "regnamespace", (short) 4, 'N', false, 0, 4090, true));
    public static final PgType REGROLE = register(new PgType(4096, "regrole", (short) 4, 'N', false, 0, 4097, true));
    public static final PgType REGCOLLATION = register(new PgType(4191, "regcollation", (short) 4, 'N', false, 0, 4192, true));
    public static final PgType PG_MCV_LIST = register(new PgType(5017, "pg_mcv_list", (short) -1, 'Z', false, 0, 0, false));
    public static final PgType XID8 = register(new PgType(5069, "xid8", (short) 8, 'U', false, 0, 271, true));
    public static final PgType ANYCOMPATIBLE = register(new PgType(5077, "anycompatible", (short) 4, 'P', false, 0, 0, true));
    public static final PgType ANYCOMPATIBLEARRAY = register(new PgType(5078, "anycompatiblearray", (short) -1, 'P', false, 0, 0, false));
    public static final PgType JSON_ARRAY = register(new PgType(199, "_json", (short) -1, 'A', false, 114, 0, false));
    public static final PgType XID8_ARRAY = register(new PgType(271, "_xid8", (short) -1, 'A', false, 5069, 0, false));
    public static final PgType MONEY_ARRAY = register(new PgType(791, "_money", (short) -1, 'A', false, 790, 0, false));
    public static final PgType BOOL_ARRAY = register(new PgType(1000, "_bool", (short) -1, 'A', false, 16, 0, false));
    public static final PgType BYTEA_ARRAY = register(new PgType(1001, "_bytea", (short) -1, 'A', false, 17, 0, false));
    public static final PgType CHAR_ARRAY = register(new PgType(1002, "_char", (short) -1, 'A', false, 18, 0, false));
    public static final PgType NAME_ARRAY = register(new PgType(1003, "_name", (short) -1, 'A', false, 19, 0, false));
    public static final PgType INT2_ARRAY = register(new PgType(1005, "_int2", (short) -1, 'A', false, 21, 0, false));
    public static final PgType INT2VECTOR_ARRAY = register(new PgType(1006, "_int2vector", (short) -1, 'A', false, 22, 0, false));
    public static final PgType INT4_ARRAY = register(new PgType(1007, "_int4", (short) -1, 'A', false, 23, 0, false));
    public static final PgType REGPROC_ARRAY = register(new PgType(1008, "_regproc", (short) -1, 'A', false, 24, 0, false));
    public static final PgType TEXT_ARRAY = register(new PgType(1009, "_text", (short) -1, 'A', false, 25, 0, false));
    public static final PgType TID_ARRAY = register(new PgType(1010, "_tid", (short) -1, 'A', false, 27, 0, false));
    public static final PgType XID_ARRAY = register(new PgType(1011, "_xid", (short) -1, 'A', false, 28, 0, false));
    public static final PgType CID_ARRAY = register(new PgType(1012, "_cid", (short) -1, 'A', false, 29, 0, false));
    public static final PgType OIDVECTOR_ARRAY = register(new PgType(1013, "_oidvector", (short) -1, 'A', false, 30, 0, false));
    public static final PgType BPCHAR_ARRAY = register(new PgType(1014, "_bpchar", (short) -1, 'A', false, 1042, 0, false));
    public static final PgType VARCHAR_ARRAY = register(new PgType(1015, "_varchar", (short) -1, 'A', false, 1043, 0, false));
    public static final PgType INT8_ARRAY = register(new PgType(1016, "_int8", (short) -1, 'A', false, 20, 0, false));
    public static final PgType FLOAT4_ARRAY = register(new PgType(1021, "_float4", (short) -1, 'A', false, 700, 0, false));
    public static final PgType FLOAT8_ARRAY = register(new PgType(1022, "_float8", (short) -1, 'A', false, 701, 0, false));
    public static final PgType OID_ARRAY = register(new PgType(1028, "_oid", (short) -1, 'A', false, 26, 0, false));
    public static final PgType ACLITEM_ARRAY = register(new PgType(1034, "_aclitem", (short) -1, 'A', false, 1033, 0, false));
    public static final PgType INET_ARRAY = register(new PgType(1041, "_inet", (short) -1, 'A', false, 869, 0, false));
    public static final PgType TIMESTAMP_ARRAY = register(new PgType(1115, "_timestamp", (short) -1, 'A', false, 1114, 0, false));
    public static final PgType DATE_ARRAY = register(new PgType(1182, "_date", (short) -1, 'A', false, 1082, 0, false));
    public static final PgType TIME_ARRAY = register(new PgType(1183, "_time", (short) -1, 'A', false, 1083, 0, false));
    public static final PgType TIMESTAMPTZ_ARRAY = register(new PgType(1185, "_timestamptz", (short) -1, 'A', false, 1184, 0, false));
    public static final PgType INTERVAL_ARRAY = register(new PgType(1187, "_interval", (short) -1, 'A', false, 1186, 0, false));
    public static final PgType NUMERIC_ARRAY = register(new PgType(1231, "_numeric", (short) -1, 'A', false, 1700, 0, false));
    public static final PgType CSTRING_ARRAY = register(new PgType(1263, "_cstring", (short) -1, 'A', false, 2275, 0, false));
    public static final PgType TIMETZ_ARRAY = register(new PgType(1270, "_timetz", (short) -1, 'A', false, 1266, 0, false));
    public static final PgType BIT_ARRAY = register(new PgType(1561, "_bit", (short) -1, 'A', false, 1560, 0, false));
    public static final PgType VARBIT_ARRAY = register(new PgType(1563, "_varbit", (short) -1, 'A', false, 1562, 0, false));
    public static final PgType REGPROCEDURE_ARRAY = register(new PgType(2207, "_regprocedure", (short) -1, 'A', false, 2202, 0, false));
    public static final PgType REGOPER_ARRAY = register(new PgType(2208, "_regoper", (short) -1, 'A', false, 2203, 0, false));
    public static final PgType REGOPERATOR_ARRAY = register(new PgType(2209, "_regoperator", (short) -1, 'A', false, 2204, 0, false));
    public static final PgType REGCLASS_ARRAY = register(new PgType(2210, "_regclass", (short) -1, 'A', false, 2205, 0, false));
    public static final PgType REGTYPE_ARRAY = register(new PgType(2211, "_regtype", (short) -1, 'A', false, 2206, 0, false));
    public static final PgType RECORD_ARRAY = register(new PgType(2287, "_record", (short) -1, 'P', false, 2249, 0, false));
    public static final PgType UUID_ARRAY = register(new PgType(2951, "_uuid", (short) -1, 'A', false, 2950, 0, false));
    public static final PgType PG_LSN_ARRAY = register(new PgType(3221, "_pg_lsn", (short) -1, 'A', false, 3220, 0, false));
    public static final PgType REGCONFIG_ARRAY = register(new PgType(3735, "_regconfig", (short) -1, 'A', false, 3734, 0, false));
    public static final PgType REGDICTIONARY_ARRAY = register(new PgType(3770, "_regdictionary", (short) -1, 'A', false, 3769, 0, false));
    public static final PgType JSONB_ARRAY = register(new PgType(3807, "_jsonb", (short) -1, 'A', false, 3802, 0, false));
    public static final PgType JSONPATH_ARRAY = register(new PgType(4073, "_jsonpath", (short) -1, 'A', false, 4072, 0, false));
    public static final PgType REGNAMESPACE_ARRAY = register(new PgType(4090, "_regnamespace", (short) -1, 'A', false, 4089, 0, false));
    public static final PgType REGROLE_ARRAY = register(new PgType(4097, "_regrole", (short) -1, 'A', false, 4096, 0, false));
    public static final PgType REGCOLLATION_ARRAY = register(new PgType(4192, "_regcollation", (short) -1, 'A', false, 4191, 0, false));

    static {
        alias("boolean", BOOL);
        alias("smallint", INT2);
        alias("integer", INT4);
        alias("int", INT4);
        alias("bigint", INT8);
        alias("real", FLOAT4);
        alias("float", FLOAT8);
        alias("double precision", FLOAT8);
        alias("decimal", NUMERIC);
        alias("dec", NUMERIC);
        alias("character varying", VARCHAR);
        alias("character", BPCHAR);
        alias("time without time zone", TIME);
        alias("time with time zone", TIMETZ);
        alias("timestamp without time zone", TIMESTAMP);
        alias("timestamp with time zone", TIMESTAMPTZ);
        alias("bit varying", VARBIT);
    }

    private Types() {
    }

    private static PgType register(PgType type) {
        BY_OID.put(type.oid(), type);
        BY_NAME.put(type.name(), type);
        return type;
    }

    private static void alias(String name, PgType type) {
        BY_NAME.put(name, type);
    }

    /** The type with this OID, or null. */
    public static PgType byOid(int oid) {
        return BY_OID.get(oid);
    }

    /**
     * The type with this name: a pg_type name ({@code int4}, {@code _text}) or an SQL spelling
     * ({@code integer}, {@code double precision}, {@code character varying}); null when none.
     */
    public static PgType byName(String name) {
        return BY_NAME.get(name.toLowerCase(Locale.ROOT));
    }

    /** The array type whose elements are {@code element}, or null. */
    public static PgType arrayOf(PgType element) {
        return element.arrayOid() == 0 ? null : BY_OID.get(element.arrayOid());
    }

    /** The element type of an array type, or null. */
    public static PgType elementOf(PgType array) {
        return array.elementOid() == 0 || array.length() != -1 ? null : BY_OID.get(array.elementOid());
    }

    public static Collection<PgType> all() {
        return Collections.unmodifiableCollection(BY_OID.values());
    }
}
