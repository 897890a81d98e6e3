package dev.olifant.catalog;

import dev.olifant.types.FormatSettings;
import dev.olifant.types.PgType;
import dev.olifant.types.TextIO;
import dev.olifant.types.Types;
import dev.olifant.types.ValueOps;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A partition's bound (pg_class.relpartbound): the key values a row must have to belong to it.
 * Values are held in the Java representation of the key columns' types.
 */
public sealed interface PartitionBound {

    /** FOR VALUES IN (...): a row belongs when its key equals one of the values (a null value admits NULL). */
    record In(List<Object> values) implements PartitionBound {
        public In {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }
    }

    /** FOR VALUES FROM (lower) TO (upper): lower inclusive, upper exclusive, compared column by column. */
    record Range(List<RangeDatum> lower, List<RangeDatum> upper) implements PartitionBound {
        public Range {
            lower = List.copyOf(lower);
            upper = List.copyOf(upper);
        }
    }

    /** FOR VALUES WITH (MODULUS m, REMAINDER r). */
    record Hash(int modulus, int remainder) implements PartitionBound {
    }

    /** DEFAULT: the rows no other partition accepts. */
    record Default() implements PartitionBound {
    }

    /** One column of a range bound: MINVALUE, a value, or MAXVALUE. */
    record RangeDatum(Kind kind, Object value) {
        public enum Kind {
            MINVALUE, VALUE, MAXVALUE
        }

        public static RangeDatum of(Object value) {
            return new RangeDatum(Kind.VALUE, value);
        }
    }

    /**
     * Compares two range bound lists column by column as PostgreSQL's partition_rbound_cmp does:
     * MINVALUE sorts below every value and MAXVALUE above; once a column is MINVALUE or MAXVALUE
     * the later columns do not matter.
     */
    static int compareRange(List<PgType> types, List<RangeDatum> a, List<RangeDatum> b) {
        for (int i = 0; i < a.size(); i++) {
            RangeDatum x = a.get(i);
            RangeDatum y = b.get(i);
            int c = Integer.compare(x.kind().ordinal(), y.kind().ordinal());
            if (c != 0) {
                return c;
            }
            if (x.kind() != RangeDatum.Kind.VALUE) {
                return 0;
            }
            c = ValueOps.comparator(types.get(i)).compare(x.value(), y.value());
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** Compares a row's key (no nulls) with a range bound: negative when the key sorts below it. */
    static int compareKey(List<PgType> types, Object[] key, List<RangeDatum> bound) {
        for (int i = 0; i < key.length; i++) {
            RangeDatum d = bound.get(i);
            if (d.kind() == RangeDatum.Kind.MINVALUE) {
                return 1;
            }
            if (d.kind() == RangeDatum.Kind.MAXVALUE) {
                return -1;
            }
            int c = ValueOps.comparator(types.get(i)).compare(key[i], d.value());
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** pg_get_expr(relpartbound): {@code FOR VALUES IN (1, 2)}, {@code FOR VALUES FROM (1) TO (10)}, {@code DEFAULT}. */
    static String describe(PartitionBound bound, List<PgType> types) {
        return switch (bound) {
            case Default d -> "DEFAULT";
            case Hash h -> "FOR VALUES WITH (modulus " + h.modulus() + ", remainder " + h.remainder() + ")";
            case In in -> {
                StringBuilder sb = new StringBuilder("FOR VALUES IN (");
                for (int i = 0; i < in.values().size(); i++) {
                    sb.append(i > 0 ? ", " : "").append(literal(types.get(0), in.values().get(i)));
                }
                yield sb.append(')').toString();
            }
            case Range r -> "FOR VALUES FROM " + rangeList(types, r.lower()) + " TO " + rangeList(types, r.upper());
        };
    }

    private static String rangeList(List<PgType> types, List<RangeDatum> datums) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < datums.size(); i++) {
            RangeDatum d = datums.get(i);
            sb.append(i > 0 ? ", " : "").append(switch (d.kind()) {
                case MINVALUE -> "MINVALUE";
                case MAXVALUE -> "MAXVALUE";
                case VALUE -> literal(types.get(i), d.value());
            });
        }
        return sb.append(')').toString();
    }

    /** A bound value as PostgreSQL's deparser prints a constant: numbers bare, the rest quoted. */
    static String literal(PgType type, Object value) {
        if (value == null) {
            return "NULL";
        }
        String text = TextIO.output(type, value, FormatSettings.defaults(ZoneOffset.UTC), null);
        if (type == Types.INT2 || type == Types.INT4 || type == Types.INT8 || type == Types.NUMERIC
                || type == Types.FLOAT4 || type == Types.FLOAT8) {
            return Character.isDigit(text.charAt(0)) ? text : "'" + text + "'";
        }
        if (type == Types.BOOL) {
            return (Boolean) value ? "true" : "false";
        }
        return "'" + text.replace("'", "''") + "'";
    }
}
