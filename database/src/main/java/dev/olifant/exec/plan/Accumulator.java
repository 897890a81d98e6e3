package dev.olifant.exec.plan;

import dev.olifant.exec.ExecContext;

/** The running state of one aggregate for one group. */
public interface Accumulator {

    void add(Object[] args, ExecContext ctx);

    Object result(ExecContext ctx);
}
