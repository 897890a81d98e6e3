package dev.olifant.types.json;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A basic SQL/JSON path language: {@code [lax|strict] $}, member accessors {@code .key},
 * {@code ."key"}, {@code .*}, array accessors {@code [n]}, {@code [*]}, {@code [last]}, and filters
 * {@code ? (cond)} with {@code @}, {@code @.path}, comparisons ({@code == != <> < <= > >=}) against
 * literals, {@code &&}, {@code ||}, {@code !} and {@code exists(...)}. Lax mode unwraps arrays as
 * PostgreSQL does. Other path features are 0A000.
 */
public final class JsonPath {
    private sealed interface Step {
    }

    private record Member(String key) implements Step {
    }

    private record AnyMember() implements Step {
    }

    private record Index(int index, boolean last) implements Step {
    }

    private record AnyIndex() implements Step {
    }

    private record Filter(Cond cond) implements Step {
    }

    /** The item methods {@code .size()} and {@code .type()}. */
    private record Method(String name) implements Step {
    }

    private sealed interface Cond {
    }

    private record Compare(Operand left, String op, Operand right) implements Cond {
    }

    private record And(Cond l, Cond r) implements Cond {
    }

    private record Or(Cond l, Cond r) implements Cond {
    }

    private record Not(Cond c) implements Cond {
    }

    private record Exists(Operand path) implements Cond {
    }

    private sealed interface Operand {
    }

    private record Literal(JsonValue value) implements Operand {
    }

    /** A path from {@code @} (current item) or {@code $} (root). */
    private record PathOperand(boolean root, List<Step> steps) implements Operand {
    }

    private final boolean strict;
    private final List<Step> steps;

    private JsonPath(boolean strict, List<Step> steps) {
        this.strict = strict;
        this.steps = steps;
    }

    public static JsonPath parse(String text) {
        return new PathParser(text).parse();
    }

    /** The items the path selects in {@code root}. */
    public List<JsonValue> query(JsonValue root) {
        List<JsonValue> cur = List.of(root);
        return apply(cur, steps, root, null);
    }

    private List<JsonValue> apply(List<JsonValue> items, List<Step> path, JsonValue root, JsonValue at) {
        List<JsonValue> cur = items;
        for (Step s : path) {
            List<JsonValue> next = new ArrayList<>();
            for (JsonValue v : cur) {
                step(s, v, next, root);
            }
            cur = next;
        }
        return cur;
    }

    private void step(Step s, JsonValue v, List<JsonValue> out, JsonValue root) {
        switch (s) {
            case Member m -> {
                if (v instanceof JsonValue.Obj o) {
                    JsonValue x = o.get(m.key());
                    if (x != null) {
                        out.add(x);
                    } else if (strict) {
                        throw new PgException(SqlState.SQL_JSON_MEMBER_NOT_FOUND,
                                "JSON object does not contain key \"" + m.key() + "\"");
                    }
                } else if (v instanceof JsonValue.Arr a && !strict) {
                    for (JsonValue e : a.elements()) {
                        step(s, e, out, root);
                    }
                } else if (strict) {
                    throw new PgException(SqlState.SQL_JSON_MEMBER_NOT_FOUND, "jsonpath member accessor can only be applied to an object");
                }
            }
            case AnyMember m -> {
                if (v instanceof JsonValue.Obj o) {
                    o.members().forEach(x -> out.add(x.value()));
                } else if (v instanceof JsonValue.Arr a && !strict) {
                    for (JsonValue e : a.elements()) {
                        step(s, e, out, root);
                    }
                }
            }
            case AnyIndex i -> {
                if (v instanceof JsonValue.Arr a) {
                    out.addAll(a.elements());
                } else if (!strict) {
                    out.add(v);
                } else {
                    throw new PgException(SqlState.SQL_JSON_ARRAY_NOT_FOUND, "jsonpath wildcard array accessor can only be applied to an array");
                }
            }
            case Index i -> {
                List<JsonValue> elems = v instanceof JsonValue.Arr a ? a.elements() : strict ? null : List.of(v);
                if (elems == null) {
                    throw new PgException(SqlState.SQL_JSON_ARRAY_NOT_FOUND, "jsonpath array accessor can only be applied to an array");
                }
                int idx = i.last() ? elems.size() - 1 + i.index() : i.index();
                if (idx >= 0 && idx < elems.size()) {
                    out.add(elems.get(idx));
                } else if (strict) {
                    throw new PgException(SqlState.INVALID_SQL_JSON_SUBSCRIPT, "jsonpath array subscript is out of bounds");
                }
            }
            case Method m -> {
                if (m.name().equals("type")) {
                    out.add(new JsonValue.Str(v.typeName()));
                } else if (v instanceof JsonValue.Arr a) {
                    out.add(new JsonValue.Num(BigDecimal.valueOf(a.elements().size())));
                } else if (!strict) {
                    out.add(new JsonValue.Num(BigDecimal.ONE));
                } else {
                    throw new PgException(SqlState.SQL_JSON_ARRAY_NOT_FOUND,
                            "jsonpath item method .size() can only be applied to an array");
                }
            }
            case Filter f -> {
                if (v instanceof JsonValue.Arr a && !strict) {
                    for (JsonValue e : a.elements()) {
                        if (test(f.cond(), e, root) == Boolean.TRUE) {
                            out.add(e);
                        }
                    }
                } else if (test(f.cond(), v, root) == Boolean.TRUE) {
                    out.add(v);
                }
            }
        }
    }

    /** Three-valued: TRUE, FALSE or null (unknown). */
    private Boolean test(Cond c, JsonValue at, JsonValue root) {
        switch (c) {
            case And a -> {
                Boolean l = test(a.l(), at, root);
                if (l == Boolean.FALSE) {
                    return false;
                }
                Boolean r = test(a.r(), at, root);
                return r == Boolean.FALSE ? Boolean.FALSE : l == null || r == null ? null : Boolean.TRUE;
            }
            case Or o -> {
                Boolean l = test(o.l(), at, root);
                if (l == Boolean.TRUE) {
                    return true;
                }
                Boolean r = test(o.r(), at, root);
                return r == Boolean.TRUE ? Boolean.TRUE : l == null || r == null ? null : Boolean.FALSE;
            }
            case Not n -> {
                Boolean x = test(n.c(), at, root);
                return x == null ? null : !x;
            }
            case Exists e -> {
                return !values(e.path(), at, root).isEmpty();
            }
            case Compare cmp -> {
                List<JsonValue> ls = values(cmp.left(), at, root);
                List<JsonValue> rs = values(cmp.right(), at, root);
                boolean unknown = false;
                for (JsonValue l : ls) {
                    for (JsonValue r : rs) {
                        Boolean b = compare(l, cmp.op(), r);
                        if (b == null) {
                            unknown = true;
                        } else if (b) {
                            return true;
                        }
                    }
                }
                return unknown ? null : Boolean.FALSE;
            }
        }
    }

    private List<JsonValue> values(Operand o, JsonValue at, JsonValue root) {
        if (o instanceof Literal l) {
            return List.of(l.value());
        }
        PathOperand p = (PathOperand) o;
        List<JsonValue> items = apply(List.of(p.root() ? root : at), p.steps(), root, at);
        if (strict) {
            return items;
        }
        List<JsonValue> out = new ArrayList<>();
        for (JsonValue v : items) {
            if (v instanceof JsonValue.Arr a) {
                out.addAll(a.elements());
            } else {
                out.add(v);
            }
        }
        return out;
    }

    private static Boolean compare(JsonValue l, String op, JsonValue r) {
        int c;
        if (l instanceof JsonValue.Num a && r instanceof JsonValue.Num b) {
            c = a.value().compareTo(b.value());
        } else if (l instanceof JsonValue.Str a && r instanceof JsonValue.Str b) {
            c = Jsonb.compareCodePoints(a.value(), b.value());
        } else if (l instanceof JsonValue.Bool a && r instanceof JsonValue.Bool b) {
            if (!op.equals("==") && !op.equals("!=")) {
                return null;
            }
            c = Boolean.compare(a.value(), b.value());
        } else if (l instanceof JsonValue.Null && r instanceof JsonValue.Null) {
            c = 0;
        } else if (l instanceof JsonValue.Null || r instanceof JsonValue.Null) {
            return op.equals("!=");
        } else {
            return null;
        }
        return switch (op) {
            case "==" -> c == 0;
            case "!=" -> c != 0;
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            default -> c >= 0;
        };
    }

    /** Recursive-descent parser of the supported subset. */
    private static final class PathParser {
        private final String s;
        private int pos;

        PathParser(String s) {
            this.s = s;
        }

        JsonPath parse() {
            skip();
            boolean strict = false;
            if (word("strict")) {
                strict = true;
            } else {
                word("lax");
            }
            skip();
            expect('$');
            List<Step> steps = steps();
            skip();
            if (pos < s.length()) {
                throw unsupported();
            }
            return new JsonPath(strict, steps);
        }

        private PgException unsupported() {
            return new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "jsonpath expression \"" + s + "\" uses a feature that is not supported");
        }

        private PgException syntax() {
            return new PgException(SqlState.SYNTAX_ERROR, "syntax error at or near \""
                    + (pos < s.length() ? s.substring(pos, pos + 1) : "") + "\" of jsonpath input");
        }

        private boolean word(String w) {
            if (s.startsWith(w, pos) && (pos + w.length() >= s.length() || !Character.isLetterOrDigit(s.charAt(pos + w.length())))) {
                pos += w.length();
                return true;
            }
            return false;
        }

        private void skip() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        private void expect(char c) {
            skip();
            if (pos >= s.length() || s.charAt(pos) != c) {
                throw syntax();
            }
            pos++;
        }

        private List<Step> steps() {
            List<Step> steps = new ArrayList<>();
            while (true) {
                skip();
                if (pos >= s.length()) {
                    return steps;
                }
                char c = s.charAt(pos);
                if (c == '.') {
                    pos++;
                    skip();
                    if (pos < s.length() && s.charAt(pos) == '*') {
                        pos++;
                        steps.add(new AnyMember());
                    } else if (pos < s.length() && s.charAt(pos) == '"') {
                        steps.add(new Member(string()));
                    } else {
                        int st = pos;
                        while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_')) {
                            pos++;
                        }
                        if (st == pos) {
                            throw syntax();
                        }
                        String name = s.substring(st, pos);
                        if (pos < s.length() && s.charAt(pos) == '(') {
                            if (!(name.equals("size") || name.equals("type")) || !s.startsWith("()", pos)) {
                                throw unsupported();
                            }
                            pos += 2;
                            steps.add(new Method(name));
                        } else {
                            steps.add(new Member(name));
                        }
                    }
                } else if (c == '[') {
                    pos++;
                    skip();
                    if (pos < s.length() && s.charAt(pos) == '*') {
                        pos++;
                        steps.add(new AnyIndex());
                    } else if (word("last")) {
                        skip();
                        int off = 0;
                        if (pos < s.length() && s.charAt(pos) == '-') {
                            pos++;
                            skip();
                            off = -integer();
                        }
                        steps.add(new Index(off, true));
                    } else {
                        steps.add(new Index(integer(), false));
                    }
                    skip();
                    if (pos < s.length() && (s.charAt(pos) == ',' || s.charAt(pos) == 't')) {
                        throw unsupported();
                    }
                    expect(']');
                } else if (c == '?') {
                    pos++;
                    expect('(');
                    Cond cond = or();
                    expect(')');
                    steps.add(new Filter(cond));
                } else {
                    return steps;
                }
            }
        }

        private int integer() {
            skip();
            int st = pos;
            while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                pos++;
            }
            if (st == pos) {
                throw unsupported();
            }
            return Integer.parseInt(s.substring(st, pos));
        }

        private Cond or() {
            Cond l = and();
            while (true) {
                skip();
                if (s.startsWith("||", pos)) {
                    pos += 2;
                    l = new Or(l, and());
                } else {
                    return l;
                }
            }
        }

        private Cond and() {
            Cond l = unary();
            while (true) {
                skip();
                if (s.startsWith("&&", pos)) {
                    pos += 2;
                    l = new And(l, unary());
                } else {
                    return l;
                }
            }
        }

        private Cond unary() {
            skip();
            if (pos < s.length() && s.charAt(pos) == '!') {
                pos++;
                expect('(');
                Cond c = or();
                expect(')');
                return new Not(c);
            }
            if (pos < s.length() && s.charAt(pos) == '(') {
                pos++;
                Cond c = or();
                expect(')');
                return c;
            }
            if (word("exists")) {
                expect('(');
                Operand p = operand();
                expect(')');
                return new Exists(p);
            }
            Operand l = operand();
            skip();
            String op = null;
            for (String o : new String[] {"==", "!=", "<>", "<=", ">=", "<", ">"}) {
                if (s.startsWith(o, pos)) {
                    op = o.equals("<>") ? "!=" : o;
                    pos += o.length();
                    break;
                }
            }
            if (op == null) {
                throw unsupported();
            }
            return new Compare(l, op, operand());
        }

        private Operand operand() {
            skip();
            if (pos >= s.length()) {
                throw syntax();
            }
            char c = s.charAt(pos);
            if (c == '@' || c == '$') {
                pos++;
                if (c == '$' && pos < s.length() && Character.isLetter(s.charAt(pos))) {
                    throw unsupported();
                }
                return new PathOperand(c == '$', steps());
            }
            if (c == '"') {
                return new Literal(new JsonValue.Str(string()));
            }
            if (word("true")) {
                return new Literal(new JsonValue.Bool(true));
            }
            if (word("false")) {
                return new Literal(new JsonValue.Bool(false));
            }
            if (word("null")) {
                return new Literal(new JsonValue.Null());
            }
            int st = pos;
            if (c == '-' || c == '+') {
                pos++;
            }
            while (pos < s.length() && (Character.isDigit(s.charAt(pos)) || s.charAt(pos) == '.' || s.charAt(pos) == 'e'
                    || s.charAt(pos) == 'E')) {
                pos++;
            }
            try {
                BigDecimal d = new BigDecimal(s.substring(st, pos));
                return new Literal(new JsonValue.Num(d.scale() < 0 ? d.setScale(0) : d));
            } catch (NumberFormatException e) {
                pos = st;
                throw unsupported();
            }
        }

        private String string() {
            pos++;
            StringBuilder sb = new StringBuilder();
            while (pos < s.length() && s.charAt(pos) != '"') {
                char c = s.charAt(pos++);
                if (c == '\\' && pos < s.length()) {
                    char e = s.charAt(pos++);
                    sb.append(switch (e) {
                        case 'n' -> '\n';
                        case 't' -> '\t';
                        default -> e;
                    });
                } else {
                    sb.append(c);
                }
            }
            expect('"');
            return sb.toString();
        }
    }
}
