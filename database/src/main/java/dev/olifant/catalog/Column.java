package dev.olifant.catalog;

import dev.olifant.types.PgType;

/**
 * A table column (pg_attribute plus its pg_attrdef default). Attribute numbers start at 1 and
 * never change: a dropped column keeps its number and slot, as in PostgreSQL.
 *
 * @param defaultExpr   the DEFAULT expression as SQL text, or null
 * @param missingValue  the value rows stored before this column was added read as (attmissingval)
 * @param sequenceOid   the sequence an identity or serial column draws from, or 0
 */
public record Column(String name, int attnum, PgType type, int typmod, boolean notNull, String defaultExpr,
        Object missingValue, Identity identity, long sequenceOid, boolean dropped) {

    public Column withName(String n) {
        return new Column(n, attnum, type, typmod, notNull, defaultExpr, missingValue, identity, sequenceOid, dropped);
    }

    public Column withNotNull(boolean nn) {
        return new Column(name, attnum, type, typmod, nn, defaultExpr, missingValue, identity, sequenceOid, dropped);
    }

    public Column withDefault(String expr) {
        return new Column(name, attnum, type, typmod, notNull, expr, missingValue, identity, sequenceOid, dropped);
    }

    public Column withType(PgType t, int mod) {
        return new Column(name, attnum, t, mod, notNull, defaultExpr, missingValue, identity, sequenceOid, dropped);
    }

    public Column withIdentity(Identity id, long seq) {
        return new Column(name, attnum, type, typmod, notNull, defaultExpr, missingValue, id, seq, dropped);
    }

    public Column asDropped() {
        String droppedName = "........pg.dropped." + attnum + "........";
        return new Column(droppedName, attnum, type, typmod, false, null, null, Identity.NONE, 0, true);
    }
}
