package dev.olifant.sql.ast;

/**
 * One action of ALTER TABLE (also used for ALTER INDEX / SEQUENCE / VIEW OWNER TO and SET
 * (options)).
 */
public sealed interface AlterTableCmd extends Node
        permits AddColumn,
                DropColumn,
                AddConstraint,
                DropConstraint,
                AlterColumnDefault,
                AlterColumnNotNull,
                AlterColumnType,
                AlterColumnIdentity,
                AlterColumnStatistics,
                OwnerTo,
                SetRelOptions,
                ValidateConstraint,
                EnableTrigger,
                AttachPartition,
                DetachPartition,
                InheritTable {
}
