package dev.olifant.plpgsql;

/**
 * A piece of SQL inside a function: an expression or a statement, as written.
 *
 * @param text the source text
 */
public record SqlText(String text) {
    @Override
    public String toString() {
        return text;
    }
}
