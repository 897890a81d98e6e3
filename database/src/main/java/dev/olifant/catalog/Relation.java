package dev.olifant.catalog;

/** A pg_class entry: table, index, view or sequence. */
public sealed interface Relation permits Table, Index, View, Sequence {
    long oid();

    String name();

    long namespaceOid();

    long ownerOid();

    /** pg_class.relkind: r, p, i, v, S. */
    char kind();

    /** pg_class.relpersistence: p permanent, t temporary, u unlogged. */
    char persistence();

    /** The word PostgreSQL uses for this kind in messages ("table", "index", ...). */
    default String kindName() {
        return switch (kind()) {
            case 'r', 'p' -> "table";
            case 'i' -> "index";
            case 'v' -> "view";
            case 'S' -> "sequence";
            default -> "relation";
        };
    }
}
