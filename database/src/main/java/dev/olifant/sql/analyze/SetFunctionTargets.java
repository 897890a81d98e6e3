package dev.olifant.sql.analyze;

import dev.olifant.exec.expr.Expression;
import dev.olifant.exec.expr.Slot;
import dev.olifant.exec.plan.PlanNode;
import dev.olifant.exec.plan.ProjectSet;
import dev.olifant.types.RecordDescriptor;
import dev.olifant.types.RecordTypes;
import dev.olifant.types.Types;
import dev.olifant.types.func.ResolvedFunction;
import java.util.ArrayList;
import java.util.List;

/**
 * The set-returning function calls of one select list. Each call becomes a column that a
 * {@link ProjectSet} below the projection appends to the input row; the call itself is analysed
 * as a reference to that column.
 */
final class SetFunctionTargets {
    private final int base;
    private final List<ProjectSet.SetFunction> functions = new ArrayList<>();

    SetFunctionTargets(int base) {
        this.base = base;
    }

    int size() {
        return functions.size();
    }

    /** Adds a call; {@code shape} is the record of a function with several output columns, else null. */
    Expression add(String name, ResolvedFunction rf, Expression[] args, RecordDescriptor shape) {
        functions.add(new ProjectSet.SetFunction(name, rf.impl(), args, rf.strict(), shape));
        return shape == null ? new Slot(base + functions.size() - 1, rf.resultType(), -1, name)
                : new Slot(base + functions.size() - 1, Types.RECORD, RecordTypes.typmodOf(shape), name);
    }

    PlanNode wrap(PlanNode plan) {
        return functions.isEmpty() ? plan : new ProjectSet(plan, List.copyOf(functions));
    }
}
