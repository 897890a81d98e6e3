package dev.olifant.sql.parser;

import dev.olifant.sql.ast.CheckpointStmt;
import dev.olifant.sql.ast.CopyStmt;
import dev.olifant.sql.ast.DeallocateStmt;
import dev.olifant.sql.ast.DefElem;
import dev.olifant.sql.ast.DefElemKind;
import dev.olifant.sql.ast.DiscardStmt;
import dev.olifant.sql.ast.DiscardTarget;
import dev.olifant.sql.ast.ExecuteStmt;
import dev.olifant.sql.ast.ExplainStmt;
import dev.olifant.sql.ast.Expr;
import dev.olifant.sql.ast.ListenStmt;
import dev.olifant.sql.ast.LockMode;
import dev.olifant.sql.ast.LockStmt;
import dev.olifant.sql.ast.NotifyStmt;
import dev.olifant.sql.ast.PrepareStmt;
import dev.olifant.sql.ast.QualifiedName;
import dev.olifant.sql.ast.SelectStmt;
import dev.olifant.sql.ast.Statement;
import dev.olifant.sql.ast.TableRef;
import dev.olifant.sql.ast.TypeName;
import dev.olifant.sql.ast.UnlistenStmt;
import dev.olifant.sql.ast.VacuumRelation;
import dev.olifant.sql.ast.VacuumStmt;
import java.util.ArrayList;
import java.util.List;

/** LOCK, EXPLAIN, COPY, VACUUM / ANALYZE, CHECKPOINT, PREPARE / EXECUTE / DEALLOCATE, DISCARD, LISTEN / NOTIFY. */
abstract class UtilityParser extends SessionParser {

    UtilityParser(Tokens tokens) {
        super(tokens);
    }

    /** Any statement (for EXPLAIN and PREPARE). */
    abstract Statement statement();

    final Statement lock() {
        int loc = loc();
        expectKw("lock");
        acceptKw("table");
        List<TableRef> tables = new ArrayList<>();
        do {
            tables.add(relationExpr(false, false));
        } while (accept(TokenKind.COMMA));
        LockMode mode = LockMode.ACCESS_EXCLUSIVE;
        if (acceptKw("in")) {
            mode = lockMode();
            expectKw("mode");
        }
        boolean nowait = acceptKw("nowait");
        return new LockStmt(tables, mode, nowait, loc);
    }

    private LockMode lockMode() {
        if (acceptKw("access")) {
            if (acceptKw("share")) {
                return LockMode.ACCESS_SHARE;
            }
            expectKw("exclusive");
            return LockMode.ACCESS_EXCLUSIVE;
        }
        if (acceptKw("row")) {
            if (acceptKw("share")) {
                return LockMode.ROW_SHARE;
            }
            expectKw("exclusive");
            return LockMode.ROW_EXCLUSIVE;
        }
        if (acceptKw("share")) {
            if (acceptKw("update")) {
                expectKw("exclusive");
                return LockMode.SHARE_UPDATE_EXCLUSIVE;
            }
            if (acceptKw("row")) {
                expectKw("exclusive");
                return LockMode.SHARE_ROW_EXCLUSIVE;
            }
            return LockMode.SHARE;
        }
        expectKw("exclusive");
        return LockMode.EXCLUSIVE;
    }

    final Statement explain() {
        int loc = loc();
        expectKw("explain");
        List<DefElem> options = new ArrayList<>();
        if (is(TokenKind.LPAREN) && !startsSubquery()) {
            options = genericOptions();
        } else {
            if (isKw("analyze") || isKw("analyse")) {
                options.add(new DefElem("analyze", DefElemKind.NONE, null, List.of(), loc()));
                p++;
            }
            if (isKw("verbose")) {
                options.add(new DefElem("verbose", DefElemKind.NONE, null, List.of(), loc()));
                p++;
            }
        }
        return new ExplainStmt(options, explainable(), loc);
    }

    /** ExplainableStmt: a query, DML, EXECUTE, DECLARE, CREATE TABLE … AS, CREATE MATERIALIZED VIEW, REFRESH. */
    private Statement explainable() {
        if (isKw("create")) {
            explainCreate = true;
            try {
                return statement();
            } finally {
                explainCreate = false;
            }
        }
        if (isPreparable() || isKw("execute") || isKw("declare") || isKw("refresh")) {
            return statement();
        }
        throw syntaxError();
    }

    /** PreparableStmt: SELECT, VALUES, TABLE, WITH, INSERT, UPDATE, DELETE, or a parenthesized query. */
    final boolean isPreparable() {
        if (is(TokenKind.LPAREN)) {
            return true;
        }
        if (!is(TokenKind.KEYWORD)) {
            return false;
        }
        return switch (value()) {
            case "select", "values", "table", "with", "insert", "update", "delete", "merge" -> true;
            default -> false;
        };
    }

    /** {@code REINDEX [(options)] {INDEX | TABLE | SCHEMA | DATABASE | SYSTEM} [CONCURRENTLY] name}. */
    final Statement reindex() {
        int loc = loc();
        expectKw("reindex");
        List<DefElem> options = is(TokenKind.LPAREN) ? genericOptions() : List.of();
        if (!is(TokenKind.KEYWORD)) {
            throw syntaxError();
        }
        dev.olifant.sql.ast.ReindexStmt.Kind kind = switch (value()) {
            case "index" -> dev.olifant.sql.ast.ReindexStmt.Kind.INDEX;
            case "table" -> dev.olifant.sql.ast.ReindexStmt.Kind.TABLE;
            case "schema" -> dev.olifant.sql.ast.ReindexStmt.Kind.SCHEMA;
            case "database" -> dev.olifant.sql.ast.ReindexStmt.Kind.DATABASE;
            case "system" -> dev.olifant.sql.ast.ReindexStmt.Kind.SYSTEM;
            default -> throw syntaxError();
        };
        p++;
        boolean concurrently = acceptKw("concurrently");
        QualifiedName name = qualifiedName();
        return new dev.olifant.sql.ast.ReindexStmt(kind, concurrently, name, options, loc);
    }

    /** {@code ( name [value], … )}: EXPLAIN, COPY and VACUUM option lists. */
    final List<DefElem> genericOptions() {
        expect(TokenKind.LPAREN);
        List<DefElem> options = new ArrayList<>();
        do {
            int loc = loc();
            String name = colLabel();
            if (name.equals("analyse")) {
                name = "analyze";
            }
            if (is(TokenKind.COMMA) || is(TokenKind.RPAREN)) {
                options.add(new DefElem(name, DefElemKind.NONE, null, List.of(), loc));
            } else {
                options.add(defValue(name, loc));
            }
        } while (accept(TokenKind.COMMA));
        expect(TokenKind.RPAREN);
        return options;
    }

    final Statement copy() {
        int loc = loc();
        expectKw("copy");
        List<DefElem> options = new ArrayList<>();
        QualifiedName table = null;
        List<String> columns = List.of();
        SelectStmt query = null;
        if (isKw("binary")) {
            options.add(new DefElem("format", DefElemKind.WORD, "binary", List.of(), loc()));
            p++;
        }
        if (is(TokenKind.LPAREN)) {
            p++;
            query = selectStmtOrDml();
            expect(TokenKind.RPAREN);
        } else {
            table = qualifiedName();
            if (is(TokenKind.LPAREN)) {
                columns = parenNameList();
            }
        }
        boolean from;
        if (acceptKw("from")) {
            from = true;
        } else {
            expectKw("to");
            from = false;
        }
        if (query != null && from) {
            throw syntaxErrorAt(p - 1);
        }
        boolean program = acceptKw("program");
        String filename = null;
        if (acceptKw("stdin") || acceptKw("stdout")) {
            if (program) {
                throw syntaxErrorAt(p - 1);
            }
        } else {
            filename = sconst();
        }
        if (isKw("using") && isKw(1, "delimiters") || isKw("delimiters")) {
            acceptKw("using");
            p++;
            int dloc = loc();
            options.add(new DefElem("delimiter", DefElemKind.STRING, sconst(), List.of(), dloc));
        }
        acceptKw("with");
        if (is(TokenKind.LPAREN)) {
            options.addAll(genericOptions());
        } else {
            legacyCopyOptions(options);
        }
        Expr where = null;
        if (from && acceptKw("where")) {
            where = aExpr();
        }
        return new CopyStmt(table, columns, query, from, filename, program, options, where, loc);
    }

    /** The query of COPY (query) TO: SELECT, VALUES, or a data-modifying statement with RETURNING. */
    private SelectStmt selectStmtOrDml() {
        if (isKw("insert") || isKw("update") || isKw("delete")) {
            throw notSupported("COPY of a data-modifying statement is not supported", loc());
        }
        return selectStmt();
    }

    private void legacyCopyOptions(List<DefElem> options) {
        while (true) {
            int loc = loc();
            if (acceptKw("binary")) {
                options.add(new DefElem("format", DefElemKind.WORD, "binary", List.of(), loc));
            } else if (acceptKw("csv")) {
                options.add(new DefElem("format", DefElemKind.WORD, "csv", List.of(), loc));
            } else if (acceptKw("header")) {
                options.add(new DefElem("header", DefElemKind.NONE, null, List.of(), loc));
            } else if (acceptKw("freeze")) {
                options.add(new DefElem("freeze", DefElemKind.NONE, null, List.of(), loc));
            } else if (isKw("delimiter") || isKw("null") || isKw("quote") || isKw("escape") || isKw("encoding")) {
                String name = value();
                p++;
                acceptKw("as");
                options.add(new DefElem(name, DefElemKind.STRING, sconst(), List.of(), loc));
            } else if (acceptKw("force")) {
                String name;
                if (acceptKw("quote")) {
                    name = "force_quote";
                } else if (acceptKw("not")) {
                    expectKw("null");
                    name = "force_not_null";
                } else {
                    expectKw("null");
                    name = "force_null";
                }
                if (name.equals("force_quote") && accept(TokenKind.STAR)) {
                    options.add(new DefElem(name, DefElemKind.STAR, null, List.of(), loc));
                } else {
                    List<String> cols = new ArrayList<>();
                    do {
                        cols.add(colId());
                    } while (accept(TokenKind.COMMA));
                    options.add(new DefElem(name, DefElemKind.LIST, null, cols, loc));
                }
            } else {
                return;
            }
        }
    }

    final Statement vacuumOrAnalyze() {
        int loc = loc();
        boolean vacuum = isKw("vacuum");
        p++;
        List<DefElem> options = new ArrayList<>();
        if (is(TokenKind.LPAREN)) {
            options = genericOptions();
        } else if (vacuum) {
            for (String w : new String[] {"full", "freeze", "verbose"}) {
                if (isKw(w)) {
                    options.add(new DefElem(w, DefElemKind.NONE, null, List.of(), loc()));
                    p++;
                }
            }
            if (isKw("analyze") || isKw("analyse")) {
                options.add(new DefElem("analyze", DefElemKind.NONE, null, List.of(), loc()));
                p++;
            }
        } else if (isKw("verbose")) {
            options.add(new DefElem("verbose", DefElemKind.NONE, null, List.of(), loc()));
            p++;
        }
        List<VacuumRelation> rels = new ArrayList<>();
        if (isColId()) {
            do {
                QualifiedName name = qualifiedName();
                List<String> cols = is(TokenKind.LPAREN) ? parenNameList() : List.of();
                rels.add(new VacuumRelation(name, cols));
            } while (accept(TokenKind.COMMA));
        }
        return new VacuumStmt(vacuum, options, rels, loc);
    }

    final Statement checkpoint() {
        int loc = loc();
        p++;
        return new CheckpointStmt(loc);
    }

    final Statement prepare() {
        int loc = loc();
        expectKw("prepare");
        if (isKw("transaction")) {
            p--;
            return transaction();
        }
        String name = colId();
        List<TypeName> types = new ArrayList<>();
        if (accept(TokenKind.LPAREN)) {
            do {
                types.add(typeName());
            } while (accept(TokenKind.COMMA));
            expect(TokenKind.RPAREN);
        }
        expectKw("as");
        if (!isPreparable()) {
            throw syntaxError();
        }
        return new PrepareStmt(name, types, statement(), loc);
    }

    final Statement execute() {
        int loc = loc();
        expectKw("execute");
        String name = colId();
        List<Expr> params = List.of();
        if (accept(TokenKind.LPAREN)) {
            params = exprList();
            expect(TokenKind.RPAREN);
        }
        return new ExecuteStmt(name, params, loc);
    }

    final Statement deallocate() {
        int loc = loc();
        expectKw("deallocate");
        acceptKw("prepare");
        if (acceptKw("all")) {
            return new DeallocateStmt(null, loc);
        }
        return new DeallocateStmt(colId(), loc);
    }

    final Statement discard() {
        int loc = loc();
        expectKw("discard");
        DiscardTarget target;
        if (acceptKw("all")) {
            target = DiscardTarget.ALL;
        } else if (acceptKw("plans")) {
            target = DiscardTarget.PLANS;
        } else if (acceptKw("sequences")) {
            target = DiscardTarget.SEQUENCES;
        } else if (acceptKw("temp") || acceptKw("temporary")) {
            target = DiscardTarget.TEMP;
        } else {
            throw syntaxError();
        }
        return new DiscardStmt(target, loc);
    }

    final Statement listenNotify() {
        int loc = loc();
        String kw = value();
        p++;
        switch (kw) {
            case "listen":
                return new ListenStmt(colId(), loc);
            case "unlisten":
                if (accept(TokenKind.STAR)) {
                    return new UnlistenStmt(null, loc);
                }
                return new UnlistenStmt(colId(), loc);
            default: {
                String channel = colId();
                String payload = accept(TokenKind.COMMA) ? sconst() : null;
                return new NotifyStmt(channel, payload, loc);
            }
        }
    }

    /** CLUSTER: see {@link dev.olifant.sql.ast.ClusterStmt}. */
    final Statement cluster() {
        int loc = loc();
        p++;
        boolean verbose = false;
        if (accept(TokenKind.LPAREN)) {
            do {
                expectKw("verbose");
                verbose = true;
            } while (accept(TokenKind.COMMA));
            expect(TokenKind.RPAREN);
        } else if (acceptKw("verbose")) {
            verbose = true;
        }
        if (is(TokenKind.EOF) || is(TokenKind.SEMICOLON)) {
            return new dev.olifant.sql.ast.ClusterStmt(null, null, verbose, loc);
        }
        dev.olifant.sql.ast.QualifiedName first = qualifiedName();
        if (acceptKw("on")) {
            return new dev.olifant.sql.ast.ClusterStmt(qualifiedName(), first.last(), verbose, loc);
        }
        String index = acceptKw("using") ? colId() : null;
        return new dev.olifant.sql.ast.ClusterStmt(first, index, verbose, loc);
    }
}
