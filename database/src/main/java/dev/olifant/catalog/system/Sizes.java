package dev.olifant.catalog.system;

import dev.olifant.catalog.Catalog;
import dev.olifant.catalog.Index;
import dev.olifant.catalog.Relation;
import dev.olifant.catalog.Table;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * pg_relation_size and friends. Olifant keeps tables in memory, so a size is the space the same
 * tuple versions and index entries would take in PostgreSQL's 8 kB pages: a relation with no rows
 * takes none, otherwise whole pages at {@link #ROWS_PER_PAGE} tuples each.
 */
public final class Sizes {
    static final long PAGE = 8192;
    static final long ROWS_PER_PAGE = 100;

    private Sizes() {
    }

    public static long relation(Relation r) {
        return switch (r) {
            case Table t -> pages(t.storage() == null ? 0 : t.storage().heap().size());
            case Index i -> 0;
            default -> 0;
        };
    }

    /** The indexes of a table: each as large as the entries it holds. */
    public static long indexes(Catalog cat, Relation r) {
        if (!(r instanceof Table t) || t.storage() == null) {
            return 0;
        }
        long total = 0;
        for (long oid : t.indexOids()) {
            if (cat.relation(oid) instanceof Index && t.storage().index(oid) != null) {
                total += pages(t.storage().index(oid).size()) + PAGE;
            }
        }
        return total;
    }

    public static long database(Catalog cat) {
        long total = 0;
        for (Relation r : cat.relations()) {
            total += relation(r) + indexes(cat, r);
        }
        return total;
    }

    private static long pages(long rows) {
        return (rows + ROWS_PER_PAGE - 1) / ROWS_PER_PAGE * PAGE;
    }

    /**
     * pg_size_pretty, as PostgreSQL 15 computes it: bytes below 10240, then kB, MB, GB, TB and PB
     * below 20480 of the unit (the last unit takes everything), halves rounded away from zero.
     */
    public static String pretty(BigDecimal bytes) {
        String[] names = {"bytes", "kB", "MB", "GB", "TB", "PB"};
        long[] limits = {10 * 1024, 20 * 1024 - 1, 20 * 1024 - 1, 20 * 1024 - 1, 20 * 1024 - 1, 20 * 1024 - 1};
        BigInteger size = bytes.setScale(0, RoundingMode.DOWN).toBigInteger();
        for (int u = 0; u < names.length; u++) {
            boolean round = u > 0;
            if (size.abs().compareTo(BigInteger.valueOf(limits[u])) < 0 || u == names.length - 1) {
                if (round) {
                    size = size.add(BigInteger.valueOf(size.signum() < 0 ? -1 : 1)).divide(BigInteger.TWO);
                }
                return size + " " + names[u];
            }
            int bits = round ? 10 : 9;
            size = size.divide(BigInteger.ONE.shiftLeft(bits));
        }
        throw new IllegalStateException();
    }
}
