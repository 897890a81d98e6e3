package dev.olifant.plpgsql;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.sql.parser.SqlTokens;
import dev.olifant.sql.parser.SqlTokens.Token;
import dev.olifant.sql.parser.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Parses a PL/pgSQL function body (PostgreSQL's pl_gram.y, for the commonly used language) over
 * the SQL lexer's tokens. Expressions and SQL statements are not parsed here: they are cut out of
 * the source as text, up to the keyword or semicolon that ends them, and parsed by the engine
 * when they first run.
 */
public final class PlParser {
    private static final Set<String> STATEMENT_LIST_END = Set.of("end", "elsif", "elseif", "else", "when",
            "exception");

    private final String src;
    private final List<Token> toks;
    private int i;

    private PlParser(String src) {
        this.src = src;
        this.toks = SqlTokens.scan(src);
    }

    /** The function's top-level block; syntax errors are 42601 as PostgreSQL words them. */
    public static PlStmt.Block parse(String body) {
        PlParser p = new PlParser(body);
        PlStmt.Block b = p.block(p.label());
        p.accept(TokenKind.SEMICOLON);
        if (p.cur().kind() != TokenKind.EOF) {
            throw p.syntaxError();
        }
        return b;
    }

    // ---------------------------------------------------------------- tokens

    private Token cur() {
        return toks.get(i);
    }

    private Token peek(int ahead) {
        return toks.get(Math.min(i + ahead, toks.size() - 1));
    }

    private String word() {
        return word(cur());
    }

    private static String word(Token t) {
        return t.isWord() ? t.value() : null;
    }

    private boolean isWord(String w) {
        return w.equals(word());
    }

    private boolean isWord(int ahead, String w) {
        return w.equals(word(peek(ahead)));
    }

    private boolean acceptWord(String w) {
        if (isWord(w)) {
            i++;
            return true;
        }
        return false;
    }

    private void expectWord(String w) {
        if (!acceptWord(w)) {
            throw syntaxError();
        }
    }

    private boolean accept(TokenKind k) {
        if (cur().kind() == k) {
            i++;
            return true;
        }
        return false;
    }

    private void expect(TokenKind k) {
        if (!accept(k)) {
            throw syntaxError();
        }
    }

    private boolean isOp(String op) {
        return cur().kind() == TokenKind.OP && cur().value().equals(op);
    }

    private String ident() {
        String w = word();
        if (w == null) {
            throw syntaxError();
        }
        i++;
        return w;
    }

    PgException syntaxError() {
        Token t = cur();
        String near = t.kind() == TokenKind.EOF ? null : src.substring(t.start(), t.end());
        return new PgException(SqlState.SYNTAX_ERROR, near == null ? "syntax error at end of input"
                : "syntax error at or near \"" + near + "\"").withPosition(t.start() + 1);
    }

    private int line(Token t) {
        int n = 1;
        for (int k = 0; k < t.start(); k++) {
            if (src.charAt(k) == '\n') {
                n++;
            }
        }
        return n;
    }

    /**
     * The SQL text from the current token up to (not including) a word in {@code stops} or a
     * semicolon at parenthesis depth 0.
     */
    private SqlText until(Set<String> stops) {
        int start = i;
        int depth = 0;
        while (true) {
            Token t = cur();
            if (t.kind() == TokenKind.EOF) {
                throw syntaxError();
            }
            String w = word(t);
            if (depth == 0 && (t.kind() == TokenKind.SEMICOLON || w != null && stops.contains(w)
                    || t.kind() == TokenKind.COMMA && stops.contains(","))) {
                break;
            }
            if (t.kind() == TokenKind.LPAREN || t.kind() == TokenKind.LBRACKET) {
                depth++;
            } else if (t.kind() == TokenKind.RPAREN || t.kind() == TokenKind.RBRACKET) {
                depth--;
            }
            i++;
        }
        if (i == start) {
            throw syntaxError();
        }
        return new SqlText(src.substring(toks.get(start).start(), toks.get(i - 1).end()));
    }

    // ---------------------------------------------------------------- blocks and statements

    /** {@code <<label>>} before a block or loop, or null. */
    private String label() {
        if (isOp("<<")) {
            i++;
            String l = ident();
            if (!isOp(">>")) {
                throw syntaxError();
            }
            i++;
            return l;
        }
        return null;
    }

    private PlStmt.Block block(String label) {
        int line = line(cur());
        List<PlStmt.Decl> decls = new ArrayList<>();
        if (acceptWord("declare")) {
            while (!isWord("begin")) {
                decls.add(decl());
            }
        }
        expectWord("begin");
        List<PlStmt> body = statements();
        List<PlStmt.Handler> handlers = new ArrayList<>();
        if (acceptWord("exception")) {
            while (acceptWord("when")) {
                List<String> conds = new ArrayList<>();
                do {
                    if (acceptWord("sqlstate")) {
                        conds.add("sqlstate " + cur().value());
                        i++;
                    } else {
                        conds.add(ident());
                    }
                } while (acceptWord("or"));
                expectWord("then");
                handlers.add(new PlStmt.Handler(conds, statements()));
            }
        }
        expectWord("end");
        if (label != null && word() != null && word().equals(label)) {
            i++;
        }
        return new PlStmt.Block(line, label, decls, body, handlers);
    }

    private PlStmt.Decl decl() {
        String name = ident();
        if (acceptWord("alias")) {
            expectWord("for");
            Token t = cur();
            if (t.kind() != TokenKind.PARAM) {
                throw syntaxError();
            }
            i++;
            expect(TokenKind.SEMICOLON);
            return new PlStmt.Decl(name, null, false, false, null, Integer.parseInt(t.value().substring(1)));
        }
        boolean constant = acceptWord("constant");
        SqlText type = until(Set.of("not", "default", ":=", "collate"));
        String typeText = type.text();
        int eq = indexOfAssign(typeText);
        SqlText init = null;
        boolean notNull = false;
        if (eq >= 0) {
            // the type ran into "= expr" / ":= expr": split it
            init = new SqlText(typeText.substring(eq + (typeText.charAt(eq) == ':' ? 2 : 1)).strip());
            typeText = typeText.substring(0, eq).strip();
        } else {
            if (acceptWord("not")) {
                expectWord("null");
                notNull = true;
            }
            if (acceptWord("default") || accept(TokenKind.COLON_EQUALS) || accept(TokenKind.EQ)) {
                init = until(Set.of());
            }
        }
        expect(TokenKind.SEMICOLON);
        return new PlStmt.Decl(name, typeText, constant, notNull, init, 0);
    }

    /** Where {@code :=} or a top-level {@code =} starts in a declaration's text, or -1. */
    private static int indexOfAssign(String text) {
        int depth = 0;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0 && c == ':' && k + 1 < text.length() && text.charAt(k + 1) == '=') {
                return k;
            } else if (depth == 0 && c == '=') {
                return k;
            } else if (c == '\'') {
                return -1;
            }
        }
        return -1;
    }

    private List<PlStmt> statements() {
        List<PlStmt> out = new ArrayList<>();
        while (true) {
            Token t = cur();
            if (t.kind() == TokenKind.EOF) {
                throw syntaxError();
            }
            if (t.isWord() && STATEMENT_LIST_END.contains(t.value())) {
                return out;
            }
            out.add(statement());
        }
    }

    private PlStmt statement() {
        String label = label();
        Token first = cur();
        int line = line(first);
        String w = word();
        if (w == null) {
            throw syntaxError();
        }
        switch (w) {
            case "declare", "begin": {
                PlStmt.Block b = block(label);
                expect(TokenKind.SEMICOLON);
                return b;
            }
            case "if":
                i++;
                return ifStmt(line);
            case "case":
                i++;
                return caseStmt(line);
            case "loop": {
                i++;
                List<PlStmt> body = loopBody(label);
                return new PlStmt.Loop(line, label, body);
            }
            case "while": {
                i++;
                SqlText cond = until(Set.of("loop"));
                expectWord("loop");
                return new PlStmt.While(line, label, cond, loopBody(label));
            }
            case "for":
                i++;
                return forStmt(line, label);
            case "exit", "continue": {
                i++;
                String target = null;
                if (word() != null && !isWord("when")) {
                    target = ident();
                }
                SqlText when = acceptWord("when") ? until(Set.of()) : null;
                expect(TokenKind.SEMICOLON);
                return new PlStmt.Exit(line, w.equals("continue"), target, when);
            }
            case "return":
                i++;
                return returnStmt(line);
            case "perform": {
                i++;
                SqlText q = until(Set.of());
                expect(TokenKind.SEMICOLON);
                return new PlStmt.Sql(line, new SqlText("SELECT " + q.text()), List.of(), false, true);
            }
            case "raise":
                i++;
                return raise(line);
            case "execute": {
                if (peek(1).kind() == TokenKind.IDENT || peek(1).kind() == TokenKind.STRING
                        || peek(1).kind() == TokenKind.KEYWORD || peek(1).kind() == TokenKind.LPAREN) {
                    i++;
                    return execute(line);
                }
                break;
            }
            case "get":
                i++;
                return diagnostics(line);
            case "null":
                if (peek(1).kind() == TokenKind.SEMICOLON) {
                    i += 2;
                    return new PlStmt.Null(line);
                }
                break;
            default:
                break;
        }
        // assignment: target [.field] {:= | =} expr
        if (peek(1).kind() == TokenKind.COLON_EQUALS || peek(1).kind() == TokenKind.EQ
                || peek(1).kind() == TokenKind.DOT && peek(2).isWord()
                && (peek(3).kind() == TokenKind.COLON_EQUALS || peek(3).kind() == TokenKind.EQ)) {
            String target = ident();
            String field = null;
            if (accept(TokenKind.DOT)) {
                field = ident();
            }
            i++;
            SqlText expr = until(Set.of());
            expect(TokenKind.SEMICOLON);
            return new PlStmt.Assign(line, target, field, expr);
        }
        return sqlStatement(line);
    }

    private PlStmt ifStmt(int line) {
        List<SqlText> conds = new ArrayList<>();
        List<List<PlStmt>> branches = new ArrayList<>();
        List<PlStmt> otherwise = null;
        conds.add(until(Set.of("then")));
        expectWord("then");
        branches.add(statements());
        while (true) {
            if (acceptWord("elsif") || acceptWord("elseif")) {
                conds.add(until(Set.of("then")));
                expectWord("then");
                branches.add(statements());
            } else if (acceptWord("else")) {
                otherwise = statements();
            } else {
                break;
            }
        }
        expectWord("end");
        expectWord("if");
        expect(TokenKind.SEMICOLON);
        return new PlStmt.If(line, conds, branches, otherwise);
    }

    private PlStmt caseStmt(int line) {
        SqlText subject = isWord("when") ? null : until(Set.of("when"));
        List<SqlText> whens = new ArrayList<>();
        List<List<PlStmt>> branches = new ArrayList<>();
        List<PlStmt> otherwise = null;
        while (acceptWord("when")) {
            whens.add(until(Set.of("then")));
            expectWord("then");
            branches.add(statements());
        }
        if (acceptWord("else")) {
            otherwise = statements();
        }
        expectWord("end");
        expectWord("case");
        expect(TokenKind.SEMICOLON);
        return new PlStmt.Case(line, subject, whens, branches, otherwise);
    }

    private List<PlStmt> loopBody(String label) {
        List<PlStmt> body = statements();
        expectWord("end");
        expectWord("loop");
        if (label != null && isWord(label)) {
            i++;
        }
        expect(TokenKind.SEMICOLON);
        return body;
    }

    private PlStmt forStmt(int line, String label) {
        List<String> targets = new ArrayList<>();
        do {
            targets.add(ident());
        } while (accept(TokenKind.COMMA));
        expectWord("in");
        if (acceptWord("execute")) {
            SqlText cmd = until(Set.of("loop", "using"));
            List<SqlText> using = using();
            expectWord("loop");
            return new PlStmt.ForQuery(line, label, targets, null, cmd, using, loopBody(label));
        }
        boolean reverse = acceptWord("reverse");
        int save = i;
        boolean query = isWord("select") || isWord("with") || isWord("values")
                || cur().kind() == TokenKind.LPAREN && (isWord(1, "select") || isWord(1, "with"));
        if (!query) {
            // an integer range has ".." at depth 0 before LOOP
            SqlText from = untilDotDot();
            if (from != null && targets.size() == 1) {
                SqlText to = until(Set.of("loop", "by"));
                SqlText by = acceptWord("by") ? until(Set.of("loop")) : null;
                expectWord("loop");
                return new PlStmt.ForInt(line, label, targets.get(0), reverse, from, to, by, loopBody(label));
            }
            i = save;
        }
        SqlText q = until(Set.of("loop"));
        expectWord("loop");
        return new PlStmt.ForQuery(line, label, targets, q, null, List.of(), loopBody(label));
    }

    /** The text up to ".." at depth 0 (consumed), or null (position unchanged) when LOOP comes first. */
    private SqlText untilDotDot() {
        int start = i;
        int depth = 0;
        while (cur().kind() != TokenKind.EOF) {
            Token t = cur();
            if (depth == 0 && t.kind() == TokenKind.DOT_DOT) {
                SqlText s = new SqlText(src.substring(toks.get(start).start(), toks.get(i - 1).end()));
                i++;
                return s;
            }
            if (depth == 0 && ("loop".equals(word(t)) || t.kind() == TokenKind.SEMICOLON)) {
                break;
            }
            if (t.kind() == TokenKind.LPAREN) {
                depth++;
            } else if (t.kind() == TokenKind.RPAREN) {
                depth--;
            }
            i++;
        }
        i = start;
        return null;
    }

    private List<SqlText> using() {
        List<SqlText> out = new ArrayList<>();
        if (acceptWord("using")) {
            do {
                out.add(until(Set.of(",", "loop", "into")));
            } while (accept(TokenKind.COMMA));
        }
        return out;
    }

    private PlStmt returnStmt(int line) {
        if (acceptWord("next")) {
            SqlText e = cur().kind() == TokenKind.SEMICOLON ? null : until(Set.of());
            expect(TokenKind.SEMICOLON);
            return new PlStmt.ReturnNext(line, e);
        }
        if (acceptWord("query")) {
            if (acceptWord("execute")) {
                SqlText cmd = until(Set.of("using"));
                List<SqlText> using = using();
                expect(TokenKind.SEMICOLON);
                return new PlStmt.ReturnQuery(line, null, cmd, using);
            }
            SqlText q = until(Set.of());
            expect(TokenKind.SEMICOLON);
            return new PlStmt.ReturnQuery(line, q, null, List.of());
        }
        SqlText e = cur().kind() == TokenKind.SEMICOLON ? null : until(Set.of());
        expect(TokenKind.SEMICOLON);
        return new PlStmt.Return(line, e);
    }

    private static final Set<String> LEVELS = Set.of("debug", "log", "info", "notice", "warning", "exception");

    private PlStmt raise(int line) {
        String level = "EXCEPTION";
        if (word() != null && LEVELS.contains(word())) {
            level = ident().toUpperCase(Locale.ROOT);
        }
        String condition = null;
        String format = null;
        List<SqlText> args = new ArrayList<>();
        if (cur().kind() == TokenKind.STRING) {
            format = cur().value();
            i++;
            while (accept(TokenKind.COMMA)) {
                args.add(until(Set.of(",", "using")));
            }
        } else if (acceptWord("sqlstate")) {
            if (cur().kind() != TokenKind.STRING) {
                throw syntaxError();
            }
            condition = "sqlstate " + cur().value();
            i++;
        } else if (word() != null && !isWord("using")) {
            condition = ident();
        }
        List<String> names = new ArrayList<>();
        List<SqlText> values = new ArrayList<>();
        if (acceptWord("using")) {
            do {
                names.add(ident());
                if (!accept(TokenKind.EQ)) {
                    expect(TokenKind.COLON_EQUALS);
                }
                values.add(until(Set.of(",")));
            } while (accept(TokenKind.COMMA));
        }
        expect(TokenKind.SEMICOLON);
        return new PlStmt.Raise(line, level, condition, format, args, names, values);
    }

    private PlStmt execute(int line) {
        SqlText cmd = until(Set.of("into", "using"));
        List<String> into = new ArrayList<>();
        boolean strict = false;
        List<SqlText> using = new ArrayList<>();
        while (true) {
            if (acceptWord("into")) {
                strict = acceptWord("strict");
                into.addAll(targets());
            } else if (isWord("using")) {
                using.addAll(using());
            } else {
                break;
            }
        }
        expect(TokenKind.SEMICOLON);
        return new PlStmt.Execute(line, cmd, into, strict, using);
    }

    private List<String> targets() {
        List<String> out = new ArrayList<>();
        do {
            String t = ident();
            if (accept(TokenKind.DOT)) {
                t = t + "." + ident();
            }
            out.add(t);
        } while (accept(TokenKind.COMMA));
        return out;
    }

    private PlStmt diagnostics(int line) {
        acceptWord("current");
        if (isWord("stacked")) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "GET STACKED DIAGNOSTICS is not supported");
        }
        expectWord("diagnostics");
        List<String> targets = new ArrayList<>();
        List<String> items = new ArrayList<>();
        do {
            targets.add(ident());
            if (!accept(TokenKind.EQ)) {
                expect(TokenKind.COLON_EQUALS);
            }
            items.add(ident());
        } while (accept(TokenKind.COMMA));
        expect(TokenKind.SEMICOLON);
        return new PlStmt.GetDiagnostics(line, targets, items);
    }

    /** A SQL statement; its INTO clause (SELECT ... INTO, ... RETURNING ... INTO) is taken out. */
    private PlStmt sqlStatement(int line) {
        if (cur().kind() != TokenKind.KEYWORD) {
            // SQL statements start with a keyword; anything else is not a statement
            throw syntaxError();
        }
        int start = i;
        int depth = 0;
        int intoAt = -1;
        int intoEnd = -1;
        List<String> into = new ArrayList<>();
        boolean strict = false;
        String firstWord = word();
        while (cur().kind() != TokenKind.SEMICOLON) {
            Token t = cur();
            if (t.kind() == TokenKind.EOF) {
                throw syntaxError();
            }
            if (t.kind() == TokenKind.LPAREN) {
                depth++;
            } else if (t.kind() == TokenKind.RPAREN) {
                depth--;
            }
            if (depth == 0 && "into".equals(word(t)) && intoAt < 0 && i > start
                    && !("insert".equals(word(toks.get(i - 1))) || "merge".equals(word(toks.get(i - 1))))) {
                intoAt = i;
                i++;
                strict = acceptWord("strict");
                into.addAll(targets());
                intoEnd = i;
                continue;
            }
            i++;
        }
        int end = i;
        expect(TokenKind.SEMICOLON);
        String text;
        if (intoAt >= 0) {
            String before = src.substring(toks.get(start).start(), toks.get(intoAt).start());
            String after = intoEnd < end ? src.substring(toks.get(intoEnd).start(), toks.get(end - 1).end()) : "";
            text = (before.stripTrailing() + " " + after).strip();
        } else {
            text = src.substring(toks.get(start).start(), toks.get(end - 1).end());
        }
        if (firstWord == null) {
            throw syntaxError();
        }
        return new PlStmt.Sql(line, new SqlText(text), into, strict, false);
    }
}
