package dev.olifant.sql.ast;

/** {@code ALTER TABLE parent ATTACH PARTITION name bound}. */
public record AttachPartition(QualifiedName partition, PartitionBoundSpec bound) implements AlterTableCmd {
}
