package dev.olifant.plpgsql;

import dev.olifant.sql.parser.SqlTokens;
import dev.olifant.sql.parser.SqlTokens.Token;
import dev.olifant.sql.parser.TokenKind;
import dev.olifant.types.PgType;
import java.util.ArrayList;
import java.util.List;

/**
 * Replaces a function's variables in a SQL text by parameters ({@code $n}), collecting their
 * types and current values, as PL/pgSQL's parser hooks do: a name not preceded by a dot and
 * not called as a function is a variable when one of that name is in scope; {@code row.field}
 * is the field of a record variable and {@code row.*} all its fields, one parameter each; {@code $n} is the function's n-th argument.
 */
final class Substitution {
    final String sql;
    final List<PgType> types;
    final List<Object> values;

    private Substitution(String sql, List<PgType> types, List<Object> values) {
        this.sql = sql;
        this.types = types;
        this.values = values;
    }

    static Substitution of(String text, Scope scope, List<Scope.Var> positional) {
        List<Token> toks = SqlTokens.scan(text);
        StringBuilder out = new StringBuilder();
        List<PgType> types = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        int copied = 0;
        for (int k = 0; k < toks.size(); k++) {
            Token t = toks.get(k);
            Scope.Var v = null;
            int end = t.end();
            PgType type = null;
            Object value = null;
            if (t.kind() == TokenKind.PARAM) {
                int n = Integer.parseInt(t.value().substring(1));
                if (n >= 1 && n <= positional.size()) {
                    v = positional.get(n - 1);
                }
            } else if (t.isWord() && !(k > 0 && toks.get(k - 1).kind() == TokenKind.DOT)
                    && toks.get(k + 1).kind() != TokenKind.LPAREN) {
                v = scope.find(t.value());
                if (v == null && toks.get(k + 1).kind() == TokenKind.DOT && toks.get(k + 2).isWord()) {
                    Scope.Var labelled = scope.find(t.value(), toks.get(k + 2).value());
                    if (labelled != null) {
                        v = labelled;
                        k += 2;
                        end = toks.get(k).end();
                    }
                }
            }
            if (v == null) {
                continue;
            }
            if (v.isRecord() || v.value instanceof PlRow) {
                if (toks.get(k + 1).kind() == TokenKind.DOT && toks.get(k + 2).isWord()) {
                    PlRow row = v.row();
                    String field = toks.get(k + 2).value();
                    int idx = row.indexOf(field);
                    if (idx < 0) {
                        throw new dev.olifant.error.PgException(dev.olifant.error.SqlState.UNDEFINED_COLUMN,
                                "record \"" + v.name + "\" has no field \"" + field + "\"");
                    }
                    type = row.types().get(idx);
                    value = row.values()[idx];
                    k += 2;
                    end = toks.get(k).end();
                } else if (toks.get(k + 1).kind() == TokenKind.DOT && toks.get(k + 2).kind() == TokenKind.STAR) {
                    // row.* stands for all of the row's fields, as a list of parameters
                    PlRow row = v.row();
                    out.append(text, copied, t.start());
                    for (int i = 0; i < row.values().length; i++) {
                        types.add(row.types().get(i));
                        values.add(row.values()[i]);
                        out.append(i == 0 ? "" : ", ").append('$').append(types.size());
                    }
                    k += 2;
                    copied = toks.get(k).end();
                    continue;
                } else {
                    continue;
                }
            } else {
                if (toks.get(k + 1).kind() == TokenKind.DOT) {
                    continue;
                }
                type = v.type;
                value = v.value;
            }
            out.append(text, copied, t.start());
            types.add(type);
            values.add(value);
            out.append('$').append(types.size());
            copied = end;
        }
        out.append(text.substring(copied));
        return new Substitution(out.toString(), types, values);
    }
}
