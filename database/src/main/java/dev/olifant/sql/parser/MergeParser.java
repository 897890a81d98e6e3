package dev.olifant.sql.parser;

import dev.olifant.sql.ast.ColumnTarget;
import dev.olifant.sql.ast.Expr;
import dev.olifant.sql.ast.FromItem;
import dev.olifant.sql.ast.MergeStmt;
import dev.olifant.sql.ast.MergeWhen;
import dev.olifant.sql.ast.OverridingKind;
import dev.olifant.sql.ast.TableRef;
import dev.olifant.sql.ast.WithClause;
import java.util.ArrayList;
import java.util.List;

/**
 * MERGE as PostgreSQL 15's grammar has it: {@code MERGE INTO target [[AS] alias] USING table_ref
 * ON cond} followed by one or more {@code WHEN MATCHED [AND cond] THEN UPDATE SET … | DELETE | DO
 * NOTHING} and {@code WHEN NOT MATCHED [AND cond] THEN INSERT … | DO NOTHING} clauses.
 */
abstract class MergeParser extends DmlParser {

    MergeParser(Tokens tokens) {
        super(tokens);
    }

    @Override
    final MergeStmt merge(WithClause with) {
        int loc = with != null ? with.location() : loc();
        expectKw("merge");
        expectKw("into");
        TableRef target = relationExpr(true, false);
        expectKw("using");
        FromItem source = tableRef();
        expectKw("on");
        Expr on = aExpr();
        List<MergeWhen> whens = new ArrayList<>();
        do {
            whens.add(when());
        } while (isKw("when"));
        return new MergeStmt(with, target, source, on, whens, loc);
    }

    private MergeWhen when() {
        int loc = loc();
        expectKw("when");
        boolean matched = !acceptKw("not");
        expectKw("matched");
        Expr condition = acceptKw("and") ? aExpr() : null;
        expectKw("then");
        MergeWhen.Action action;
        if (isKw("do") && isKw(1, "nothing")) {
            p += 2;
            action = new MergeWhen.DoNothing();
        } else if (matched && acceptKw("update")) {
            expectKw("set");
            action = new MergeWhen.Update(setClauses());
        } else if (matched && acceptKw("delete")) {
            action = new MergeWhen.Delete();
        } else if (!matched && isKw("insert")) {
            action = insertAction();
        } else {
            throw syntaxError();
        }
        return new MergeWhen(matched, condition, action, loc);
    }

    private MergeWhen.Insert insertAction() {
        int loc = loc();
        expectKw("insert");
        List<ColumnTarget> columns = new ArrayList<>();
        if (accept(TokenKind.LPAREN)) {
            do {
                columns.add(columnTarget());
            } while (accept(TokenKind.COMMA));
            expect(TokenKind.RPAREN);
        }
        OverridingKind overriding = overriding();
        if (acceptKw("default")) {
            expectKw("values");
            return new MergeWhen.Insert(columns, overriding, null, loc);
        }
        expectKw("values");
        expect(TokenKind.LPAREN);
        List<Expr> values = exprList();
        expect(TokenKind.RPAREN);
        return new MergeWhen.Insert(columns, overriding, values, loc);
    }
}
