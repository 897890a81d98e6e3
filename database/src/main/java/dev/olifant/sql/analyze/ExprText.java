package dev.olifant.sql.analyze;

import dev.olifant.sql.ast.Expr;
import dev.olifant.sql.ast.SelectStmt;
import dev.olifant.sql.ast.SimpleSelect;
import dev.olifant.sql.parser.Parser;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Expressions stored in the catalog as SQL text (defaults, CHECK constraints, index predicates),
 * parsed back into syntax trees; parsed texts are cached since the same default is read by every
 * INSERT.
 */
final class ExprText {
    private static final Map<String, Expr> CACHE = new ConcurrentHashMap<>();

    private ExprText() {
    }

    static Expr parse(String text) {
        return CACHE.computeIfAbsent(text, t -> {
            SelectStmt s = (SelectStmt) Parser.parseOne("SELECT " + t);
            return ((SimpleSelect) s.body()).targets().get(0).expr();
        });
    }
}
