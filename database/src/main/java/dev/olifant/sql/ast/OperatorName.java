package dev.olifant.sql.ast;

/**
 * An operator name, optionally schema-qualified through {@code OPERATOR(schema.op)}. {@code !=} is
 * stored as {@code <>}.
 * @param schema schema of OPERATOR(schema.op), null when unqualified
 * @param name the operator symbol, e.g. {@code "="}, {@code "~"}, {@code "||"}
 */
public record OperatorName(String schema, String name) {
}
