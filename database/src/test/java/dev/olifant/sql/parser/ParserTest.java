package dev.olifant.sql.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.olifant.sql.ast.And;
import dev.olifant.sql.ast.AnyAll;
import dev.olifant.sql.ast.BinaryOp;
import dev.olifant.sql.ast.Cast;
import dev.olifant.sql.ast.CastSyntax;
import dev.olifant.sql.ast.ColumnRef;
import dev.olifant.sql.ast.Expr;
import dev.olifant.sql.ast.FuncCall;
import dev.olifant.sql.ast.FuncSyntax;
import dev.olifant.sql.ast.NumericLiteral;
import dev.olifant.sql.ast.Or;
import dev.olifant.sql.ast.RawStatement;
import dev.olifant.sql.ast.SelectStmt;
import dev.olifant.sql.ast.SimpleSelect;
import dev.olifant.sql.ast.SqlValueFunction;
import dev.olifant.sql.ast.SqlValueKind;
import dev.olifant.sql.ast.StringLiteral;
import dev.olifant.sql.ast.TypeName;
import dev.olifant.sql.ast.UnaryOp;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expression and query shapes, locations and the special-syntax encodings. */
class ParserTest {

    static SelectStmt select(String sql) {
        return (SelectStmt) Parser.parseOne(sql);
    }

    static Expr target(String exprSql) {
        return ((SimpleSelect) select("select " + exprSql).body()).targets().get(0).expr();
    }

    static String printed(String exprSql) {
        return SqlPrinter.print(target(exprSql));
    }

    @Test
    void emptyInputAndEmptyStatements() {
        assertThat(Parser.parse("")).isEmpty();
        assertThat(Parser.parse("  -- only a comment\n /* and this */ ")).isEmpty();
        assertThat(Parser.parse(";;  ;")).isEmpty();
    }

    @Test
    void statementSpans() {
        String sql = " select 1 ; ;/* c */ SELECT 'x;y' as v;\nshow all";
        List<RawStatement> list = Parser.parse(sql);
        assertThat(list).extracting(RawStatement::text)
                .containsExactly("select 1", "SELECT 'x;y' as v", "show all");
        assertThat(list.get(0).start()).isEqualTo(1);
        assertThat(list.get(1).source()).isSameAs(sql);
    }

    @Test
    void precedenceFollowsGrammar() {
        assertThat(printed("1 + 2 * 3 - 4 / 5 % 6")).isEqualTo("((1 + (2 * 3)) - ((4 / 5) % 6))");
        assertThat(printed("a or b and not c = d")).isEqualTo("(a OR (b AND (NOT (c = d))))");
        assertThat(printed("a || b = c")).isEqualTo("((a || b) = c)");
        assertThat(printed("a + b || c")).isEqualTo("((a + b) || c)");
        assertThat(printed("-2 ^ 2")).isEqualTo("((-2) ^ 2)");
        assertThat(printed("-x::int")).isEqualTo("(- ((x)::integer))");
        assertThat(printed("a = b is null")).isEqualTo("((a = b) IS NULL)");
        assertThat(printed("a between 1 and 2 and b")).isEqualTo("((a BETWEEN 1 AND 2) AND b)");
        assertThat(printed("a like b || 'x' escape '!'")).isEqualTo("(a LIKE (b || 'x') ESCAPE '!')");
        assertThat(printed("@ a + b")).isEqualTo("(@ (a + b))");
        assertThat(printed("@ a || b")).isEqualTo("((@ a) || b)");
        assertThat(printed("a at time zone 'utc' collate \"C\"")).isEqualTo(
                "((a) AT TIME ZONE ((('utc') COLLATE \"C\")))");
        assertThat(printed("a < b is not distinct from c")).isEqualTo("((a < b) IS NOT DISTINCT FROM c)");
    }

    @Test
    void andOrFlattenLeftChains() {
        And and = (And) target("a and b and c and (d and e)");
        assertThat(and.args()).hasSize(4);
        assertThat(and.args().get(3)).isInstanceOf(And.class);
        Or or = (Or) target("a or b or c");
        assertThat(or.args()).hasSize(3);
    }

    @Test
    void locationsAreZeroBasedOffsets() {
        BinaryOp op = (BinaryOp) target("a  +  b");
        assertThat(op.location()).isEqualTo(10);
        assertThat(((ColumnRef) op.left()).location()).isEqualTo(7);
        assertThat(((ColumnRef) op.right()).location()).isEqualTo(13);
        FuncCall f = (FuncCall) target("pg_catalog.now()");
        assertThat(f.location()).isEqualTo(7);
        assertThat(f.name().parts()).containsExactly("pg_catalog", "now");
    }

    @Test
    void negativeNumbersFoldLikeDoNegate() {
        NumericLiteral n = (NumericLiteral) target("- 2147483648");
        assertThat(n.text()).isEqualTo("-2147483648");
        assertThat(n.location()).isEqualTo(7);
        assertThat(((NumericLiteral) target("- -5")).text()).isEqualTo("5");
        assertThat(target("-(5)")).isInstanceOf(NumericLiteral.class);
        assertThat(target("-x")).isInstanceOf(UnaryOp.class);
        assertThat(((NumericLiteral) target("1.50")).text()).isEqualTo("1.50");
    }

    @Test
    void namesFoldUnlessQuoted() {
        ColumnRef c = (ColumnRef) target("Sch.\"Tab\".COL");
        assertThat(c.fields()).containsExactly("sch", "Tab", "col");
        assertThat(((ColumnRef) target("t.*")).star()).isTrue();
        assertThat(((ColumnRef) target("t.*")).fields()).containsExactly("t");
    }

    @Test
    void nonReservedKeywordsAsNames() {
        SimpleSelect s = (SimpleSelect) select("select name, type, version, value, data, key, action, comment, "
                + "position, text from t").body();
        assertThat(s.targets()).hasSize(10);
        assertThat(((ColumnRef) s.targets().get(8).expr()).fields()).containsExactly("position");
        SimpleSelect labels = (SimpleSelect) select("select 1 x, 2 name, 3 as from, 4 \"Y\"").body();
        assertThat(labels.targets()).extracting(t -> t.alias()).containsExactly("x", "name", "from", "Y");
    }

    @Test
    void typeNamesAreNormalised() {
        assertThat(type("x::double precision").names()).containsExactly("double precision");
        TypeName v = type("x::character varying(10)");
        assertThat(v.names()).containsExactly("character varying");
        assertThat(v.typmods()).hasSize(1);
        assertThat(type("x::varchar").names()).containsExactly("character varying");
        assertThat(type("x::varchar").typmods()).isEmpty();
        assertThat(type("x::char").names()).containsExactly("character");
        assertThat(((NumericLiteral) type("x::char").typmods().get(0)).text()).isEqualTo("1");
        assertThat(type("x::\"char\"").names()).containsExactly("char");
        assertThat(type("x::timestamp(3) with time zone").names()).containsExactly("timestamp with time zone");
        assertThat(type("x::time").names()).containsExactly("time without time zone");
        assertThat(type("x::bit varying").names()).containsExactly("bit varying");
        assertThat(type("x::int").names()).containsExactly("integer");
        assertThat(type("x::int4").names()).containsExactly("int4");
        assertThat(type("x::float(24)").names()).containsExactly("real");
        assertThat(type("x::float").names()).containsExactly("double precision");
        assertThat(type("x::decimal(5,2)").names()).containsExactly("numeric");
        assertThat(type("x::pg_catalog.regclass").names()).containsExactly("pg_catalog", "regclass");
        assertThat(type("x::int[]").arrayBounds()).containsExactly(-1);
        assertThat(type("x::int[3][]").arrayBounds()).containsExactly(3, -1);
        assertThat(type("x::int array").arrayBounds()).containsExactly(-1);
        TypeName iv = type("x::interval day to second(3)");
        assertThat(iv.intervalFields()).isEqualTo("day to second");
        assertThat(iv.typmods()).hasSize(1);
        for (String n : List.of("double precision", "character varying", "character", "timestamp with time zone",
                "time without time zone", "bit varying", "integer", "numeric", "real", "boolean", "smallint",
                "bigint", "bit", "interval")) {
            assertThat(dev.olifant.types.Types.byName(n)).as(n).isNotNull();
        }
    }

    private static TypeName type(String castSql) {
        return ((Cast) target(castSql)).type();
    }

    @Test
    void typedLiteralsArePrefixCasts() {
        Cast d = (Cast) target("date '2024-01-01'");
        assertThat(d.syntax()).isEqualTo(CastSyntax.PREFIX);
        assertThat(d.type().names()).containsExactly("date");
        assertThat(((StringLiteral) d.arg()).value()).isEqualTo("2024-01-01");
        Cast i = (Cast) target("interval '1' day");
        assertThat(i.type().intervalFields()).isEqualTo("day");
        Cast v = (Cast) target("varchar(3) 'abc'");
        assertThat(v.type().names()).containsExactly("character varying");
        assertThat(((Cast) target("char 'abc'")).type().typmods()).isEmpty();
        assertThat(((Cast) target("bit '101'")).type().typmods()).isEmpty();
        assertThat(((Cast) target("'abc'::char")).type().typmods()).hasSize(1);
        Cast g = (Cast) target("pg_catalog.int4 '1'");
        assertThat(g.type().names()).containsExactly("pg_catalog", "int4");
    }

    @Test
    void specialFunctionSyntax() {
        FuncCall e = (FuncCall) target("extract(YEAR from d)");
        assertThat(e.name().parts()).containsExactly("pg_catalog", "extract");
        assertThat(e.syntax()).isEqualTo(FuncSyntax.EXTRACT);
        assertThat(((StringLiteral) e.args().get(0)).value()).isEqualTo("year");
        FuncCall p = (FuncCall) target("position('b' in 'abc')");
        assertThat(p.name().last()).isEqualTo("position");
        assertThat(((StringLiteral) p.args().get(0)).value()).isEqualTo("abc");
        FuncCall s = (FuncCall) target("substring(x for 2)");
        assertThat(s.args()).hasSize(3);
        assertThat(((NumericLiteral) s.args().get(1)).text()).isEqualTo("1");
        FuncCall t = (FuncCall) target("trim(leading 'x' from y)");
        assertThat(t.name().last()).isEqualTo("ltrim");
        assertThat(((ColumnRef) t.args().get(0)).fields()).containsExactly("y");
        assertThat(((FuncCall) target("trim(y)")).name().last()).isEqualTo("btrim");
        assertThat(((FuncCall) target("trim(trailing from y)")).name().last()).isEqualTo("rtrim");
        FuncCall z = (FuncCall) target("a at time zone 'utc'");
        assertThat(z.name().last()).isEqualTo("timezone");
        assertThat(z.args().get(1)).isInstanceOf(ColumnRef.class);
        SqlValueFunction ts = (SqlValueFunction) target("current_timestamp(3)");
        assertThat(ts.kind()).isEqualTo(SqlValueKind.CURRENT_TIMESTAMP);
        assertThat(ts.precision()).isEqualTo(3);
        assertThat(((SqlValueFunction) target("current_date")).precision()).isEqualTo(-1);
        assertThat(((FuncCall) target("current_schema()")).name().parts()).containsExactly("current_schema");
    }

    @Test
    void aggregatesAndWindows() {
        FuncCall c = (FuncCall) target("count(*)");
        assertThat(c.star()).isTrue();
        FuncCall agg = (FuncCall) target("string_agg(distinct a, ',' order by a) filter (where a > 0) over w");
        assertThat(agg.distinct()).isTrue();
        assertThat(agg.orderBy()).hasSize(1);
        assertThat(agg.filter()).isNotNull();
        assertThat(agg.over().name()).isEqualTo("w");
        FuncCall wf = (FuncCall) target("sum(x) over (w partition by a order by b groups between 1 preceding and "
                + "unbounded following exclude group)");
        assertThat(wf.over().refName()).isEqualTo("w");
        assertThat(wf.over().frame().end().kind()).isEqualTo(dev.olifant.sql.ast.FrameBoundKind.UNBOUNDED_FOLLOWING);
    }

    @Test
    void operatorSyntax() {
        BinaryOp op = (BinaryOp) target("a OPERATOR(pg_catalog.~) b");
        assertThat(op.operator().schema()).isEqualTo("pg_catalog");
        assertThat(op.operator().name()).isEqualTo("~");
        assertThat(((BinaryOp) target("a != b")).operator().name()).isEqualTo("<>");
        AnyAll any = (AnyAll) target("a = any(b)");
        assertThat(any.all()).isFalse();
        assertThat(((AnyAll) target("a like all (b)")).operator().name()).isEqualTo("~~");
    }

    @Test
    void setOperationPrecedence() {
        SelectStmt s = select("select 1 union select 2 intersect select 3 except select 4");
        var top = (dev.olifant.sql.ast.SetOperation) s.body();
        assertThat(top.operator()).isEqualTo(dev.olifant.sql.ast.SetOperator.EXCEPT);
        var left = (dev.olifant.sql.ast.SetOperation) top.left();
        assertThat(left.operator()).isEqualTo(dev.olifant.sql.ast.SetOperator.UNION);
        assertThat(((dev.olifant.sql.ast.SetOperation) left.right()).operator())
                .isEqualTo(dev.olifant.sql.ast.SetOperator.INTERSECT);
    }

    @Test
    void tableIsSelectStar() {
        assertThat(SqlPrinter.print(Parser.parseOne("TABLE s.t"))).isEqualTo("SELECT * FROM s.t");
    }

    @Test
    void selectIntoIsCreateTableAs() {
        var ctas = (dev.olifant.sql.ast.CreateTableAsStmt) Parser.parseOne("select 1 as a into temp t from u");
        assertThat(ctas.name().last()).isEqualTo("t");
        assertThat(ctas.persistence()).isEqualTo(dev.olifant.sql.ast.Persistence.TEMPORARY);
    }

    @Test
    void unsupportedStatementsAreRecognisedAndSkipped() {
        List<RawStatement> list = Parser.parse("call p(1); create function f() returns int "
                + "language sql return 1; select 1");
        assertThat(list).hasSize(3);
        assertThat(((dev.olifant.sql.ast.UnsupportedStmt) list.get(0).statement()).description()).isEqualTo("CALL");
        assertThat(((dev.olifant.sql.ast.UnsupportedStmt) list.get(1).statement()).description())
                .isEqualTo("CREATE FUNCTION");
    }

    @Test
    void standaloneTypeNamesExpressionsAndNames() {
        TypeName t = Parser.parseTypeName("varchar(10)[]");
        assertThat(t.names()).containsExactly("character varying");
        assertThat(t.arrayBounds()).containsExactly(-1);
        assertThat(Parser.parseTypeName("pg_catalog.int4").names()).containsExactly("pg_catalog", "int4");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Parser.parseTypeName("int4 x"))
                .isInstanceOfSatisfying(dev.olifant.error.PgException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("syntax error at or near \"x\"");
                    assertThat(e.position()).isZero();
                });
        assertThat(SqlPrinter.print(Parser.parseExpression("nextval('s'::regclass)")))
                .isEqualTo("nextval((('s')::regclass))");
        assertThat(Parser.parseNameList("Public.\"My Table\"")).containsExactly("public", "My Table");
        assertThat(Parser.parseNameList("select")).containsExactly("select");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Parser.parseNameList("a..b"))
                .isInstanceOfSatisfying(dev.olifant.error.PgException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("invalid name syntax"));
    }

    @Test
    void pgbenchStatementsParse() {
        for (String sql : SqlCorpus.PGBENCH) {
            assertThat(Parser.parse(sql)).as(sql).hasSize(1);
        }
        var u = (dev.olifant.sql.ast.UpdateStmt) Parser.parseOne(
                "UPDATE pgbench_accounts SET abalance = abalance + $1 WHERE aid = $2");
        assertThat(u.set().get(0).columns().get(0).name()).isEqualTo("abalance");
        assertThat(((BinaryOp) u.where()).right()).isInstanceOf(dev.olifant.sql.ast.ParamRef.class);
    }
}
