package dev.olifant.exec;

import dev.olifant.catalog.Table;
import dev.olifant.catalog.Trigger;

/**
 * One firing of a trigger: what its function sees as TG_WHEN, TG_LEVEL, TG_OP, NEW and OLD
 * (rows in the table's attnum layout, null where the operation has none).
 */
public record TriggerCall(Trigger trigger, Table table, String when, String level, String op, Object[] newRow,
        Object[] oldRow) {
}
