package dev.olifant.sql.ast;

/**
 * A string constant after escape processing.
 * @param value the string's value (for BIT kind the binary digits, for HEX_BIT the hexadecimal
 *     digits)
 * @param kind how it was written
 */
public record StringLiteral(String value, StringKind kind, int location) implements Expr {
}
