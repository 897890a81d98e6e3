package dev.olifant.sql.ast;

import java.util.List;

/**
 * {@code LIKE source [INCLUDING | EXCLUDING option …]}.
 */
public record TableLike(QualifiedName source, List<LikeOption> options, int location) implements TableElement {
    public TableLike {
        options = List.copyOf(options);
    }
}
