package dev.olifant.types.func;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.types.Types;
import java.math.BigDecimal;
import java.math.BigInteger;

/** pg_lsn's operators and pg_wal_lsn_diff(): comparisons, and differences in bytes as numeric. */
final class LsnOperators {
    private static final BigInteger UNSIGNED = BigInteger.ONE.shiftLeft(64);

    private LsnOperators() {
    }

    static void register(BuiltinCatalog c) {
        ComparisonOperators.comparisons(c, Types.PG_LSN, Types.PG_LSN, "pg_lsn_",
                (a, b) -> Long.compareUnsigned((Long) a, (Long) b));
        c.op("-", Types.PG_LSN, Types.PG_LSN, Types.NUMERIC, "pg_lsn_mi", (ctx, a) -> diff((Long) a[0], (Long) a[1]));
        c.fn("pg_wal_lsn_diff", Types.NUMERIC, (ctx, a) -> diff((Long) a[0], (Long) a[1]), Types.PG_LSN, Types.PG_LSN);
        c.op("+", Types.PG_LSN, Types.NUMERIC, Types.PG_LSN, "pg_lsn_pli",
                (ctx, a) -> add((Long) a[0], (BigDecimal) a[1]));
        c.op("-", Types.PG_LSN, Types.NUMERIC, Types.PG_LSN, "pg_lsn_mii",
                (ctx, a) -> add((Long) a[0], ((BigDecimal) a[1]).negate()));
    }

    private static BigDecimal diff(long a, long b) {
        return new BigDecimal(unsigned(a).subtract(unsigned(b)));
    }

    private static BigInteger unsigned(long v) {
        BigInteger b = BigInteger.valueOf(v);
        return v < 0 ? b.add(UNSIGNED) : b;
    }

    private static Long add(long lsn, BigDecimal n) {
        // PostgreSQL adds in numeric and rounds the sum (half away from zero) when it becomes an LSN
        BigInteger r = new BigDecimal(unsigned(lsn)).add(n).setScale(0, java.math.RoundingMode.HALF_UP).toBigInteger();
        if (r.signum() < 0 || r.compareTo(UNSIGNED) >= 0) {
            throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "pg_lsn out of range");
        }
        return r.longValue();
    }
}
