package dev.olifant.types.func;

import dev.olifant.types.ArrayValue;
import dev.olifant.types.EvalContext;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Aggregates that collect their inputs: string_agg (text and bytea; null values are skipped, a
 * null delimiter counts as empty) and array_agg (null elements kept; over arrays it stacks
 * equally-shaped arrays into one more dimension).
 */
final class CollectingAggregates {
    private CollectingAggregates() {
    }

    static void register(BuiltinCatalog c) {
        AggregateFunctions.agg(c, "string_agg", Types.TEXT, StringAgg::new, Types.TEXT, Types.TEXT);
        AggregateFunctions.agg(c, "string_agg", Types.BYTEA, ByteaAgg::new, Types.BYTEA, Types.BYTEA);
        c.add(new AggregateDef("array_agg", List.of(Types.ANYNONARRAY), Types.ANYARRAY, false,
                (a, r) -> () -> new ArrayAgg(a.get(0))));
        c.add(new AggregateDef("array_agg", List.of(Types.ANYARRAY), Types.ANYARRAY, false,
                (a, r) -> () -> new ArrayOfArraysAgg(Types.elementOf(a.get(0)))));
    }

    static final class StringAgg implements AggregateState {
        private StringBuilder sb;

        @Override
        public void add(Object[] args, EvalContext ctx) {
            if (args[0] == null) {
                return;
            }
            if (sb == null) {
                sb = new StringBuilder();
            } else if (args[1] != null) {
                sb.append((String) args[1]);
            }
            sb.append((String) args[0]);
        }

        @Override
        public Object result(EvalContext ctx) {
            return sb == null ? null : sb.toString();
        }
    }

    static final class ByteaAgg implements AggregateState {
        private ByteArrayOutputStream out;

        @Override
        public void add(Object[] args, EvalContext ctx) {
            if (args[0] == null) {
                return;
            }
            if (out == null) {
                out = new ByteArrayOutputStream();
            } else if (args[1] != null) {
                out.writeBytes((byte[]) args[1]);
            }
            out.writeBytes((byte[]) args[0]);
        }

        @Override
        public Object result(EvalContext ctx) {
            return out == null ? null : out.toByteArray();
        }
    }

    static final class ArrayAgg implements AggregateState {
        private final PgType elementType;
        private final List<Object> values = new ArrayList<>();
        private boolean any;

        ArrayAgg(PgType elementType) {
            this.elementType = elementType;
        }

        @Override
        public void add(Object[] args, EvalContext ctx) {
            values.add(args[0]);
            any = true;
        }

        @Override
        public Object result(EvalContext ctx) {
            return any ? ArrayValue.oneDimensional(elementType, values.toArray()) : null;
        }
    }

    /** array_agg over arrays: stacks equally-shaped arrays into one more dimension. */
    static final class ArrayOfArraysAgg implements AggregateState {
        private final PgType elementType;
        private final List<Object> values = new ArrayList<>();
        private int[] shape;
        private int count;

        ArrayOfArraysAgg(PgType elementType) {
            this.elementType = elementType;
        }

        @Override
        public void add(Object[] args, EvalContext ctx) {
            ArrayValue a = (ArrayValue) args[0];
            if (a == null) {
                throw new dev.olifant.error.PgException(dev.olifant.error.SqlState.NULL_VALUE_NOT_ALLOWED,
                        "cannot accumulate null arrays");
            }
            if (a.dimensionCount() == 0) {
                throw new dev.olifant.error.PgException(dev.olifant.error.SqlState.ARRAY_SUBSCRIPT_ERROR,
                        "cannot accumulate empty arrays");
            }
            if (shape == null) {
                shape = a.dimensions().clone();
            } else if (!java.util.Arrays.equals(shape, a.dimensions())) {
                throw new dev.olifant.error.PgException(dev.olifant.error.SqlState.ARRAY_SUBSCRIPT_ERROR,
                        "cannot accumulate arrays of different dimensionality");
            }
            values.addAll(java.util.Arrays.asList(a.elements()));
            count++;
        }

        @Override
        public Object result(EvalContext ctx) {
            if (count == 0) {
                return null;
            }
            int[] dims = new int[shape.length + 1];
            dims[0] = count;
            System.arraycopy(shape, 0, dims, 1, shape.length);
            int[] lower = new int[dims.length];
            java.util.Arrays.fill(lower, 1);
            return new ArrayValue(elementType, dims, lower, values.toArray());
        }
    }
}
