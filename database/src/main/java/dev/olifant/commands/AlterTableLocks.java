package dev.olifant.commands;

import dev.olifant.lock.LockMode;
import dev.olifant.sql.ast.AddConstraint;
import dev.olifant.sql.ast.AlterColumnStatistics;
import dev.olifant.sql.ast.AlterTableCmd;
import dev.olifant.sql.ast.AlterTableStmt;
import dev.olifant.sql.ast.ConstraintType;
import dev.olifant.sql.ast.QualifiedName;
import dev.olifant.sql.ast.ValidateConstraint;
import java.util.ArrayList;
import java.util.List;

/**
 * The table lock ALTER TABLE takes (PostgreSQL's AlterTableGetLockLevel): the strongest its
 * sub-commands need. Adding a foreign key takes SHARE ROW EXCLUSIVE on the table and on the
 * referenced table (it blocks writers, which would have to check the new key, but not readers
 * nor SELECT ... FOR UPDATE); VALIDATE CONSTRAINT and SET STATISTICS take SHARE UPDATE
 * EXCLUSIVE, as do ATTACH PARTITION and DETACH PARTITION CONCURRENTLY (the partition itself is locked
 * ACCESS EXCLUSIVE by the command); everything else takes ACCESS EXCLUSIVE.
 */
final class AlterTableLocks {
    private AlterTableLocks() {
    }

    /** The mode to lock the altered table in. */
    static LockMode level(AlterTableStmt s) {
        LockMode level = null;
        for (AlterTableCmd c : s.commands()) {
            LockMode m = switch (c) {
                case AddConstraint a when a.constraint().type() == ConstraintType.FOREIGN_KEY
                        -> LockMode.SHARE_ROW_EXCLUSIVE;
                case ValidateConstraint v -> LockMode.SHARE_UPDATE_EXCLUSIVE;
                case dev.olifant.sql.ast.EnableTrigger e -> LockMode.SHARE_ROW_EXCLUSIVE;
                case AlterColumnStatistics a -> LockMode.SHARE_UPDATE_EXCLUSIVE;
                case dev.olifant.sql.ast.AttachPartition a -> LockMode.SHARE_UPDATE_EXCLUSIVE;
                case dev.olifant.sql.ast.DetachPartition d when d.mode() != dev.olifant.sql.ast.DetachPartition.Mode.PLAIN
                        -> LockMode.SHARE_UPDATE_EXCLUSIVE;
                default -> LockMode.ACCESS_EXCLUSIVE;
            };
            if (level == null || m.ordinal() > level.ordinal()) {
                level = m;
            }
        }
        return level == null ? LockMode.ACCESS_EXCLUSIVE : level;
    }

    /** The tables new foreign keys reference, which are locked SHARE ROW EXCLUSIVE after the altered one. */
    static List<QualifiedName> referencedTables(AlterTableStmt s) {
        List<QualifiedName> out = new ArrayList<>();
        for (AlterTableCmd c : s.commands()) {
            if (c instanceof AddConstraint a && a.constraint().type() == ConstraintType.FOREIGN_KEY
                    && a.constraint().refTable() != null) {
                out.add(a.constraint().refTable());
            }
        }
        return out;
    }
}
