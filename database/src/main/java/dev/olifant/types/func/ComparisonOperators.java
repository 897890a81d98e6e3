package dev.olifant.types.func;

import dev.olifant.types.PgType;
import dev.olifant.types.Types;
import java.util.Comparator;

/**
 * The six comparison operators ({@code = <> < <= > >=}) for every comparable type, plus the
 * registration helper the numeric and date/time families use for their cross-type variants.
 * Array comparison is polymorphic over {@code anyarray} (array_eq, array_lt, ...).
 */
final class ComparisonOperators {
    private ComparisonOperators() {
    }

    static final String[] NAMES = {"=", "<>", "<", "<=", ">", ">="};
    private static final String[] SUFFIX = {"eq", "ne", "lt", "le", "gt", "ge"};

    static void register(BuiltinCatalog c) {
        PgType[] simple = {Types.BOOL, Types.NAME, Types.BPCHAR, Types.BYTEA, Types.OID, Types.UUID, Types.CHAR};
        String[] prefixes = {"bool", "name", "bpchar", "bytea", "oid", "uuid_", "char"};
        for (int i = 0; i < simple.length; i++) {
            PgType t = simple[i];
            comparisons(c, t, t, prefixes[i], ValueComparators.of(t));
        }
        named(c, Types.TEXT, Types.TEXT, new String[] {"texteq", "textne", "text_lt", "text_le", "text_gt", "text_ge"},
                ValueComparators.TEXT);
        named(c, Types.NAME, Types.TEXT, new String[] {"nameeqtext", "namenetext", "namelttext", "nameletext",
            "namegttext", "namegetext"}, ValueComparators.TEXT);
        named(c, Types.TEXT, Types.NAME, new String[] {"texteqname", "textnename", "textltname", "textlename",
            "textgtname", "textgename"}, ValueComparators.TEXT);
        comparisons(c, Types.ANYARRAY, Types.ANYARRAY, "array_", ValueComparators.ARRAY);
        // records compare field by field, a null field equal to a null (record_eq, btrecordcmp)
        comparisons(c, Types.RECORD, Types.RECORD, "record_", dev.olifant.types.ValueOps.comparator(Types.RECORD));
    }

    /** Registers {@code = <> < <= > >=} between {@code l} and {@code r} named {@code prefix}eq ... */
    static void comparisons(BuiltinCatalog c, PgType l, PgType r, String prefix, Comparator<Object> cmp) {
        comparisons(c, l, r, prefix, cmp, "");
    }

    /** As above with procedure names {@code prefix + eq + suffix} (date_eq_timestamp, ...). */
    static void comparisons(BuiltinCatalog c, PgType l, PgType r, String prefix, Comparator<Object> cmp,
            String suffix) {
        c.op("=", l, r, Types.BOOL, prefix + SUFFIX[0] + suffix, (ctx, a) -> cmp.compare(a[0], a[1]) == 0);
        c.op("<>", l, r, Types.BOOL, prefix + SUFFIX[1] + suffix, (ctx, a) -> cmp.compare(a[0], a[1]) != 0);
        c.op("<", l, r, Types.BOOL, prefix + SUFFIX[2] + suffix, (ctx, a) -> cmp.compare(a[0], a[1]) < 0);
        c.op("<=", l, r, Types.BOOL, prefix + SUFFIX[3] + suffix, (ctx, a) -> cmp.compare(a[0], a[1]) <= 0);
        c.op(">", l, r, Types.BOOL, prefix + SUFFIX[4] + suffix, (ctx, a) -> cmp.compare(a[0], a[1]) > 0);
        c.op(">=", l, r, Types.BOOL, prefix + SUFFIX[5] + suffix, (ctx, a) -> cmp.compare(a[0], a[1]) >= 0);
    }

    /** Comparisons whose pg_proc names follow no prefix pattern. */
    private static void named(BuiltinCatalog c, PgType l, PgType r, String[] procs, Comparator<Object> cmp) {
        for (int k = 0; k < NAMES.length; k++) {
            int op = k;
            c.op(NAMES[k], l, r, Types.BOOL, procs[k], (ctx, a) -> test(op, cmp.compare(a[0], a[1])));
        }
    }

    /** Whether comparison result {@code cmp} satisfies operator {@code NAMES[op]}. */
    static boolean test(int op, int cmp) {
        return switch (op) {
            case 0 -> cmp == 0;
            case 1 -> cmp != 0;
            case 2 -> cmp < 0;
            case 3 -> cmp <= 0;
            case 4 -> cmp > 0;
            default -> cmp >= 0;
        };
    }
}
