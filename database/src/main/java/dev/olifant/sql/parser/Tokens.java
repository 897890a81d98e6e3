package dev.olifant.sql.parser;

import dev.olifant.sql.parser.Keywords.Keyword;
import java.util.Arrays;

/**
 * The token stream of one query string, as parallel arrays (one slot per token) to keep the
 * lexer allocation-light. The last token is always EOF, positioned at the end of the input.
 */
final class Tokens {
    final String sql;
    TokenKind[] kinds = new TokenKind[32];
    int[] starts = new int[32];
    int[] ends = new int[32];
    /** identifier (folded), keyword (canonical lower case), string value, number text, operator text */
    String[] values = new String[32];
    Keyword[] keywords = new Keyword[32];
    /** StringKind ordinal for strings, parameter number for PARAM */
    int[] aux = new int[32];
    int count;

    Tokens(String sql) {
        this.sql = sql;
    }

    void add(TokenKind kind, int start, int end, String value, Keyword keyword, int auxValue) {
        if (count == kinds.length) {
            int n = count * 2;
            kinds = Arrays.copyOf(kinds, n);
            starts = Arrays.copyOf(starts, n);
            ends = Arrays.copyOf(ends, n);
            values = Arrays.copyOf(values, n);
            keywords = Arrays.copyOf(keywords, n);
            aux = Arrays.copyOf(aux, n);
        }
        kinds[count] = kind;
        starts[count] = start;
        ends[count] = end;
        values[count] = value;
        keywords[count] = keyword;
        aux[count] = auxValue;
        count++;
    }

    /** The token's source text, as PostgreSQL shows it in "at or near". */
    String text(int i) {
        return sql.substring(starts[i], ends[i]);
    }
}
