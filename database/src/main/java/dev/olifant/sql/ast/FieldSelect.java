package dev.olifant.sql.ast;

/**
 * Field selection from a composite value: {@code (x).f}, {@code (x).*}.
 * @param arg the composite expression (null inside a {@link ColumnTarget})
 * @param field the field name, null for {@code .*}
 * @param location offset of the field name or star
 */
public record FieldSelect(Expr arg, String field, int location) implements Expr {
}
