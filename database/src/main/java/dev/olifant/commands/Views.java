package dev.olifant.commands;

import dev.olifant.catalog.Namespace;
import dev.olifant.catalog.Relation;
import dev.olifant.catalog.View;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.sql.analyze.AnalyzedQuery;
import dev.olifant.sql.analyze.Names;
import dev.olifant.sql.analyze.QueryAnalyzer;
import dev.olifant.sql.analyze.ResultColumn;
import dev.olifant.sql.ast.CreateViewStmt;
import dev.olifant.sql.ast.Persistence;
import dev.olifant.types.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** CREATE [OR REPLACE] VIEW: the query is analysed for its columns and kept as SQL text. */
final class Views {
    private Views() {
    }

    static String create(CreateViewStmt s, String sql, CommandContext ctx) {
        if (s.persistence() == Persistence.TEMPORARY || s.recursive() || s.checkOption() != null && s.checkOption() != dev.olifant.sql.ast.ViewCheckOption.NONE) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "temporary and recursive views and WITH CHECK OPTION are not supported yet");
        }
        for (var o : s.options()) {
            // Privileges on what a view reads are checked with its owner's rights; a view reading
            // with its caller's rights (security_invoker) would need the check to follow the caller.
            if (o.name().equalsIgnoreCase("security_invoker")) {
                Boolean on = o.value() == null ? Boolean.TRUE : dev.olifant.types.TextIO.booleanOption(o.value());
                if (on == null) {
                    throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "invalid value for boolean option \""
                            + o.name().toLowerCase(java.util.Locale.ROOT) + "\": " + o.value());
                }
                if (on) {
                    throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "security_invoker views are not supported yet");
                }
            }
        }
        Namespace ns = Names.creationNamespace(ctx.analysis(), s.name(), false);
        String name = s.name().last();
        AnalyzedQuery q = new QueryAnalyzer(ctx.analysis()).analyze(s.query());
        List<ResultColumn> out = q.columns();
        if (s.columnNames().size() > out.size()) {
            throw new PgException(SqlState.SYNTAX_ERROR, "CREATE VIEW specifies more column names than columns");
        }
        List<View.ViewColumn> cols = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < out.size(); i++) {
            ResultColumn rc = out.get(i);
            String cn = i < s.columnNames().size() ? s.columnNames().get(i) : rc.name();
            if (!seen.add(cn)) {
                throw new PgException(SqlState.DUPLICATE_COLUMN, "column \"" + cn + "\" specified more than once");
            }
            boolean unknown = rc.type() == Types.UNKNOWN;
            // a record's typmod is this server's registry number for its shape: never stored
            cols.add(new View.ViewColumn(cn, unknown ? Types.TEXT : rc.type(),
                    unknown ? -1 : dev.olifant.types.RecordTypes.publicTypmod(rc.type(), rc.typmod())));
        }
        String text = SourceText.statementRest(sql, s.query().location());
        Relation existing = ctx.catalog().relation(ns.oid(), name);
        long oid;
        if (existing != null) {
            if (!s.orReplace()) {
                throw new PgException(SqlState.DUPLICATE_TABLE, "relation \"" + name + "\" already exists");
            }
            Ownership.checkRelation(ctx, existing);
            if (!(existing instanceof View old)) {
                throw new PgException(SqlState.WRONG_OBJECT_TYPE, "\"" + name + "\" is not a view");
            }
            checkReplacement(old, cols);
            oid = old.oid();
        } else {
            oid = ctx.newOid();
        }
        long owner = existing != null ? existing.ownerOid() : ctx.userOid();
        View v = new View(oid, name, ns.oid(), owner, 'p', text, List.copyOf(cols));
        ctx.change(c -> c.withRelation(v));
        return "CREATE VIEW";
    }

    private static void checkReplacement(View old, List<View.ViewColumn> cols) {
        if (cols.size() < old.columns().size()) {
            throw new PgException(SqlState.INVALID_TABLE_DEFINITION, "cannot drop columns from view");
        }
        for (int i = 0; i < old.columns().size(); i++) {
            View.ViewColumn o = old.columns().get(i);
            View.ViewColumn n = cols.get(i);
            if (!o.name().equals(n.name())) {
                throw new PgException(SqlState.INVALID_TABLE_DEFINITION, "cannot change name of view column \""
                        + o.name() + "\" to \"" + n.name() + "\"")
                        .withHint("Use ALTER VIEW ... RENAME COLUMN ... to change name of view column instead.");
            }
            if (o.type() != n.type()) {
                throw new PgException(SqlState.INVALID_TABLE_DEFINITION, "cannot change data type of view column \""
                        + o.name() + "\" from " + o.type().name() + " to " + n.type().name());
            }
        }
    }
}
