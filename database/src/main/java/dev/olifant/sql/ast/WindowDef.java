package dev.olifant.sql.ast;

import java.util.List;

/**
 * A window specification: in a WINDOW clause ({@code name} is the defined name), after OVER as
 * {@code OVER name} ({@code name} set, nothing else) or {@code OVER ([existing] …)} ({@code
 * refName} is the existing window).
 * @param name the window's own name, null when anonymous
 * @param refName the referenced existing window inside the parentheses, null when absent
 * @param frame the frame clause, null when absent
 */
public record WindowDef(
        String name,
        String refName,
        List<Expr> partitionBy,
        List<SortBy> orderBy,
        WindowFrame frame,
        int location) {
    public WindowDef {
        partitionBy = List.copyOf(partitionBy);
        orderBy = List.copyOf(orderBy);
    }
}
