package dev.olifant.sql.ast;

import java.util.List;

/**
 * {@code ARRAY[a, b]}; inner bracket lists of a multi-dimensional constructor ({@code
 * ARRAY[[1,2],[3,4]]}) are nested ArrayConstructors with {@code keyword} false.
 * @param keyword true when written with the ARRAY keyword
 * @param location offset of ARRAY or of the bracket
 */
public record ArrayConstructor(List<Expr> elements, boolean keyword, int location) implements Expr {
    public ArrayConstructor {
        elements = List.copyOf(elements);
    }
}
