package dev.olifant.sql.ast;

import java.util.List;

/**
 * {@code ON CONFLICT [(index elements) [WHERE pred] | ON CONSTRAINT name] DO NOTHING | DO UPDATE
 * SET … [WHERE …]}.
 * @param targetElements the inference columns/expressions, empty when absent
 * @param targetWhere the inference predicate, null when absent
 * @param constraintName ON CONSTRAINT name, null when absent
 * @param doUpdate false for DO NOTHING
 * @param set DO UPDATE assignments
 * @param where DO UPDATE … WHERE, null when absent
 */
public record OnConflict(
        List<IndexElem> targetElements,
        Expr targetWhere,
        String constraintName,
        boolean doUpdate,
        List<SetClause> set,
        Expr where,
        int location) {
    public OnConflict {
        targetElements = List.copyOf(targetElements);
        set = List.copyOf(set);
    }
}
