package dev.olifant.types.func;

import dev.olifant.types.ArrayValue;
import dev.olifant.types.Types;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The helper functions of the information_schema schema that clients call directly (pgjdbc's
 * DatabaseMetaData does). They are registered under their schema-qualified names, so they are
 * found only when called as {@code information_schema.name(...)}, as in PostgreSQL, where that
 * schema is not on the search path.
 */
final class InformationSchemaFunctions {
    static final String SCHEMA_PREFIX = "information_schema.";

    private InformationSchemaFunctions() {
    }

    static void register(BuiltinCatalog c) {
        String name = SCHEMA_PREFIX + "_pg_expandarray";
        c.add(new FunctionDef(name, List.of(Types.ANYARRAY), Types.RECORD, true, Volatility.IMMUTABLE, 0, false, true,
                Binder.of((ctx, a) -> expand((ArrayValue) a[0]))));
        SetReturningFunctions.declareColumns(name, List.of(new SetReturningFunctions.OutColumn("x", Types.ANYELEMENT),
                new SetReturningFunctions.OutColumn("n", Types.INT4)));
    }

    /**
     * _pg_expandarray(IN anyarray, OUT x anyelement, OUT n int): for each subscript s from
     * array_lower($1, 1) to array_upper($1, 1), the row ($1[s], s - array_lower($1, 1) + 1). A
     * multidimensional array subscripted once gives null elements; an empty array no rows.
     */
    private static Iterator<Object> expand(ArrayValue array) {
        int length = array.dimensionCount() == 0 ? 0 : array.dimensions()[0];
        boolean single = array.dimensionCount() == 1;
        return new Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
                return i < length;
            }

            @Override
            public Object next() {
                if (i >= length) {
                    throw new NoSuchElementException();
                }
                Object x = single ? array.elements()[i] : null;
                i++;
                return new Object[] {x, i};
            }
        };
    }
}
