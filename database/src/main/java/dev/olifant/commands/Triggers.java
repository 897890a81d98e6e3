package dev.olifant.commands;

import dev.olifant.catalog.Column;
import dev.olifant.catalog.Relation;
import dev.olifant.catalog.Routine;
import dev.olifant.catalog.Table;
import dev.olifant.catalog.Trigger;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.sql.analyze.Names;
import dev.olifant.sql.analyze.RoutineLookup;
import dev.olifant.sql.ast.CreateTriggerStmt;
import dev.olifant.sql.ast.DropTriggerStmt;
import dev.olifant.sql.ast.EnableTrigger;
import dev.olifant.types.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * CREATE / DROP TRIGGER and ALTER TABLE ENABLE / DISABLE TRIGGER. CREATE TRIGGER and the
 * ALTER TABLE forms take SHARE ROW EXCLUSIVE on the table (writers wait, readers do not), DROP
 * TRIGGER ACCESS EXCLUSIVE, as in PostgreSQL.
 */
final class Triggers {
    private Triggers() {
    }

    static String create(CreateTriggerStmt s, CommandContext ctx) {
        Relation rel = Names.utilityRelation(ctx.analysis(), s.table());
        if (!(rel instanceof Table table)) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "\"" + rel.name() + "\" is not a table or view")
                    .withDetail("Tables cannot have INSTEAD OF triggers.");
        }
        if (s.timing().equals("INSTEAD")) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "\"" + table.name() + "\" is a table")
                    .withDetail("Tables cannot have INSTEAD OF triggers.");
        }
        Grants.check(ctx, table, dev.olifant.catalog.Acl.Privilege.TRIGGER); // CreateTriggerFiringOn
        if (s.constraint() && (!s.timing().equals("AFTER") || !s.forEachRow())) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "constraint triggers must be AFTER ROW triggers");
        }
        if (s.events().contains("TRUNCATE") && s.forEachRow()) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "TRUNCATE FOR EACH ROW triggers are not supported");
        }
        Routine fn = RoutineLookup.exact(ctx.analysis(), s.function().parts(), List.of());
        if (fn == null || fn.kind() != 'f') {
            throw new PgException(SqlState.UNDEFINED_FUNCTION, "function " + s.function() + "() does not exist");
        }
        if (fn.returnType() != Types.TRIGGER) {
            throw new PgException(SqlState.INVALID_OBJECT_DEFINITION, "function " + s.function()
                    + " must return type trigger");
        }
        int type = s.forEachRow() ? Trigger.TYPE_ROW : 0;
        if (s.timing().equals("BEFORE")) {
            type |= Trigger.TYPE_BEFORE;
        }
        for (String e : s.events()) {
            type |= switch (e) {
                case "INSERT" -> Trigger.TYPE_INSERT;
                case "DELETE" -> Trigger.TYPE_DELETE;
                case "UPDATE" -> Trigger.TYPE_UPDATE;
                default -> Trigger.TYPE_TRUNCATE;
            };
        }
        List<Integer> cols = new ArrayList<>();
        for (String c : s.updateColumns()) {
            Column col = table.column(c);
            if (col == null) {
                throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"" + c + "\" of relation \"" + table.name()
                        + "\" does not exist");
            }
            cols.add(col.attnum());
        }
        if (s.whenText() != null) {
            checkWhen(s);
        }
        Trigger existing = ctx.catalog().routines().trigger(table.oid(), s.name());
        if (existing != null && !s.orReplace()) {
            throw new PgException(SqlState.DUPLICATE_OBJECT, "trigger \"" + s.name() + "\" for relation \""
                    + table.name() + "\" already exists");
        }
        if (existing != null && existing.isClone()) {
            throw new PgException(SqlState.DUPLICATE_OBJECT, "trigger \"" + s.name() + "\" for relation \""
                    + table.name() + "\" is an internal or a child trigger");
        }
        long oid = existing != null ? existing.oid() : ctx.newOid();
        Trigger t = new Trigger(oid, table.oid(), s.name(), fn.oid(), type, 'O', cols, s.whenText(), s.arguments(),
                s.constraint(), s.deferrable(), s.initiallyDeferred(), 0);
        if (existing != null) {
            PartitionTriggers.dropWithClones(ctx, existing);
        }
        ctx.change(c -> c.withRoutines(c.routines().withTrigger(t)));
        if (table.isPartitioned() && t.row()) {
            PartitionTriggers.cloneNewTrigger(ctx, table, t);
        }
        return "CREATE TRIGGER";
    }

    /** A WHEN condition may use NEW only where there is a new row, OLD where there is an old one, neither per statement. */
    private static void checkWhen(CreateTriggerStmt s) {
        for (var tok : dev.olifant.sql.parser.SqlTokens.scan(s.whenText())) {
            if (!tok.isWord() || !(tok.value().equals("new") || tok.value().equals("old"))) {
                continue;
            }
            String message = null;
            boolean isNew = tok.value().equals("new");
            if (!s.forEachRow()) {
                message = "statement trigger's WHEN condition cannot reference column values";
            } else if (isNew && s.events().contains("DELETE")) {
                message = "DELETE trigger's WHEN condition cannot reference NEW values";
            } else if (!isNew && s.events().contains("INSERT")) {
                message = "INSERT trigger's WHEN condition cannot reference OLD values";
            }
            if (message != null) {
                throw new PgException(SqlState.INVALID_OBJECT_DEFINITION, message)
                        .withPosition(s.whenLocation() + tok.start() + 1);
            }
        }
    }

    static String drop(DropTriggerStmt s, CommandContext ctx) {
        Relation rel;
        try {
            rel = Names.utilityRelation(ctx.analysis(), s.table());
        } catch (PgException e) {
            if (s.ifExists() && e.state() == SqlState.UNDEFINED_TABLE) {
                ctx.notice(CreateTable.notice(SqlState.SUCCESSFUL_COMPLETION, "relation \"" + s.table()
                        + "\" does not exist, skipping"));
                return "DROP TRIGGER";
            }
            throw e;
        }
        Trigger t = ctx.catalog().routines().trigger(rel.oid(), s.name());
        if (t == null) {
            if (s.ifExists()) {
                ctx.notice(CreateTable.notice(SqlState.SUCCESSFUL_COMPLETION, "trigger \"" + s.name()
                        + "\" for relation \"" + rel.name() + "\" does not exist, skipping"));
                return "DROP TRIGGER";
            }
            throw new PgException(SqlState.UNDEFINED_OBJECT, "trigger \"" + s.name() + "\" for table \"" + rel.name()
                    + "\" does not exist");
        }
        Ownership.check(ctx.cluster(), ctx.userOid(), rel.ownerOid(), "relation", rel.name());
        if (t.isClone() && rel instanceof Table table) {
            PartitionTriggers.refuseDropOfClone(ctx, table, t);
        }
        PartitionTriggers.dropWithClones(ctx, t);
        return "DROP TRIGGER";
    }

    /**
     * ALTER TABLE ENABLE / DISABLE TRIGGER; on a partitioned table without ONLY ({@code recurse})
     * the clones of its row triggers on every partition follow.
     */
    static void enable(CommandContext ctx, Table table, EnableTrigger e, boolean recurse) {
        List<Trigger> targets = new ArrayList<>();
        if (e.name() != null) {
            Trigger t = ctx.catalog().routines().trigger(table.oid(), e.name());
            if (t == null) {
                throw new PgException(SqlState.UNDEFINED_OBJECT, "trigger \"" + e.name() + "\" for table \""
                        + table.name() + "\" does not exist");
            }
            targets.add(t);
        } else {
            targets.addAll(ctx.catalog().routines().triggersOn(table.oid()));
        }
        if (recurse && table.isPartitioned()) {
            targets.addAll(PartitionTriggers.clonesOf(ctx, targets));
        }
        ctx.change(c -> {
            var r = c.routines();
            for (Trigger t : targets) {
                r = r.withTrigger(t.withEnabled(e.enabled()));
            }
            return c.withRoutines(r);
        });
    }
}
