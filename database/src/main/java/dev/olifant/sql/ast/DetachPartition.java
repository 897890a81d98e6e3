package dev.olifant.sql.ast;

/** {@code ALTER TABLE parent DETACH PARTITION name [CONCURRENTLY | FINALIZE]}. */
public record DetachPartition(QualifiedName partition, Mode mode) implements AlterTableCmd {
    public enum Mode {
        PLAIN, CONCURRENTLY, FINALIZE
    }
}
