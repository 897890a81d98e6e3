package dev.olifant.sql.parser;

import dev.olifant.sql.ast.ColumnDef;
import dev.olifant.sql.ast.Constraint;
import dev.olifant.sql.ast.ConstraintType;
import dev.olifant.sql.ast.DefElem;
import dev.olifant.sql.ast.DefElemKind;
import dev.olifant.sql.ast.Expr;
import dev.olifant.sql.ast.ForeignKeyAction;
import dev.olifant.sql.ast.ForeignKeyMatch;
import dev.olifant.sql.ast.IdentityKind;
import dev.olifant.sql.ast.LikeOption;
import dev.olifant.sql.ast.QualifiedName;
import dev.olifant.sql.ast.SequenceOption;
import dev.olifant.sql.ast.SequenceOptionKind;
import dev.olifant.sql.ast.TableElement;
import dev.olifant.sql.ast.TableLike;
import dev.olifant.sql.ast.TypeName;
import java.util.ArrayList;
import java.util.List;

/**
 * The pieces of table definitions: column definitions, column and table constraints (with
 * PostgreSQL's trailing DEFERRABLE / INITIALLY attributes folded into the constraint before
 * them), LIKE, sequence options, and generic {@code (name = value, …)} option lists.
 */
abstract class TableDefParser extends MergeParser {

    TableDefParser(Tokens tokens) {
        super(tokens);
    }

    final List<TableElement> tableElements() {
        expect(TokenKind.LPAREN);
        List<TableElement> elements = new ArrayList<>();
        if (accept(TokenKind.RPAREN)) {
            return elements;
        }
        do {
            elements.add(tableElement());
        } while (accept(TokenKind.COMMA));
        expect(TokenKind.RPAREN);
        return elements;
    }

    private TableElement tableElement() {
        int loc = loc();
        if (isKw("like")) {
            p++;
            QualifiedName source = qualifiedName();
            List<LikeOption> options = new ArrayList<>();
            while (isKw("including") || isKw("excluding")) {
                boolean including = isKw("including");
                p++;
                options.add(new LikeOption(including, colLabel()));
            }
            return new TableLike(source, options, loc);
        }
        if (isKw("constraint") || isKw("check") || isKw("unique") || isKw("primary") || isKw("foreign")
                || isKw("exclude")) {
            return tableConstraint();
        }
        return columnDef();
    }

    final ColumnDef columnDef() {
        int loc = loc();
        String name = colId();
        TypeName type = typeName();
        QualifiedName collation = null;
        List<Constraint> constraints = new ArrayList<>();
        while (true) {
            if (isKw("collate")) {
                p++;
                collation = qualifiedName();
                continue;
            }
            if (isKw("deferrable") || isKw("initially") || (isKw("not") && isKw(1, "deferrable"))) {
                if (constraints.isEmpty()) {
                    throw syntaxError();
                }
                Constraint last = constraints.remove(constraints.size() - 1);
                constraints.add(attributes(last));
                continue;
            }
            Constraint c = columnConstraint();
            if (c == null) {
                break;
            }
            constraints.add(c);
        }
        return new ColumnDef(name, type, collation, constraints, loc);
    }

    private Constraint attributes(Constraint c) {
        boolean deferrable = c.deferrable();
        boolean initiallyDeferred = c.initiallyDeferred();
        while (true) {
            if (acceptKw("deferrable")) {
                deferrable = true;
            } else if (isKw("not") && isKw(1, "deferrable")) {
                p += 2;
                deferrable = false;
            } else if (acceptKw("initially")) {
                if (acceptKw("deferred")) {
                    initiallyDeferred = true;
                } else {
                    expectKw("immediate");
                    initiallyDeferred = false;
                }
            } else {
                break;
            }
        }
        return new Constraint(c.name(), c.type(), c.expr(), c.columns(), c.include(), c.nullsNotDistinct(),
                c.refTable(), c.refColumns(), c.onDelete(), c.onUpdate(), c.match(), deferrable,
                initiallyDeferred, c.noInherit(), c.notValid(), c.identity(), c.sequenceOptions(),
                c.indexOptions(), c.location(), c.deleteSetColumns());
    }

    /** One column constraint, or null when the current token starts none. */
    private Constraint columnConstraint() {
        int loc = loc();
        String name = null;
        if (acceptKw("constraint")) {
            name = colId();
        }
        Builder b = new Builder(name, loc);
        if (isKw("not") && isKw(1, "null")) {
            p += 2;
            b.type = ConstraintType.NOT_NULL;
        } else if (acceptKw("null")) {
            b.type = ConstraintType.NULL;
        } else if (acceptKw("default")) {
            b.type = ConstraintType.DEFAULT;
            b.expr = bExpr();
        } else if (acceptKw("check")) {
            b.type = ConstraintType.CHECK;
            expect(TokenKind.LPAREN);
            b.expr = aExpr();
            expect(TokenKind.RPAREN);
            if (isKw("no") && isKw(1, "inherit")) {
                p += 2;
                b.noInherit = true;
            }
        } else if (isKw("primary")) {
            p++;
            expectKw("key");
            b.type = ConstraintType.PRIMARY_KEY;
            indexParameters(b);
        } else if (acceptKw("unique")) {
            b.type = ConstraintType.UNIQUE;
            nullsDistinct(b);
            indexParameters(b);
        } else if (acceptKw("references")) {
            b.type = ConstraintType.FOREIGN_KEY;
            references(b);
        } else if (acceptKw("generated")) {
            generated(b);
        } else {
            if (name != null) {
                throw syntaxError();
            }
            return null;
        }
        return b.build();
    }

    private void nullsDistinct(Builder b) {
        if (isKw("nulls") && (isKw(1, "distinct") || (isKw(1, "not") && isKw(2, "distinct")))) {
            p++;
            if (acceptKw("not")) {
                b.nullsNotDistinct = true;
            }
            expectKw("distinct");
        }
    }

    private void indexParameters(Builder b) {
        if (acceptKw("include")) {
            b.include = parenNameList();
        }
        if (isKw("with") && kind(1) == TokenKind.LPAREN) {
            p++;
            b.indexOptions = defList();
        }
        if (isKw("using") && isKw(1, "index") && isKw(2, "tablespace")) {
            throw notSupported("tablespaces are not supported", loc());
        }
    }

    private void generated(Builder b) {
        if (acceptKw("always")) {
            b.identity = IdentityKind.ALWAYS;
        } else {
            expectKw("by");
            expectKw("default");
            b.identity = IdentityKind.BY_DEFAULT;
        }
        expectKw("as");
        if (acceptKw("identity")) {
            b.type = ConstraintType.IDENTITY;
            if (is(TokenKind.LPAREN)) {
                p++;
                b.sequenceOptions = sequenceOptions(true);
                expect(TokenKind.RPAREN);
            }
            return;
        }
        if (b.identity != IdentityKind.ALWAYS) {
            throw syntaxError();
        }
        b.identity = null;
        b.type = ConstraintType.GENERATED;
        expect(TokenKind.LPAREN);
        b.expr = aExpr();
        expect(TokenKind.RPAREN);
        expectKw("stored");
    }

    private void references(Builder b) {
        b.refTable = qualifiedName();
        if (is(TokenKind.LPAREN)) {
            b.refColumns = parenNameList();
        }
        while (true) {
            if (acceptKw("match")) {
                if (acceptKw("full")) {
                    b.match = ForeignKeyMatch.FULL;
                } else if (acceptKw("partial")) {
                    b.match = ForeignKeyMatch.PARTIAL;
                } else {
                    expectKw("simple");
                    b.match = ForeignKeyMatch.SIMPLE;
                }
            } else if (isKw("on") && isKw(1, "delete")) {
                p += 2;
                b.onDelete = fkAction();
                if ((b.onDelete == ForeignKeyAction.SET_NULL || b.onDelete == ForeignKeyAction.SET_DEFAULT)
                        && is(TokenKind.LPAREN)) {
                    b.deleteSetColumns = parenNameList();
                }
            } else if (isKw("on") && isKw(1, "update")) {
                p += 2;
                b.onUpdate = fkAction();
            } else {
                break;
            }
        }
    }

    private ForeignKeyAction fkAction() {
        if (isKw("no") && isKw(1, "action")) {
            p += 2;
            return ForeignKeyAction.NO_ACTION;
        }
        if (acceptKw("restrict")) {
            return ForeignKeyAction.RESTRICT;
        }
        if (acceptKw("cascade")) {
            return ForeignKeyAction.CASCADE;
        }
        expectKw("set");
        ForeignKeyAction a;
        if (acceptKw("null")) {
            a = ForeignKeyAction.SET_NULL;
        } else {
            expectKw("default");
            a = ForeignKeyAction.SET_DEFAULT;
        }
        return a;
    }

    final Constraint tableConstraint() {
        int loc = loc();
        String name = null;
        if (acceptKw("constraint")) {
            name = colId();
        }
        Builder b = new Builder(name, loc);
        if (acceptKw("check")) {
            b.type = ConstraintType.CHECK;
            expect(TokenKind.LPAREN);
            b.expr = aExpr();
            expect(TokenKind.RPAREN);
            if (isKw("no") && isKw(1, "inherit")) {
                p += 2;
                b.noInherit = true;
            }
        } else if (acceptKw("unique")) {
            b.type = ConstraintType.UNIQUE;
            nullsDistinct(b);
            b.columns = parenNameList();
            indexParameters(b);
        } else if (isKw("primary")) {
            p++;
            expectKw("key");
            b.type = ConstraintType.PRIMARY_KEY;
            b.columns = parenNameList();
            indexParameters(b);
        } else if (acceptKw("foreign")) {
            expectKw("key");
            b.type = ConstraintType.FOREIGN_KEY;
            b.columns = parenNameList();
            expectKw("references");
            references(b);
        } else if (isKw("exclude")) {
            throw notSupported("exclusion constraints are not supported", loc());
        } else {
            throw syntaxError();
        }
        Constraint c = b.build();
        if (isKw("deferrable") || isKw("initially") || (isKw("not") && isKw(1, "deferrable"))) {
            c = attributes(c);
        }
        if (isKw("not") && isKw(1, "valid")) {
            p += 2;
            c = new Constraint(c.name(), c.type(), c.expr(), c.columns(), c.include(), c.nullsNotDistinct(),
                    c.refTable(), c.refColumns(), c.onDelete(), c.onUpdate(), c.match(), c.deferrable(),
                    c.initiallyDeferred(), c.noInherit(), true, c.identity(), c.sequenceOptions(), c.indexOptions(),
                    c.location(), c.deleteSetColumns());
        }
        return c;
    }

    /** Mutable collector for the many optional parts of a constraint. */
    private static final class Builder {
        final String name;
        final int location;
        ConstraintType type;
        Expr expr;
        List<String> columns = List.of();
        List<String> include = List.of();
        boolean nullsNotDistinct;
        QualifiedName refTable;
        List<String> refColumns = List.of();
        ForeignKeyAction onDelete = ForeignKeyAction.NO_ACTION;
        ForeignKeyAction onUpdate = ForeignKeyAction.NO_ACTION;
        ForeignKeyMatch match = ForeignKeyMatch.SIMPLE;
        boolean noInherit;
        IdentityKind identity;
        List<SequenceOption> sequenceOptions = List.of();
        List<DefElem> indexOptions = List.of();
        List<String> deleteSetColumns = List.of();

        Builder(String name, int location) {
            this.name = name;
            this.location = location;
        }

        Constraint build() {
            return new Constraint(name, type, expr, columns, include, nullsNotDistinct, refTable, refColumns,
                    onDelete, onUpdate, match, false, false, noInherit, false, identity, sequenceOptions,
                    indexOptions, location, deleteSetColumns);
        }
    }

    /**
     * Sequence options until none follows. {@code identity} also accepts SEQUENCE NAME (identity
     * columns).
     */
    final List<SequenceOption> sequenceOptions(boolean identity) {
        List<SequenceOption> options = new ArrayList<>();
        while (true) {
            SequenceOption o = sequenceOption(identity);
            if (o == null) {
                return options;
            }
            options.add(o);
        }
    }

    private SequenceOption sequenceOption(boolean identity) {
        int loc = loc();
        if (acceptKw("as")) {
            TypeName type = simpleTypeName(true);
            return new SequenceOption(SequenceOptionKind.AS, null, type, null, loc);
        }
        if (acceptKw("increment")) {
            acceptKw("by");
            return number(SequenceOptionKind.INCREMENT, loc);
        }
        if (acceptKw("minvalue")) {
            return number(SequenceOptionKind.MINVALUE, loc);
        }
        if (acceptKw("maxvalue")) {
            return number(SequenceOptionKind.MAXVALUE, loc);
        }
        if (isKw("no") && (isKw(1, "minvalue") || isKw(1, "maxvalue") || isKw(1, "cycle"))) {
            p++;
            String w = value();
            p++;
            SequenceOptionKind k = switch (w) {
                case "minvalue" -> SequenceOptionKind.NO_MINVALUE;
                case "maxvalue" -> SequenceOptionKind.NO_MAXVALUE;
                default -> SequenceOptionKind.NO_CYCLE;
            };
            return new SequenceOption(k, null, null, null, loc);
        }
        if (acceptKw("start")) {
            acceptKw("with");
            return number(SequenceOptionKind.START, loc);
        }
        if (acceptKw("restart")) {
            acceptKw("with");
            if (is(TokenKind.INTEGER) || is(TokenKind.DECIMAL) || is(TokenKind.MINUS) || is(TokenKind.PLUS)) {
                return number(SequenceOptionKind.RESTART, loc);
            }
            return new SequenceOption(SequenceOptionKind.RESTART, null, null, null, loc);
        }
        if (acceptKw("cache")) {
            return number(SequenceOptionKind.CACHE, loc);
        }
        if (acceptKw("cycle")) {
            return new SequenceOption(SequenceOptionKind.CYCLE, null, null, null, loc);
        }
        if (isKw("owned") && isKw(1, "by")) {
            p += 2;
            if (acceptKw("none")) {
                return new SequenceOption(SequenceOptionKind.OWNED_BY, null, null, null, loc);
            }
            return new SequenceOption(SequenceOptionKind.OWNED_BY, null, null, qualifiedName(), loc);
        }
        if (identity && isKw("sequence") && isKw(1, "name")) {
            p += 2;
            return new SequenceOption(SequenceOptionKind.SEQUENCE_NAME, null, null, qualifiedName(), loc);
        }
        return null;
    }

    private SequenceOption number(SequenceOptionKind kind, int loc) {
        return new SequenceOption(kind, signedNumber(), null, null, loc);
    }

    /** {@code ( name [= value], … )}: the current token is '('. */
    final List<DefElem> defList() {
        expect(TokenKind.LPAREN);
        List<DefElem> list = new ArrayList<>();
        do {
            int loc = loc();
            StringBuilder name = new StringBuilder(colLabel());
            while (accept(TokenKind.DOT)) {
                name.append('.').append(colLabel());
            }
            if (accept(TokenKind.EQ)) {
                list.add(defValue(name.toString(), loc));
            } else {
                list.add(new DefElem(name.toString(), DefElemKind.NONE, null, List.of(), loc));
            }
        } while (accept(TokenKind.COMMA));
        expect(TokenKind.RPAREN);
        return list;
    }

    /** A generic option value: string, signed number, word / keyword, DEFAULT, '*' or (list). */
    final DefElem defValue(String name, int loc) {
        switch (kind()) {
            case STRING: {
                String v = value();
                p++;
                return new DefElem(name, DefElemKind.STRING, v, List.of(), loc);
            }
            case INTEGER, DECIMAL, MINUS, PLUS:
                return new DefElem(name, DefElemKind.NUMBER, signedNumber(), List.of(), loc);
            case STAR:
                p++;
                return new DefElem(name, DefElemKind.STAR, null, List.of(), loc);
            case LPAREN: {
                p++;
                List<String> names = new ArrayList<>();
                do {
                    names.add(colLabel());
                } while (accept(TokenKind.COMMA));
                expect(TokenKind.RPAREN);
                return new DefElem(name, DefElemKind.LIST, null, names, loc);
            }
            case KEYWORD:
                if (isKw("default")) {
                    p++;
                    return new DefElem(name, DefElemKind.DEFAULT, null, List.of(), loc);
                }
                return new DefElem(name, DefElemKind.WORD, colLabel(), List.of(), loc);
            case IDENT:
                return new DefElem(name, DefElemKind.WORD, colLabel(), List.of(), loc);
            default:
                throw syntaxError();
        }
    }
}
