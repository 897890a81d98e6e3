package dev.olifant.types.func;

import dev.olifant.types.Types;
import java.math.BigDecimal;

/**
 * numeric's operators: {@code + - * / % ^}, prefix {@code - + @}, comparisons. Sums keep the
 * larger scale, products the sum of scales, quotients follow select_div_scale (at least 16
 * significant digits), as PostgreSQL's numeric.c does.
 */
final class NumericOperators {
    private NumericOperators() {
    }

    static void register(BuiltinCatalog c) {
        var n = Types.NUMERIC;
        c.op("+", n, n, n, "numeric_add", (ctx, a) -> ((BigDecimal) a[0]).add((BigDecimal) a[1]));
        c.op("-", n, n, n, "numeric_sub", (ctx, a) -> ((BigDecimal) a[0]).subtract((BigDecimal) a[1]));
        c.op("*", n, n, n, "numeric_mul", (ctx, a) -> ((BigDecimal) a[0]).multiply((BigDecimal) a[1]));
        c.op("/", n, n, n, "numeric_div", (ctx, a) -> NumericMath.div((BigDecimal) a[0], (BigDecimal) a[1]));
        c.op("%", n, n, n, "numeric_mod", (ctx, a) -> NumericMath.mod((BigDecimal) a[0], (BigDecimal) a[1]));
        c.op("^", n, n, n, "numeric_power", (ctx, a) -> NumericMath.power((BigDecimal) a[0], (BigDecimal) a[1]));
        c.op("-", null, n, n, "numeric_uminus", (ctx, a) -> ((BigDecimal) a[0]).negate());
        c.op("+", null, n, n, "numeric_uplus", (ctx, a) -> a[0]);
        c.op("@", null, n, n, "numeric_abs", (ctx, a) -> ((BigDecimal) a[0]).abs());
        ComparisonOperators.comparisons(c, n, n, "numeric_", ValueComparators.NUMERIC);
    }
}
