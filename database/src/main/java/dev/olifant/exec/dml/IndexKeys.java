package dev.olifant.exec.dml;

import dev.olifant.catalog.Column;
import dev.olifant.catalog.Table;
import dev.olifant.catalog.system.Definitions;
import dev.olifant.exec.ExecContext;
import dev.olifant.exec.expr.Expression;
import dev.olifant.exec.expr.Expressions;
import dev.olifant.storage.Heap;
import dev.olifant.storage.TupleVersion;
import dev.olifant.types.PgType;
import dev.olifant.types.TextIO;
import java.util.BitSet;
import java.util.Objects;

/**
 * The index keys one writer computes. A key over plain columns is read from the row; a key with
 * expressions runs them, which may be user code with visible effects (notices, locks), so it is
 * run no more often than PostgreSQL runs it: an update that changes no column the key expressions
 * read reuses the replaced version's key (kept by the index storage by tuple id, or the key an ON
 * CONFLICT DO UPDATE probed the arbiter with), as PostgreSQL's heap-only update makes no new index
 * entry at all.
 */
final class IndexKeys {
    private TableTarget.IndexTarget probedIndex;
    private long probedTid = -1;
    private Object[] probedKey;

    /** Notes that {@code key} (computed for a proposed row) found the conflicting version {@code tid}. */
    void probed(TableTarget.IndexTarget ix, long tid, Object[] key) {
        probedIndex = ix;
        probedTid = tid;
        probedKey = key;
    }

    /** The key of the new version {@code values}, replacing {@code replacedTid} (-1 for an insert). */
    Object[] of(TableTarget.IndexTarget ix, Object[] values, long replacedTid, Heap heap, ExecContext ctx) {
        if (!ix.computed()) {
            return ix.key(values);
        }
        if (replacedTid >= 0) {
            TupleVersion old = heap.fetch(replacedTid);
            if (old != null && sameInputs(ix, old.values(), values)) {
                Object[] kept = ix.storage().keyOf(replacedTid);
                if (kept != null) {
                    return kept;
                }
                if (ix == probedIndex && replacedTid == probedTid) {
                    return probedKey;
                }
            }
        }
        return ix.key(values, ctx);
    }

    /** Whether the columns the index's key expressions read are the same in both rows (the key is then too). */
    static boolean sameInputs(TableTarget.IndexTarget ix, Object[] before, Object[] after) {
        BitSet slots = new BitSet();
        for (Expression e : ix.keyExpressions()) {
            if (!Expressions.collectSlots(e, slots)) {
                return false;
            }
        }
        for (int s = slots.nextSetBit(0); s >= 0; s = slots.nextSetBit(s + 1)) {
            if (s >= before.length || s >= after.length || !Objects.deepEquals(before[s], after[s])) {
                return false;
            }
        }
        return true;
    }

    /** PostgreSQL's BuildIndexValueDescription: {@code (col, lower(x))=(v1, v2)}. */
    static String describe(Table table, TableTarget.IndexTarget ix, Object[] key, ExecContext ctx) {
        StringBuilder cols = new StringBuilder();
        StringBuilder vals = new StringBuilder();
        int e = 0;
        for (int i = 0; i < ix.attnums().length; i++) {
            if (i > 0) {
                cols.append(", ");
                vals.append(", ");
            }
            PgType type;
            if (ix.attnums()[i] > 0) {
                Column c = table.column(ix.attnums()[i]);
                cols.append(c.name());
                type = c.type();
            } else {
                cols.append(Definitions.indexKeyText(ix.index().expressions().get(e)));
                type = ix.keyExpressions()[e++].type();
            }
            vals.append(key[i] == null ? "null" : TextIO.output(type, key[i], ctx.settings(), ctx.regLookup()));
        }
        return "(" + cols + ")=(" + vals + ")";
    }
}
