package dev.olifant.sql.parser;

import dev.olifant.sql.ast.ColumnTarget;
import dev.olifant.sql.ast.CurrentOf;
import dev.olifant.sql.ast.DeleteStmt;
import dev.olifant.sql.ast.Expr;
import dev.olifant.sql.ast.FieldSelect;
import dev.olifant.sql.ast.FromItem;
import dev.olifant.sql.ast.IndexElem;
import dev.olifant.sql.ast.InsertStmt;
import dev.olifant.sql.ast.NullsOrder;
import dev.olifant.sql.ast.OnConflict;
import dev.olifant.sql.ast.OverridingKind;
import dev.olifant.sql.ast.PreparableStatement;
import dev.olifant.sql.ast.QualifiedName;
import dev.olifant.sql.ast.SelectStmt;
import dev.olifant.sql.ast.SelectTarget;
import dev.olifant.sql.ast.SetClause;
import dev.olifant.sql.ast.SortDirection;
import dev.olifant.sql.ast.TableRef;
import dev.olifant.sql.ast.UpdateStmt;
import dev.olifant.sql.ast.WithClause;
import java.util.ArrayList;
import java.util.List;

/** INSERT (with ON CONFLICT), UPDATE (multi-column SET, FROM, WHERE CURRENT OF) and DELETE. */
abstract class DmlParser extends FromParser {

    DmlParser(Tokens tokens) {
        super(tokens);
    }

    @Override
    final PreparableStatement dmlStatement(WithClause with) {
        if (isKw("insert")) {
            return insert(with);
        }
        if (isKw("update")) {
            return update(with);
        }
        if (isKw("delete")) {
            return delete(with);
        }
        if (isKw("merge")) {
            return merge(with);
        }
        throw syntaxError();
    }

    abstract dev.olifant.sql.ast.MergeStmt merge(WithClause with);

    private InsertStmt insert(WithClause with) {
        int loc = with != null ? with.location() : loc();
        expectKw("insert");
        expectKw("into");
        QualifiedName table = qualifiedName();
        String alias = acceptKw("as") ? colId() : null;
        List<ColumnTarget> columns = List.of();
        if (is(TokenKind.LPAREN) && !startsSubquery()) {
            p++;
            columns = new ArrayList<>();
            do {
                columns.add(columnTarget());
            } while (accept(TokenKind.COMMA));
            expect(TokenKind.RPAREN);
        }
        OverridingKind overriding = overriding();
        SelectStmt source = null;
        if (acceptKw("default")) {
            expectKw("values");
        } else {
            source = selectStmt();
        }
        OnConflict onConflict = null;
        if (isKw("on") && isKw(1, "conflict")) {
            onConflict = onConflict();
        }
        List<SelectTarget> returning = returning();
        return new InsertStmt(with, table, alias, columns, overriding, source, onConflict, returning, loc);
    }

    /** An INSERT column or UPDATE SET target: {@code col [.field | [subscript]]…}. */
    final ColumnTarget columnTarget() {
        int loc = loc();
        String name = colId();
        List<Expr> ind = List.of();
        if (is(TokenKind.DOT) || is(TokenKind.LBRACKET)) {
            ind = new ArrayList<>();
            while (true) {
                if (is(TokenKind.LBRACKET)) {
                    ind.add(subscript(null));
                } else if (is(TokenKind.DOT)) {
                    p++;
                    int floc = loc();
                    ind.add(new FieldSelect(null, colLabel(), floc));
                } else {
                    break;
                }
            }
        }
        return new ColumnTarget(name, ind, loc);
    }

    /** An INSERT's optional OVERRIDING { SYSTEM | USER } VALUE, shared with MERGE's INSERT action. */
    final OverridingKind overriding() {
        if (!acceptKw("overriding")) {
            return OverridingKind.NONE;
        }
        OverridingKind kind = OverridingKind.SYSTEM_VALUE;
        if (!acceptKw("system")) {
            expectKw("user");
            kind = OverridingKind.USER_VALUE;
        }
        expectKw("value");
        return kind;
    }

    private OnConflict onConflict() {
        int loc = loc();
        p += 2;
        List<IndexElem> elems = List.of();
        Expr targetWhere = null;
        String constraint = null;
        if (is(TokenKind.LPAREN)) {
            elems = indexElems();
            if (acceptKw("where")) {
                targetWhere = aExpr();
            }
        } else if (isKw("on") && isKw(1, "constraint")) {
            p += 2;
            constraint = colId();
        }
        expectKw("do");
        if (acceptKw("nothing")) {
            return new OnConflict(elems, targetWhere, constraint, false, List.of(), null, loc);
        }
        expectKw("update");
        expectKw("set");
        List<SetClause> set = setClauses();
        Expr where = acceptKw("where") ? aExpr() : null;
        return new OnConflict(elems, targetWhere, constraint, true, set, where, loc);
    }

    /** {@code ( index_elem, … )} */
    final List<IndexElem> indexElems() {
        expect(TokenKind.LPAREN);
        List<IndexElem> elems = new ArrayList<>();
        do {
            elems.add(indexElem());
        } while (accept(TokenKind.COMMA));
        expect(TokenKind.RPAREN);
        return elems;
    }

    private IndexElem indexElem() {
        int loc = loc();
        String column = null;
        Expr expr = null;
        if (is(TokenKind.LPAREN)) {
            p++;
            expr = aExpr();
            expect(TokenKind.RPAREN);
        } else if (isColId() && kind(1) != TokenKind.LPAREN && kind(1) != TokenKind.DOT
                && kind(1) != TokenKind.TYPECAST) {
            column = colId();
        } else {
            expr = primary();
        }
        QualifiedName collation = acceptKw("collate") ? qualifiedName() : null;
        QualifiedName opclass = null;
        if (isColId() && !isKw("nulls")) {
            opclass = qualifiedName();
        } else if (isKw("nulls") && !(isKw(1, "first") || isKw(1, "last"))) {
            opclass = qualifiedName();
        }
        SortDirection dir = SortDirection.DEFAULT;
        if (acceptKw("asc")) {
            dir = SortDirection.ASC;
        } else if (acceptKw("desc")) {
            dir = SortDirection.DESC;
        }
        NullsOrder nulls = nullsOrder();
        return new IndexElem(column, expr, collation, opclass, dir, nulls, loc);
    }

    final List<SetClause> setClauses() {
        List<SetClause> list = new ArrayList<>();
        do {
            int loc = loc();
            if (accept(TokenKind.LPAREN)) {
                List<ColumnTarget> cols = new ArrayList<>();
                do {
                    cols.add(columnTarget());
                } while (accept(TokenKind.COMMA));
                expect(TokenKind.RPAREN);
                expect(TokenKind.EQ);
                list.add(new SetClause(cols, aExpr(), true, loc));
            } else {
                ColumnTarget col = columnTarget();
                expect(TokenKind.EQ);
                list.add(new SetClause(List.of(col), aExpr(), false, loc));
            }
        } while (accept(TokenKind.COMMA));
        return list;
    }

    final List<SelectTarget> returning() {
        if (acceptKw("returning")) {
            return targetList();
        }
        return List.of();
    }

    private Expr whereOrCurrentOf() {
        if (!acceptKw("where")) {
            return null;
        }
        if (isKw("current") && isKw(1, "of")) {
            int loc = loc();
            p += 2;
            return new CurrentOf(colId(), loc);
        }
        return aExpr();
    }

    private UpdateStmt update(WithClause with) {
        int loc = with != null ? with.location() : loc();
        expectKw("update");
        TableRef table = relationExpr(true, false);
        expectKw("set");
        List<SetClause> set = setClauses();
        List<FromItem> from = acceptKw("from") ? fromList() : List.of();
        Expr where = whereOrCurrentOf();
        return new UpdateStmt(with, table, set, from, where, returning(), loc);
    }

    private DeleteStmt delete(WithClause with) {
        int loc = with != null ? with.location() : loc();
        expectKw("delete");
        expectKw("from");
        TableRef table = relationExpr(true, true);
        List<FromItem> using = acceptKw("using") ? fromList() : List.of();
        Expr where = whereOrCurrentOf();
        return new DeleteStmt(with, table, using, where, returning(), loc);
    }
}
