package dev.olifant.sql.parser;

import dev.olifant.sql.ast.Cast;
import dev.olifant.sql.ast.CastSyntax;
import dev.olifant.sql.ast.Expr;
import dev.olifant.sql.ast.IsolationLevel;
import dev.olifant.sql.ast.NumericLiteral;
import dev.olifant.sql.ast.ResetStmt;
import dev.olifant.sql.ast.SetKind;
import dev.olifant.sql.ast.SetStmt;
import dev.olifant.sql.ast.SetTransactionStmt;
import dev.olifant.sql.ast.ShowStmt;
import dev.olifant.sql.ast.Statement;
import dev.olifant.sql.ast.StringKind;
import dev.olifant.sql.ast.StringLiteral;
import dev.olifant.sql.ast.TransactionKind;
import dev.olifant.sql.ast.TransactionMode;
import dev.olifant.sql.ast.TransactionModeKind;
import dev.olifant.sql.ast.TransactionStmt;
import dev.olifant.sql.ast.TypeName;
import java.util.ArrayList;
import java.util.List;

/** SET / RESET / SHOW (with their special forms) and transaction control statements. */
abstract class SessionParser extends ObjectParser {

    SessionParser(Tokens tokens) {
        super(tokens);
    }

    @Override
    final Statement setOrReset() {
        if (isKw("reset")) {
            return reset();
        }
        return set();
    }

    final Statement set() {
        int loc = loc();
        expectKw("set");
        if (isKw("session") && isKw(1, "characteristics")) {
            p += 2;
            expectKw("as");
            expectKw("transaction");
            return new SetTransactionStmt(transactionModes(), true, null, loc);
        }
        boolean local = false;
        if (isKw("local") && !isKw(1, "to") && kind(1) != TokenKind.EQ) {
            p++;
            local = true;
        } else if (isKw("session") && !isKw(1, "to") && kind(1) != TokenKind.EQ
                && !isKw(1, "authorization")) {
            p++;
        }
        if (isKw("transaction") && !isKw(1, "to") && kind(1) != TokenKind.EQ) {
            p++;
            if (acceptKw("snapshot")) {
                return new SetTransactionStmt(List.of(), false, sconst(), loc);
            }
            return new SetTransactionStmt(transactionModes(), false, null, loc);
        }
        if (isKw("constraints") && !isKw(1, "to") && kind(1) != TokenKind.EQ) {
            p++;
            List<dev.olifant.sql.ast.QualifiedName> names = new java.util.ArrayList<>();
            if (!acceptKw("all")) {
                do {
                    names.add(qualifiedName());
                } while (accept(TokenKind.COMMA));
            }
            boolean deferred = acceptKw("deferred");
            if (!deferred) {
                expectKw("immediate");
            }
            return new dev.olifant.sql.ast.SetConstraintsStmt(names, deferred, loc);
        }
        if (isKw("time") && isKw(1, "zone")) {
            p += 2;
            if (acceptKw("local") || acceptKw("default")) {
                return new SetStmt("timezone", SetKind.DEFAULT, List.of(), local, loc);
            }
            return new SetStmt("timezone", SetKind.VALUE, List.of(zoneValue()), local, loc);
        }
        if (isKw("schema") && kind(1) == TokenKind.STRING) {
            p++;
            int vloc = loc();
            return new SetStmt("search_path", SetKind.VALUE, List.of(new StringLiteral(sconst(), StringKind.PLAIN,
                    vloc)), local, loc);
        }
        if (isKw("catalog") && kind(1) == TokenKind.STRING) {
            p++;
            int vloc = loc();
            return new SetStmt("catalog", SetKind.VALUE, List.of(new StringLiteral(sconst(), StringKind.PLAIN,
                    vloc)), local, loc);
        }
        if (isKw("names") && !isKw(1, "to") && kind(1) != TokenKind.EQ) {
            p++;
            if (acceptKw("default") || is(TokenKind.EOF) || is(TokenKind.SEMICOLON)) {
                return new SetStmt("client_encoding", SetKind.DEFAULT, List.of(), local, loc);
            }
            int vloc = loc();
            return new SetStmt("client_encoding", SetKind.VALUE, List.of(new StringLiteral(sconst(), StringKind.PLAIN,
                    vloc)), local, loc);
        }
        if (isKw("role") && !isKw(1, "to") && kind(1) != TokenKind.EQ) {
            p++;
            return new SetStmt("role", SetKind.VALUE, List.of(setValue()), local, loc);
        }
        if (isKw("session") && isKw(1, "authorization")) {
            p += 2;
            if (acceptKw("default")) {
                return new SetStmt("session_authorization", SetKind.DEFAULT, List.of(), local, loc);
            }
            return new SetStmt("session_authorization", SetKind.VALUE, List.of(setValue()), local, loc);
        }
        if (isKw("xml") && isKw(1, "option")) {
            p += 2;
            int vloc = loc();
            String v = acceptKw("document") ? "document" : null;
            if (v == null) {
                expectKw("content");
                v = "content";
            }
            return new SetStmt("xmloption", SetKind.VALUE, List.of(new StringLiteral(v, StringKind.PLAIN, vloc)),
                    local, loc);
        }
        String name = varName();
        if (isKw("from") && isKw(1, "current")) {
            p += 2;
            return new SetStmt(name, SetKind.FROM_CURRENT, List.of(), local, loc);
        }
        if (!acceptKw("to")) {
            expect(TokenKind.EQ);
        }
        if (acceptKw("default")) {
            return new SetStmt(name, SetKind.DEFAULT, List.of(), local, loc);
        }
        List<Expr> values = new ArrayList<>();
        do {
            values.add(setValue());
        } while (accept(TokenKind.COMMA));
        return new SetStmt(name, SetKind.VALUE, values, local, loc);
    }

    /** var_name: dotted ColIds, lower-cased. */
    private String varName() {
        StringBuilder b = new StringBuilder(colId());
        while (accept(TokenKind.DOT)) {
            b.append('.').append(colId());
        }
        return b.toString();
    }

    /** var_value: a word (as a string), a string, or a signed number. */
    private Expr setValue() {
        int loc = loc();
        switch (kind()) {
            case STRING:
                return new StringLiteral(sconst(), StringKind.PLAIN, loc);
            case INTEGER, DECIMAL, MINUS, PLUS:
                return new NumericLiteral(signedNumber(), loc);
            default:
                break;
        }
        if (isKw("true") || isKw("false") || isKw("on")) {
            String v = value();
            p++;
            return new StringLiteral(v, StringKind.PLAIN, loc);
        }
        return new StringLiteral(nonReservedWord(), StringKind.PLAIN, loc);
    }

    private Expr zoneValue() {
        int loc = loc();
        if (isKw("interval")) {
            TypeName type = simpleTypeName(false);
            int sloc = loc();
            String v = sconst();
            if (type.typmods().isEmpty()) {
                List<Expr> mods = new ArrayList<>(1);
                String fields = intervalFields(mods);
                type = new TypeName(type.names(), mods, List.of(), fields, false, type.location());
            }
            return new Cast(new StringLiteral(v, StringKind.PLAIN, sloc), type, CastSyntax.PREFIX, loc);
        }
        if (is(TokenKind.IDENT)) {
            String v = value();
            p++;
            return new StringLiteral(v, StringKind.PLAIN, loc);
        }
        return setValue();
    }

    final Statement reset() {
        int loc = loc();
        expectKw("reset");
        if (acceptKw("all")) {
            return new ResetStmt(null, loc);
        }
        return new ResetStmt(specialVarName(), loc);
    }

    /** A setting name including the multi-word forms of SHOW / RESET. */
    private String specialVarName() {
        if (isKw("time") && isKw(1, "zone")) {
            p += 2;
            return "timezone";
        }
        if (isKw("transaction") && isKw(1, "isolation")) {
            p += 2;
            expectKw("level");
            return "transaction_isolation";
        }
        if (isKw("session") && isKw(1, "authorization")) {
            p += 2;
            return "session_authorization";
        }
        return varName();
    }

    final Statement show() {
        int loc = loc();
        expectKw("show");
        if (acceptKw("all")) {
            return new ShowStmt("all", loc);
        }
        return new ShowStmt(specialVarName(), loc);
    }

    final List<TransactionMode> transactionModes() {
        List<TransactionMode> modes = new ArrayList<>();
        while (true) {
            if (acceptKw("isolation")) {
                expectKw("level");
                IsolationLevel level;
                if (acceptKw("serializable")) {
                    level = IsolationLevel.SERIALIZABLE;
                } else if (acceptKw("repeatable")) {
                    expectKw("read");
                    level = IsolationLevel.REPEATABLE_READ;
                } else {
                    expectKw("read");
                    if (acceptKw("committed")) {
                        level = IsolationLevel.READ_COMMITTED;
                    } else {
                        expectKw("uncommitted");
                        level = IsolationLevel.READ_UNCOMMITTED;
                    }
                }
                modes.add(new TransactionMode(TransactionModeKind.ISOLATION_LEVEL, level));
            } else if (isKw("read") && isKw(1, "only")) {
                p += 2;
                modes.add(new TransactionMode(TransactionModeKind.READ_ONLY, null));
            } else if (isKw("read") && isKw(1, "write")) {
                p += 2;
                modes.add(new TransactionMode(TransactionModeKind.READ_WRITE, null));
            } else if (acceptKw("deferrable")) {
                modes.add(new TransactionMode(TransactionModeKind.DEFERRABLE, null));
            } else if (isKw("not") && isKw(1, "deferrable")) {
                p += 2;
                modes.add(new TransactionMode(TransactionModeKind.NOT_DEFERRABLE, null));
            } else {
                if (!modes.isEmpty() && is(TokenKind.COMMA)) {
                    throw syntaxErrorAt(p + 1);
                }
                return modes;
            }
            if (is(TokenKind.COMMA)) {
                p++;
                if (!isKw("isolation") && !isKw("read") && !isKw("deferrable") && !isKw("not")) {
                    throw syntaxError();
                }
            }
        }
    }

    /** BEGIN, START, COMMIT, END, ROLLBACK, ABORT, SAVEPOINT, RELEASE, PREPARE TRANSACTION. */
    final Statement transaction() {
        int loc = loc();
        String kw = value();
        p++;
        switch (kw) {
            case "begin":
                if (!acceptKw("work")) {
                    acceptKw("transaction");
                }
                return new TransactionStmt(TransactionKind.BEGIN, transactionModes(), null, false, loc);
            case "start":
                expectKw("transaction");
                return new TransactionStmt(TransactionKind.START, transactionModes(), null, false, loc);
            case "commit", "end":
                if (kw.equals("commit") && acceptKw("prepared")) {
                    return new TransactionStmt(TransactionKind.COMMIT_PREPARED, List.of(), sconst(), false, loc);
                }
                optWork();
                return new TransactionStmt(TransactionKind.COMMIT, List.of(), null, chain(), loc);
            case "rollback", "abort":
                if (kw.equals("rollback") && acceptKw("prepared")) {
                    return new TransactionStmt(TransactionKind.ROLLBACK_PREPARED, List.of(), sconst(), false, loc);
                }
                optWork();
                if (kw.equals("rollback") && acceptKw("to")) {
                    acceptKw("savepoint");
                    return new TransactionStmt(TransactionKind.ROLLBACK_TO, List.of(), colId(), false, loc);
                }
                return new TransactionStmt(TransactionKind.ROLLBACK, List.of(), null, chain(), loc);
            case "savepoint":
                return new TransactionStmt(TransactionKind.SAVEPOINT, List.of(), colId(), false, loc);
            case "release":
                acceptKw("savepoint");
                return new TransactionStmt(TransactionKind.RELEASE, List.of(), colId(), false, loc);
            default:
                expectKw("transaction");
                return new TransactionStmt(TransactionKind.PREPARE, List.of(), sconst(), false, loc);
        }
    }

    private void optWork() {
        if (!acceptKw("work")) {
            acceptKw("transaction");
        }
    }

    private boolean chain() {
        if (acceptKw("and")) {
            boolean no = acceptKw("no");
            expectKw("chain");
            return !no;
        }
        return false;
    }
}
