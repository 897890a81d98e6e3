package dev.olifant.sql.ast;

/**
 * An option of CREATE / ALTER SEQUENCE or of an identity column.
 * @param value the signed integer lexeme for INCREMENT, MINVALUE, MAXVALUE, START, RESTART (null:
 *     RESTART without value), CACHE; null otherwise
 * @param type AS type, null otherwise
 * @param name OWNED BY table.column (null for OWNED BY NONE) or SEQUENCE NAME name
 */
public record SequenceOption(
        SequenceOptionKind kind,
        String value,
        TypeName type,
        QualifiedName name,
        int location) {
}
