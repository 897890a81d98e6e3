package dev.olifant.types;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The registry of anonymous record shapes (PostgreSQL's assign_record_type_typmod): each distinct
 * {@link RecordDescriptor} gets a typmod, stable for the life of the server, so that an expression
 * of type {@code record} carries its shape through plans, subqueries and columns in the typmod
 * they already carry. A record typed with typmod -1 has no known shape, and its fields cannot be
 * named. On the wire and in the catalog a record column has typmod -1, as in PostgreSQL.
 *
 * <p>Shapes are interned, so the registry grows with the number of distinct shapes used, not with
 * the number of queries.
 */
public final class RecordTypes {
    private static final Map<RecordDescriptor, Integer> TYPMODS = new HashMap<>();
    private static final List<RecordDescriptor> SHAPES = new ArrayList<>();

    private RecordTypes() {
    }

    /** The typmod that identifies {@code shape}, registering the shape on first use. */
    public static synchronized int typmodOf(RecordDescriptor shape) {
        Integer known = TYPMODS.get(shape);
        if (known != null) {
            return known;
        }
        int typmod = SHAPES.size();
        SHAPES.add(shape);
        TYPMODS.put(shape, typmod);
        return typmod;
    }

    /** The shape of a value typed {@code type} with {@code typmod}, or null when it has no known shape. */
    public static synchronized RecordDescriptor shapeOf(PgType type, int typmod) {
        if (type != Types.RECORD || typmod < 0 || typmod >= SHAPES.size()) {
            return null;
        }
        return SHAPES.get(typmod);
    }

    /**
     * The typmod shown outside the engine, in a RowDescription or a stored column (pg_attribute):
     * -1 for records, whose typmod is this server's registry number and means nothing elsewhere.
     */
    public static int publicTypmod(PgType type, int typmod) {
        return type == Types.RECORD ? -1 : typmod;
    }
}
