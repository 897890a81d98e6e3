package dev.olifant.commands;

import dev.olifant.catalog.Column;
import dev.olifant.catalog.Table;
import dev.olifant.storage.ColumnStatistics;
import dev.olifant.storage.RelationStatistics;
import dev.olifant.types.ValueOps;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * ANALYZE (PostgreSQL's commands/analyze.c): a uniform random sample of a table's live rows
 * (reservoir sampling, 300 × the statistics target rows as PostgreSQL takes) yields, per column,
 * the NULL fraction, the number of distinct values (the Haas–Stokes estimator PostgreSQL uses),
 * the most common values with their frequencies, and a histogram of the remaining values.
 */
public final class Analyze {
    /** PostgreSQL's default_statistics_target. */
    public static final int TARGET = 100;
    /** Rows sampled: 300 × the statistics target, PostgreSQL's choice. */
    public static final int SAMPLE_ROWS = 300 * TARGET;
    /** Bytes in a page, for relpages. */
    private static final int PAGE = 8192;
    /** Bytes a row's header and item pointer take in a PostgreSQL page. */
    private static final int ROW_OVERHEAD = 28;

    private Analyze() {
    }

    /** Collects the reservoir sample of one table's live rows (each row's values by attribute slot). */
    public static final class Sample {
        private final List<Object[]> rows = new ArrayList<>();
        private final SplittableRandom random;
        private long seen;

        public Sample(long seed) {
            random = new SplittableRandom(seed);
        }

        /** Offers one live row; it replaces a sampled one with the probability that keeps the sample uniform. */
        public void offer(Object[] values) {
            seen++;
            if (rows.size() < SAMPLE_ROWS) {
                rows.add(values);
            } else {
                long j = random.nextLong(seen);
                if (j < SAMPLE_ROWS) {
                    rows.set((int) j, values);
                }
            }
        }

        public long liveRows() {
            return seen;
        }

        public int sampled() {
            return rows.size();
        }
    }

    /**
     * The table's statistics from a sample of its rows. {@code attnums} names the columns to
     * analyze (all live columns when empty); the other columns keep what {@code previous} held.
     */
    public static RelationStatistics compute(Table table, Sample sample, List<Integer> attnums,
            RelationStatistics previous, Instant at) {
        Map<Integer, ColumnStatistics> columns = new HashMap<>();
        if (previous != null && !attnums.isEmpty()) {
            columns.putAll(previous.columns());
        }
        for (Column c : table.columns()) {
            if (c.dropped() || !attnums.isEmpty() && !attnums.contains(c.attnum())) {
                continue;
            }
            ColumnStatistics s;
            try {
                s = column(c, sample, c.attnum() - 1);
            } catch (ClassCastException e) {
                // a type without an ordering gets no statistics (PostgreSQL would still keep its most
                // common values); the planner uses its default estimates for the column
                columns.remove(c.attnum());
                continue;
            }
            columns.put(c.attnum(), s);
        }
        double rows = sample.liveRows();
        return new RelationStatistics(rows, pages(table, columns, rows), columns, at);
    }

    /**
     * The statistics after a VACUUM counted {@code liveRows} live rows (PostgreSQL's
     * vac_update_relstats: reltuples and relpages change, the column statistics stay).
     */
    public static RelationStatistics afterVacuum(Table table, RelationStatistics previous, long liveRows) {
        return new RelationStatistics(liveRows, pages(table, previous.columns(), liveRows), previous.columns(),
                previous.analyzed());
    }

    /** Pages the rows fill, laid out as PostgreSQL would with the columns' average widths. */
    private static long pages(Table table, Map<Integer, ColumnStatistics> columns, double rows) {
        double widthSum = 0;
        for (Column c : table.columns()) {
            ColumnStatistics s = columns.get(c.attnum());
            if (!c.dropped() && s != null) {
                widthSum += s.avgWidth() * (1 - s.nullFrac());
            }
        }
        long perPage = Math.max(1, (long) (PAGE / (ROW_OVERHEAD + Math.max(1, widthSum))));
        return (long) Math.ceil(rows / perPage);
    }

    private static ColumnStatistics column(Column c, Sample sample, int slot) {
        int n = sample.rows.size();
        List<Object> values = new ArrayList<>(n);
        long width = 0;
        for (Object[] row : sample.rows) {
            Object v = slot < row.length ? row[slot] : c.missingValue();
            if (v != null) {
                values.add(v);
                width += width(v);
            }
        }
        int nonNull = values.size();
        double nullFrac = n == 0 ? 0 : (double) (n - nonNull) / n;
        int avgWidth = nonNull == 0 ? 0 : (int) Math.round((double) width / nonNull);
        if (nonNull == 0) {
            return new ColumnStatistics(c.attnum(), nullFrac, avgWidth, 0, List.of(), new double[0], List.of());
        }
        Comparator<Object> cmp = ValueOps.comparator(c.type());
        values.sort(cmp);
        // runs of equal values: their first value and length
        List<Object> distinct = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (int i = 0; i < nonNull;) {
            int j = i + 1;
            while (j < nonNull && cmp.compare(values.get(i), values.get(j)) == 0) {
                j++;
            }
            distinct.add(values.get(i));
            counts.add(j - i);
            i = j;
        }
        int d = distinct.size();
        int f1 = 0;
        for (int k : counts) {
            if (k == 1) {
                f1++;
            }
        }
        double totalRows = sample.liveRows();
        double nDistinct = nDistinct(n, nonNull, d, f1, nullFrac, totalRows);
        // most common values: those clearly above the average frequency (all of them when the sample holds every value)
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < d; i++) {
            if (counts.get(i) > 1) {
                order.add(i);
            }
        }
        order.sort((a, b) -> Integer.compare(counts.get(b), counts.get(a)));
        boolean allFit = f1 == 0 && d <= TARGET && nDistinct > 0;
        double minCount = allFit ? 2 : Math.max(2, 1.25 * nonNull / d);
        List<Object> mcv = new ArrayList<>();
        List<Double> freqs = new ArrayList<>();
        boolean[] inMcv = new boolean[d];
        for (int i : order) {
            if (mcv.size() >= TARGET || counts.get(i) < minCount) {
                break;
            }
            mcv.add(distinct.get(i));
            freqs.add((double) counts.get(i) / n);
            inMcv[i] = true;
        }
        // histogram over the values that are not most common, bounds at equal population steps
        List<Object> rest = new ArrayList<>();
        int restDistinct = 0;
        for (int i = 0, pos = 0; i < d; pos += counts.get(i), i++) {
            if (!inMcv[i]) {
                restDistinct++;
                for (int k = 0; k < counts.get(i); k++) {
                    rest.add(values.get(pos + k));
                }
            }
        }
        List<Object> hist = new ArrayList<>();
        int buckets = Math.min(TARGET + 1, restDistinct);
        if (buckets >= 2) {
            for (int i = 0; i < buckets; i++) {
                hist.add(rest.get((int) ((long) i * (rest.size() - 1) / (buckets - 1))));
            }
        }
        double[] f = new double[freqs.size()];
        for (int i = 0; i < f.length; i++) {
            f[i] = freqs.get(i);
        }
        return new ColumnStatistics(c.attnum(), nullFrac, avgWidth, nDistinct, mcv, f, hist);
    }

    /**
     * PostgreSQL's estimate of the distinct values in the whole table from a sample of {@code n}
     * rows ({@code nonNull} of them not NULL) holding {@code d} distinct values, {@code f1} of
     * them once: all unique means unique in the table; none seen once means the sample saw them
     * all; else the Haas–Stokes estimator. Above a tenth of the rows it is kept as a fraction.
     */
    static double nDistinct(int n, int nonNull, int d, int f1, double nullFrac, double totalRows) {
        if (f1 == nonNull) {
            return -1.0 * (1.0 - nullFrac);
        }
        double est;
        if (f1 == 0 || n >= totalRows) {
            est = d;
        } else {
            double total = totalRows * (1 - nullFrac);
            est = (double) nonNull * d / (nonNull - f1 + (double) f1 * nonNull / total);
            est = Math.max(d, Math.min(est, total));
            est = Math.floor(est + 0.5);
        }
        if (totalRows > 0 && est > 0.1 * totalRows) {
            return -(est / totalRows);
        }
        return est;
    }

    private static long width(Object v) {
        return switch (v) {
            case String s -> s.getBytes(StandardCharsets.UTF_8).length + (s.length() < 127 ? 1 : 4);
            case byte[] b -> b.length + (b.length < 127 ? 1 : 4);
            case Boolean b -> 1;
            case Short s -> 2;
            case Integer i -> 4;
            case Float f -> 4;
            case java.math.BigDecimal b -> 5 + b.precision() / 2;
            case java.time.LocalDate ld -> 4;
            case java.util.UUID u -> 16;
            default -> 8;
        };
    }
}
