package dev.olifant.types.func;

import dev.olifant.types.PgType;
import java.util.List;
import java.util.function.Supplier;

/** An aggregate chosen for given input types; one {@link AggregateState} per group from {@code newState}. */
public record ResolvedAggregate(String name, List<PgType> argTypes, PgType resultType,
        Supplier<AggregateState> newState) {
}
