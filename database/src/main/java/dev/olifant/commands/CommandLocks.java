package dev.olifant.commands;

import dev.olifant.catalog.Index;
import dev.olifant.catalog.Relation;
import dev.olifant.exec.TableLocks;
import dev.olifant.lock.LockMode;
import dev.olifant.sql.analyze.Names;
import dev.olifant.sql.ast.AlterSequenceStmt;
import dev.olifant.sql.ast.AlterTableStmt;
import dev.olifant.sql.ast.CreateIndexStmt;
import dev.olifant.sql.ast.DropStmt;
import dev.olifant.sql.ast.QualifiedName;
import dev.olifant.sql.ast.RenameStmt;
import dev.olifant.sql.ast.Statement;
import dev.olifant.sql.ast.TableRef;
import dev.olifant.sql.ast.TruncateStmt;

/**
 * The table locks DDL takes before it changes anything, as PostgreSQL's: CREATE INDEX takes
 * SHARE on its table (so it waits for writers and blocks them), ALTER TABLE what its
 * sub-commands need ({@link AlterTableLocks}), TRUNCATE, DROP and renames take ACCESS EXCLUSIVE (so they wait for, and then block, every reader and writer);
 * ALTER SEQUENCE takes SHARE ROW EXCLUSIVE, which waits for sessions that used the sequence. The
 * command looks its relations up again after locking, so one dropped while it waited is reported
 * as missing.
 */
final class CommandLocks {
    private CommandLocks() {
    }

    static void acquire(Statement stmt, CommandContext ctx) {
        switch (stmt) {
            case CreateIndexStmt s -> {
                ownerFirst(ctx, s.table());
                lock(ctx, s.table(), LockMode.SHARE);
            }
            case TruncateStmt s -> {
                for (TableRef t : s.tables()) {
                    // as PostgreSQL's RangeVarCallbackForTruncate: the privilege is checked before the lock is queued for
                    if (find(ctx, t.name()) instanceof Relation r) {
                        Grants.check(ctx, r, dev.olifant.catalog.Acl.Privilege.TRUNCATE);
                    }
                    lock(ctx, t.name(), LockMode.ACCESS_EXCLUSIVE);
                }
            }
            case DropStmt s when s.concurrently() -> {
                // DropIndexConcurrently takes its own, weaker locks
            }
            case DropStmt s -> {
                switch (s.kind()) {
                    case TABLE, INDEX, SEQUENCE, VIEW -> {
                        boolean checking = true;
                        for (QualifiedName n : s.names()) {
                            checking = checking && dropOwnerFirst(ctx, s.kind(), n);
                            lock(ctx, n, LockMode.ACCESS_EXCLUSIVE);
                        }
                    }
                    default -> {
                    }
                }
            }
            case AlterTableStmt s -> {
                ownerFirst(ctx, s.name());
                lock(ctx, s.name(), AlterTableLocks.level(s));
                AlterTableLocks.referencedTables(s).forEach(n -> lock(ctx, n, LockMode.SHARE_ROW_EXCLUSIVE));
            }
            case AlterSequenceStmt s -> {
                ownerFirst(ctx, s.name());
                lock(ctx, s.name(), LockMode.SHARE_ROW_EXCLUSIVE);
            }
            case RenameStmt s -> {
                if (s.kind() != dev.olifant.sql.ast.ObjectKind.SCHEMA && s.kind() != dev.olifant.sql.ast.ObjectKind.DATABASE) {
                    ownerFirst(ctx, s.name());
                }
                lock(ctx, s.name(), LockMode.ACCESS_EXCLUSIVE);
            }
            case dev.olifant.sql.ast.CreateTriggerStmt s -> lock(ctx, s.table(), LockMode.SHARE_ROW_EXCLUSIVE);
            case dev.olifant.sql.ast.DropTriggerStmt s -> lock(ctx, s.table(), LockMode.ACCESS_EXCLUSIVE);
            default -> {
            }
        }
    }

    /**
     * As PostgreSQL's RangeVarCallbackOwnsRelation and RangeVarCallbackForAlterRelation: a role
     * that does not own the relation is refused before it queues for the lock, so it never waits
     * behind, or blocks, the sessions using the table.
     */
    private static void ownerFirst(CommandContext ctx, QualifiedName name) {
        if (find(ctx, name) instanceof Relation r) {
            Ownership.checkRelation(ctx, r);
        }
    }

    /**
     * DROP's RangeVarCallbackForDropRelation. A missing relation or one of the wrong kind is left
     * to the command to report, and so are the names after it (false: stop checking).
     */
    private static boolean dropOwnerFirst(CommandContext ctx, dev.olifant.sql.ast.ObjectKind kind, QualifiedName name) {
        if (!(find(ctx, name) instanceof Relation r) || !switch (kind) {
            case TABLE -> r.kind() == 'r' || r.kind() == 'p';
            case INDEX -> r.kind() == 'i' || r.kind() == 'I';
            case SEQUENCE -> r.kind() == 'S';
            case VIEW -> r.kind() == 'v';
            default -> false;
        }) {
            return false;
        }
        Ownership.checkDropRelation(ctx, r);
        return true;
    }

    /** The relation a name denotes now, or null (the command reports a missing one itself). */
    private static Relation find(CommandContext ctx, QualifiedName name) {
        try {
            return Names.findRelation(ctx.analysis(), name);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Locks the relation a name denotes now (nothing when there is none: the command reports that). */
    private static void lock(CommandContext ctx, QualifiedName name, LockMode mode) {
        Relation r = find(ctx, name);
        if (r == null) {
            return;
        }
        if (r instanceof Index ix) {
            Relation table = ctx.catalog().relation(ix.tableOid());
            if (table != null) {
                TableLocks.lock(ctx.exec(), table.oid(), mode, false, table::name);
            }
        }
        TableLocks.lock(ctx.exec(), r.oid(), mode, false, r::name);
    }
}
