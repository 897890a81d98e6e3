package dev.olifant.sql.ast;

/**
 * One parameter of CREATE FUNCTION / PROCEDURE or of a DROP FUNCTION signature.
 *
 * @param name         the parameter's name, null when unnamed
 * @param mode         IN, OUT, INOUT or VARIADIC (IN when not written)
 * @param type         its type
 * @param defaultValue the DEFAULT (or {@code =}) expression, null when none
 */
public record FunctionParameter(String name, ParameterMode mode, TypeName type, Expr defaultValue) {

    /** PostgreSQL's proargmodes letters. */
    public enum ParameterMode {
        IN('i'), OUT('o'), INOUT('b'), VARIADIC('v');

        private final char code;

        ParameterMode(char code) {
            this.code = code;
        }

        public char code() {
            return code;
        }

        /** An argument callers pass (everything but OUT). */
        public boolean isInput() {
            return this != OUT;
        }
    }
}
