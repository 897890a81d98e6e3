package dev.olifant.sql.ast;

import java.util.List;

/**
 * {@code VACUUM [FULL] [FREEZE] [VERBOSE] [ANALYZE] [tables]}, {@code VACUUM (options) [tables]},
 * {@code ANALYZE [VERBOSE] [tables]}; legacy keywords become options.
 * @param vacuum false for ANALYZE
 */
public record VacuumStmt(
        boolean vacuum,
        List<DefElem> options,
        List<VacuumRelation> relations,
        int location) implements Statement {
    public VacuumStmt {
        options = List.copyOf(options);
        relations = List.copyOf(relations);
    }
}
