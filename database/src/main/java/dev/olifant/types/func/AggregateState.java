package dev.olifant.types.func;

import dev.olifant.types.EvalContext;

/**
 * The running state of one aggregate over one group. The state sees every row, nulls included,
 * and decides: strict aggregates skip rows with a null argument, count(*) counts every row.
 */
public interface AggregateState {
    void add(Object[] args, EvalContext ctx);

    /** The aggregate's value for the rows added so far (null for an empty sum, min, ...). */
    Object result(EvalContext ctx);
}
