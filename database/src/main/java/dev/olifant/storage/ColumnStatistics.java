package dev.olifant.storage;

import java.util.List;

/**
 * What ANALYZE learned about one column, as PostgreSQL's pg_statistic row for it holds.
 *
 * @param attnum           the column's number
 * @param nullFrac         the fraction of rows whose value is NULL
 * @param avgWidth         the average width in bytes of the non-null values
 * @param nDistinct        the number of distinct non-null values when positive; when negative,
 *                         minus that number as a fraction of the rows (so it scales with the table),
 *                         as PostgreSQL's stadistinct
 * @param mostCommonValues the most common values, most frequent first
 * @param mostCommonFreqs  their frequencies as fractions of all rows, in the same order
 * @param histogramBounds  values dividing the rest (not NULL, not a most common value) into
 *                         buckets of equal population, ascending; empty when too few values remain
 */
public record ColumnStatistics(int attnum, double nullFrac, int avgWidth, double nDistinct,
        List<Object> mostCommonValues, double[] mostCommonFreqs, List<Object> histogramBounds) {

    public ColumnStatistics {
        mostCommonValues = List.copyOf(mostCommonValues);
        mostCommonFreqs = mostCommonFreqs.clone();
        histogramBounds = List.copyOf(histogramBounds);
    }

    /** The number of distinct non-null values in a table of {@code rows} rows. */
    public double distinctValues(double rows) {
        return nDistinct >= 0 ? nDistinct : -nDistinct * rows;
    }

    /** The frequency of the most common value at {@code i}. */
    public double mostCommonFreq(int i) {
        return mostCommonFreqs[i];
    }

    /** The sum of the most common values' frequencies. */
    public double mostCommonTotal() {
        double s = 0;
        for (double f : mostCommonFreqs) {
            s += f;
        }
        return s;
    }
}
