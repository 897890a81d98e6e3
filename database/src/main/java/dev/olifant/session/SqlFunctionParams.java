package dev.olifant.session;

import dev.olifant.sql.parser.SqlTokens;
import dev.olifant.sql.parser.TokenKind;
import java.util.List;

/**
 * A SQL function's parameters referenced by name: each bare name that is a parameter's becomes
 * {@code $n} (not after a dot, not before a dot or a call's parenthesis).
 */
final class SqlFunctionParams {
    private SqlFunctionParams() {
    }

    static String substitute(String sql, List<String> names) {
        if (names.stream().allMatch(String::isEmpty)) {
            return sql;
        }
        List<SqlTokens.Token> toks = SqlTokens.scan(sql);
        StringBuilder out = new StringBuilder();
        int copied = 0;
        for (int k = 0; k < toks.size(); k++) {
            SqlTokens.Token t = toks.get(k);
            if (!t.isWord() || k > 0 && toks.get(k - 1).kind() == TokenKind.DOT) {
                continue;
            }
            TokenKind next = toks.get(k + 1).kind();
            if (next == TokenKind.DOT || next == TokenKind.LPAREN) {
                continue;
            }
            int idx = names.indexOf(t.value());
            if (idx < 0) {
                continue;
            }
            out.append(sql, copied, t.start()).append('$').append(idx + 1);
            copied = t.end();
        }
        return out.append(sql.substring(copied)).toString();
    }
}
