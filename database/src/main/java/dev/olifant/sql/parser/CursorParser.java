package dev.olifant.sql.parser;

import dev.olifant.sql.ast.ClosePortalStmt;
import dev.olifant.sql.ast.DeclareCursorStmt;
import dev.olifant.sql.ast.FetchDirection;
import dev.olifant.sql.ast.FetchStmt;
import dev.olifant.sql.ast.SelectStmt;
import dev.olifant.sql.ast.Statement;

/**
 * DECLARE … CURSOR, FETCH, MOVE and CLOSE (PostgreSQL's DeclareCursorStmt, FetchStmt and
 * ClosePortalStmt productions). FETCH and MOVE directions are reduced to PostgreSQL's normal form
 * ({@link FetchStmt}); a direction's count is a SignedIconst.
 */
final class CursorParser {
    private final UtilityParser ps;

    CursorParser(UtilityParser ps) {
        this.ps = ps;
    }

    /** At DECLARE. */
    Statement declare() {
        int loc = ps.loc();
        ps.expectKw("declare");
        String name = ps.colId();
        boolean binary = false;
        boolean asensitive = false;
        boolean insensitive = false;
        boolean scroll = false;
        boolean noScroll = false;
        while (!ps.isKw("cursor")) {
            if (ps.acceptKw("binary")) {
                binary = true;
            } else if (ps.acceptKw("asensitive")) {
                asensitive = true;
            } else if (ps.acceptKw("insensitive")) {
                insensitive = true;
            } else if (ps.acceptKw("scroll")) {
                scroll = true;
            } else if (ps.isKw("no") && ps.isKw(1, "scroll")) {
                ps.p += 2;
                noScroll = true;
            } else {
                throw ps.syntaxError();
            }
        }
        ps.expectKw("cursor");
        boolean hold = false;
        if (ps.isKw("with") && ps.isKw(1, "hold")) {
            ps.p += 2;
            hold = true;
        } else if (ps.isKw("without") && ps.isKw(1, "hold")) {
            ps.p += 2;
        }
        ps.expectKw("for");
        if (!ps.isKw("select") && !ps.isKw("values") && !ps.isKw("table") && !ps.isKw("with")
                && !ps.is(TokenKind.LPAREN)) {
            throw ps.syntaxError();
        }
        SelectStmt query = ps.selectStmt();
        return new DeclareCursorStmt(name, binary, asensitive, insensitive, scroll, noScroll, hold, query, loc);
    }

    /** At FETCH or MOVE. */
    Statement fetch() {
        int loc = ps.loc();
        boolean move = ps.isKw("move");
        ps.p++;
        FetchDirection direction = FetchDirection.FORWARD;
        long count = 1;
        if (ps.acceptKw("next")) {
            // FORWARD 1
        } else if (ps.acceptKw("prior")) {
            direction = FetchDirection.BACKWARD;
        } else if (ps.acceptKw("first")) {
            direction = FetchDirection.ABSOLUTE;
        } else if (ps.acceptKw("last")) {
            direction = FetchDirection.ABSOLUTE;
            count = -1;
        } else if (ps.acceptKw("absolute")) {
            direction = FetchDirection.ABSOLUTE;
            count = signedCount();
        } else if (ps.acceptKw("relative")) {
            direction = FetchDirection.RELATIVE;
            count = signedCount();
        } else if (ps.acceptKw("all")) {
            count = FetchStmt.ALL;
        } else if (ps.isKw("forward") || ps.isKw("backward")) {
            direction = ps.isKw("forward") ? FetchDirection.FORWARD : FetchDirection.BACKWARD;
            ps.p++;
            if (ps.acceptKw("all")) {
                count = FetchStmt.ALL;
            } else if (isCount()) {
                count = signedCount();
            }
        } else if (isCount()) {
            count = signedCount();
        }
        if (!ps.acceptKw("from")) {
            ps.acceptKw("in");
        }
        String name = ps.colId();
        return new FetchStmt(direction, count, name, move, loc);
    }

    private boolean isCount() {
        return ps.is(TokenKind.INTEGER) || ((ps.is(TokenKind.MINUS) || ps.is(TokenKind.PLUS))
                && ps.kind(1) == TokenKind.INTEGER);
    }

    private long signedCount() {
        int at = ps.p;
        String text = ps.signedIconst();
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw ps.syntaxErrorAt(at);
        }
    }

    /** At CLOSE. */
    Statement close() {
        int loc = ps.loc();
        ps.expectKw("close");
        if (ps.acceptKw("all")) {
            return new ClosePortalStmt(null, loc);
        }
        return new ClosePortalStmt(ps.colId(), loc);
    }
}
