package dev.olifant.types.func;

import dev.olifant.types.PgType;
import java.util.List;
import java.util.function.Supplier;

/**
 * A built-in aggregate as pg_aggregate and pg_proc describe it.
 *
 * @param star    the aggregate is called with {@code *} (count(*)): no arguments
 * @param factory makes the state supplier for the resolved argument and result types
 */
public record AggregateDef(String name, List<PgType> argTypes, PgType resultType, boolean star, StateFactory factory) {

    @FunctionalInterface
    public interface StateFactory {
        Supplier<AggregateState> states(List<PgType> argTypes, PgType resultType);
    }
}
