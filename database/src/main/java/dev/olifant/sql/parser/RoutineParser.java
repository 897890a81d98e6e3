package dev.olifant.sql.parser;

import dev.olifant.sql.ast.CreateFunctionStmt;
import dev.olifant.sql.ast.CreateTriggerStmt;
import dev.olifant.sql.ast.DoStmt;
import dev.olifant.sql.ast.DropRoutineStmt;
import dev.olifant.sql.ast.DropTriggerStmt;
import dev.olifant.sql.ast.Expr;
import dev.olifant.sql.ast.FunctionParameter;
import dev.olifant.sql.ast.FunctionParameter.ParameterMode;
import dev.olifant.sql.ast.QualifiedName;
import dev.olifant.sql.ast.Statement;
import dev.olifant.sql.ast.TypeName;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * CREATE FUNCTION / PROCEDURE, DROP FUNCTION / PROCEDURE, CREATE / DROP TRIGGER and DO. Only the
 * statements: a function's body stays the string it was written as (its language parses it).
 */
final class RoutineParser {
    private final AlterParser ps;

    RoutineParser(AlterParser ps) {
        this.ps = ps;
    }

    /** After CREATE [OR REPLACE], at FUNCTION or PROCEDURE. */
    Statement createFunction(boolean orReplace, int loc) {
        boolean procedure = ps.isKw("procedure");
        ps.p++;
        QualifiedName name = ps.qualifiedName();
        List<FunctionParameter> params = parameters(true);
        TypeName returns = null;
        List<FunctionParameter> table = new ArrayList<>();
        if (!procedure && ps.acceptKw("returns")) {
            if (ps.isKw("table") && ps.kind(1) == TokenKind.LPAREN) {
                ps.p += 2;
                do {
                    String col = ps.colId();
                    table.add(new FunctionParameter(col, ParameterMode.OUT, ps.typeName(), null));
                } while (ps.accept(TokenKind.COMMA));
                ps.expect(TokenKind.RPAREN);
            } else {
                boolean setof = ps.acceptKw("setof");
                TypeName t = ps.typeName();
                returns = setof ? new TypeName(t.names(), t.typmods(), t.arrayBounds(), t.intervalFields(), true,
                        t.location()) : t;
            }
        }
        String language = null;
        String body = null;
        int bodyLocation = -1;
        char volatility = 0;
        char parallel = 0;
        Boolean strict = null;
        while (!ps.is(TokenKind.SEMICOLON) && !ps.is(TokenKind.EOF)) {
            if (ps.acceptKw("language")) {
                language = ps.is(TokenKind.STRING) ? ps.sconst() : ps.nonReservedWord();
                language = language.toLowerCase(Locale.ROOT);
            } else if (ps.acceptKw("as")) {
                if (ps.is(TokenKind.STRING)) {
                    String raw = ps.sql.substring(ps.loc(), ps.t.ends[ps.p]);
                    bodyLocation = ps.loc() + (raw.startsWith("$") ? raw.indexOf('$', 1) + 1 : 1);
                }
                body = ps.sconst();
                if (ps.accept(TokenKind.COMMA)) {
                    ps.sconst();
                }
            } else if (ps.acceptKw("immutable")) {
                volatility = 'i';
            } else if (ps.acceptKw("stable")) {
                volatility = 's';
            } else if (ps.acceptKw("volatile")) {
                volatility = 'v';
            } else if (ps.acceptKw("strict")) {
                strict = true;
            } else if (ps.isKw("called") && ps.isKw(1, "on")) {
                ps.p += 2;
                ps.expectKw("null");
                ps.expectKw("input");
                strict = false;
            } else if (ps.isKw("returns") && ps.isKw(1, "null")) {
                ps.p += 2;
                ps.expectKw("on");
                ps.expectKw("null");
                ps.expectKw("input");
                strict = true;
            } else if (ps.acceptKw("parallel")) {
                String w = ps.colId();
                parallel = switch (w) {
                    case "safe" -> 's';
                    case "restricted" -> 'r';
                    case "unsafe" -> 'u';
                    default -> throw new dev.olifant.error.PgException(dev.olifant.error.SqlState.INVALID_PARAMETER_VALUE,
                            "parameter \"parallel\" must be SAFE, RESTRICTED, or UNSAFE");
                };
            } else if (ps.acceptKw("leakproof")) {
                continue;
            } else if (ps.isKw("not") && ps.isKw(1, "leakproof")) {
                ps.p += 2;
            } else if (ps.acceptKw("cost") || ps.acceptKw("rows")) {
                ps.signedNumber();
            } else if (ps.acceptKw("external") || ps.isKw("security")) {
                ps.expectKw("security");
                if (!ps.acceptKw("invoker")) {
                    ps.expectKw("definer");
                    throw ps.notSupported("SECURITY DEFINER functions are not supported", loc);
                }
            } else if (ps.isKw("begin") && ps.isKw(1, "atomic") || ps.isKw("return")) {
                // SQL-standard bodies: the statement is known but not supported
                return ps.unsupported(procedure ? "CREATE PROCEDURE" : "CREATE FUNCTION", loc);
            } else {
                throw ps.syntaxError();
            }
        }
        return new CreateFunctionStmt(orReplace, procedure, name, params, returns, table, language, body, bodyLocation,
                volatility,
                strict, parallel, loc);
    }

    /** {@code ( [param [, ...]] )}; {@code withDefaults} allows DEFAULT expressions. */
    private List<FunctionParameter> parameters(boolean withDefaults) {
        ps.expect(TokenKind.LPAREN);
        List<FunctionParameter> params = new ArrayList<>();
        if (ps.accept(TokenKind.RPAREN)) {
            return params;
        }
        do {
            params.add(parameter(withDefaults));
        } while (ps.accept(TokenKind.COMMA));
        ps.expect(TokenKind.RPAREN);
        return params;
    }

    private FunctionParameter parameter(boolean withDefaults) {
        ParameterMode mode = ParameterMode.IN;
        if (ps.isKw("in") && ps.isKw(1, "out")) {
            ps.p += 2;
            mode = ParameterMode.INOUT;
        } else if (ps.acceptKw("in")) {
            mode = ParameterMode.IN;
        } else if (ps.acceptKw("out")) {
            mode = ParameterMode.OUT;
        } else if (ps.acceptKw("inout")) {
            mode = ParameterMode.INOUT;
        } else if (ps.acceptKw("variadic")) {
            mode = ParameterMode.VARIADIC;
        }
        // [name] type: read a type; when something other than the parameter's end follows, the
        // first word was its name
        int start = ps.p;
        String name = null;
        TypeName type;
        try {
            type = ps.typeName();
        } catch (dev.olifant.error.PgException e) {
            type = null;
        }
        if (type == null || !(ps.is(TokenKind.COMMA) || ps.is(TokenKind.RPAREN) || ps.isKw("default")
                || ps.is(TokenKind.EQ))) {
            ps.p = start;
            name = ps.colId();
            type = ps.typeName();
        }
        Expr def = null;
        if (withDefaults && (ps.acceptKw("default") || ps.accept(TokenKind.EQ))) {
            def = ps.aExpr();
        }
        return new FunctionParameter(name, mode, type, def);
    }

    /** After DROP, at FUNCTION or PROCEDURE. */
    Statement dropRoutine(int loc) {
        boolean procedure = ps.isKw("procedure");
        ps.p++;
        boolean ifExists = false;
        if (ps.isKw("if") && ps.isKw(1, "exists")) {
            ps.p += 2;
            ifExists = true;
        }
        List<DropRoutineStmt.Signature> sigs = new ArrayList<>();
        do {
            QualifiedName name = ps.qualifiedName();
            List<FunctionParameter> params = ps.is(TokenKind.LPAREN) ? parameters(false) : null;
            sigs.add(new DropRoutineStmt.Signature(name, params));
        } while (ps.accept(TokenKind.COMMA));
        return new DropRoutineStmt(procedure, sigs, ifExists, ps.dropBehavior(), loc);
    }

    /** After CREATE [OR REPLACE], at [CONSTRAINT] TRIGGER. */
    Statement createTrigger(boolean orReplace, int loc) {
        boolean constraint = ps.acceptKw("constraint");
        ps.expectKw("trigger");
        String name = ps.colId();
        String timing;
        if (ps.acceptKw("before")) {
            timing = "BEFORE";
        } else if (ps.acceptKw("after")) {
            timing = "AFTER";
        } else {
            ps.expectKw("instead");
            ps.expectKw("of");
            timing = "INSTEAD";
        }
        List<String> events = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        do {
            if (ps.acceptKw("insert")) {
                events.add("INSERT");
            } else if (ps.acceptKw("delete")) {
                events.add("DELETE");
            } else if (ps.acceptKw("truncate")) {
                events.add("TRUNCATE");
            } else {
                ps.expectKw("update");
                events.add("UPDATE");
                if (ps.acceptKw("of")) {
                    columns.addAll(ps.nameList());
                }
            }
        } while (ps.acceptKw("or"));
        ps.expectKw("on");
        QualifiedName table = ps.qualifiedName();
        boolean deferrable = false;
        boolean deferred = false;
        boolean row = false;
        Expr when = null;
        String whenText = null;
        int whenLocation = -1;
        while (true) {
            if (ps.acceptKw("deferrable")) {
                deferrable = true;
            } else if (ps.isKw("not") && ps.isKw(1, "deferrable")) {
                ps.p += 2;
            } else if (ps.acceptKw("initially")) {
                if (ps.acceptKw("deferred")) {
                    deferred = true;
                } else {
                    ps.expectKw("immediate");
                }
            } else if (ps.acceptKw("from")) {
                ps.qualifiedName();
            } else if (ps.isKw("referencing")) {
                throw ps.notSupported("transition tables are not supported", ps.loc());
            } else {
                break;
            }
        }
        if (ps.acceptKw("for")) {
            ps.acceptKw("each");
            if (ps.acceptKw("row")) {
                row = true;
            } else {
                ps.expectKw("statement");
            }
        }
        if (ps.acceptKw("when")) {
            ps.expect(TokenKind.LPAREN);
            int start = ps.loc();
            when = ps.aExpr();
            whenText = ps.sql.substring(start, ps.t.ends[ps.p - 1]);
            whenLocation = start;
            ps.expect(TokenKind.RPAREN);
        }
        ps.expectKw("execute");
        if (!ps.acceptKw("function")) {
            ps.expectKw("procedure");
        }
        QualifiedName function = ps.qualifiedName();
        ps.expect(TokenKind.LPAREN);
        List<String> args = new ArrayList<>();
        if (!ps.is(TokenKind.RPAREN)) {
            do {
                if (ps.is(TokenKind.STRING) || ps.is(TokenKind.INTEGER) || ps.is(TokenKind.DECIMAL)) {
                    args.add(ps.value());
                    ps.p++;
                } else if (ps.is(TokenKind.MINUS)) {
                    args.add(ps.signedNumber());
                } else {
                    args.add(ps.colLabel());
                }
            } while (ps.accept(TokenKind.COMMA));
        }
        ps.expect(TokenKind.RPAREN);
        return new CreateTriggerStmt(orReplace, constraint, name, timing, events, columns, table, row, when, whenText,
                whenLocation, function, args, deferrable, deferred, loc);
    }

    /** After DROP, at TRIGGER. */
    Statement dropTrigger(int loc) {
        ps.expectKw("trigger");
        boolean ifExists = false;
        if (ps.isKw("if") && ps.isKw(1, "exists")) {
            ps.p += 2;
            ifExists = true;
        }
        String name = ps.colId();
        ps.expectKw("on");
        QualifiedName table = ps.qualifiedName();
        return new DropTriggerStmt(name, table, ifExists, ps.dropBehavior(), loc);
    }

    /** At DO: {@code DO [LANGUAGE lang] 'code' [LANGUAGE lang]}. */
    Statement doBlock(int loc) {
        ps.expectKw("do");
        String language = null;
        String body = null;
        while (!ps.is(TokenKind.SEMICOLON) && !ps.is(TokenKind.EOF)) {
            if (ps.acceptKw("language")) {
                language = (ps.is(TokenKind.STRING) ? ps.sconst() : ps.nonReservedWord()).toLowerCase(Locale.ROOT);
            } else if (body == null) {
                body = ps.sconst();
            } else {
                throw ps.syntaxError();
            }
        }
        if (body == null) {
            throw ps.syntaxError();
        }
        return new DoStmt(language == null ? "plpgsql" : language, body, loc);
    }
}
