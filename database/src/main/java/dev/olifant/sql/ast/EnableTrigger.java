package dev.olifant.sql.ast;

/**
 * ALTER TABLE {@code ENABLE [ALWAYS | REPLICA] | DISABLE} TRIGGER {name | ALL | USER}.
 *
 * @param name    the trigger, or null for ALL / USER
 * @param enabled pg_trigger.tgenabled to set: 'O' (ENABLE), 'A' (ALWAYS), 'R' (REPLICA), 'D' (DISABLE)
 * @param all     ALL (internal triggers included) rather than USER, when name is null
 */
public record EnableTrigger(String name, char enabled, boolean all) implements AlterTableCmd {
}
