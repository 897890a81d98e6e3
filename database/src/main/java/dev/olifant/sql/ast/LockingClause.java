package dev.olifant.sql.ast;

import java.util.List;

/**
 * {@code FOR UPDATE | NO KEY UPDATE | SHARE | KEY SHARE [OF t, …] [NOWAIT | SKIP LOCKED]}.
 * @param of the OF relations, empty when absent
 */
public record LockingClause(
        LockStrength strength,
        List<QualifiedName> of,
        LockWaitPolicy waitPolicy) {
    public LockingClause {
        of = List.copyOf(of);
    }
}
