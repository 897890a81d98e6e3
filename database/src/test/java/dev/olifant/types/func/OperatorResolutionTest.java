package dev.olifant.types.func;

import static dev.olifant.types.Types.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.types.PgType;
import java.util.List;
import org.junit.jupiter.api.Test;

class OperatorResolutionTest {

    private static ResolvedOperator op(String name, PgType l, PgType r) {
        return Operators.resolve(name, l, r);
    }

    @Test
    void missingOperatorHasPostgresWording() {
        assertThatThrownBy(() -> op("=", INT4, TEXT)).isInstanceOfSatisfying(PgException.class, e -> {
            assertThat(e.state()).isEqualTo(SqlState.UNDEFINED_FUNCTION);
            assertThat(e.getMessage()).isEqualTo("operator does not exist: integer = text");
            assertThat(e.hint()).isEqualTo(
                    "No operator matches the given name and argument types. You might need to add explicit type casts.");
        });
        assertThatThrownBy(() -> op("-", null, TEXT)).isInstanceOfSatisfying(PgException.class, e -> {
            assertThat(e.getMessage()).isEqualTo("operator does not exist: - text");
            assertThat(e.hint()).isEqualTo(
                    "No operator matches the given name and argument type. You might need to add an explicit type cast.");
        });
        assertThatThrownBy(() -> op("=", INT4_ARRAY, INT8_ARRAY))
                .hasMessage("operator does not exist: integer[] = bigint[]");
    }

    @Test
    void ambiguousOperators() {
        assertThatThrownBy(() -> op("+", UNKNOWN, UNKNOWN)).isInstanceOfSatisfying(PgException.class, e -> {
            assertThat(e.state()).isEqualTo(SqlState.AMBIGUOUS_FUNCTION);
            assertThat(e.getMessage()).isEqualTo("operator is not unique: unknown + unknown");
            assertThat(e.hint()).isEqualTo(
                    "Could not choose a best candidate operator. You might need to add explicit type casts.");
        });
        assertThatThrownBy(() -> op("-", null, UNKNOWN)).hasMessage("operator is not unique: - unknown");
        assertThatThrownBy(() -> op("+", DATE, UNKNOWN)).hasMessage("operator is not unique: date + unknown");
    }

    @Test
    void unknownLiteralsPreferStrings() {
        ResolvedOperator cat = op("||", UNKNOWN, UNKNOWN);
        assertThat(cat.leftType()).isEqualTo(TEXT);
        assertThat(cat.rightType()).isEqualTo(TEXT);
        assertThat(cat.resultType()).isEqualTo(TEXT);

        ResolvedOperator any = op("||", UNKNOWN, INT4);
        assertThat(any.leftType()).isEqualTo(TEXT);
        assertThat(any.rightType()).isEqualTo(INT4);
        assertThat(any.impl().invoke(new TestContext(), new Object[] {"a", 1})).isEqualTo("a1");
        assertThat(op("||", INT4, UNKNOWN).impl().invoke(new TestContext(), new Object[] {1, "a"})).isEqualTo("1a");
    }

    @Test
    void unknownTakesTheOtherSidesType() {
        ResolvedOperator eq = op("=", INT4, UNKNOWN);
        assertThat(eq.leftType()).isEqualTo(INT4);
        assertThat(eq.rightType()).isEqualTo(INT4);
        assertThat(op("-", TIMESTAMPTZ, UNKNOWN).resultType()).isEqualTo(INTERVAL);
        assertThat(op("-", DATE, UNKNOWN).resultType()).isEqualTo(INT4);
        ResolvedOperator name = op("=", NAME, UNKNOWN);
        assertThat(name.rightType()).isEqualTo(NAME);
        ResolvedOperator like = op("~~", NAME, UNKNOWN);
        assertThat(like.leftType()).isEqualTo(NAME);
        assertThat(like.rightType()).isEqualTo(TEXT);
    }

    @Test
    void crossTypeIntegerOperatorsAndPromotion() {
        ResolvedOperator p = op("+", INT4, INT8);
        assertThat(p.leftType()).isEqualTo(INT4);
        assertThat(p.resultType()).isEqualTo(INT8);
        assertThat(op("*", INT2, INT4).resultType()).isEqualTo(INT4);
        ResolvedOperator n = op("+", INT4, NUMERIC);
        assertThat(n.leftType()).isEqualTo(NUMERIC);
        assertThat(n.resultType()).isEqualTo(NUMERIC);
        ResolvedOperator f = op("*", INT4, FLOAT8);
        assertThat(f.leftType()).isEqualTo(FLOAT8);
        assertThat(op("<", INT8, INT2).leftType()).isEqualTo(INT8);
        assertThat(op("=", NUMERIC, INT4).rightType()).isEqualTo(NUMERIC);
        assertThat(op("=", FLOAT4, NUMERIC).leftType()).isEqualTo(FLOAT4);
        assertThat(op("=", FLOAT4, NUMERIC).rightType()).isEqualTo(FLOAT8);
        assertThat(op("=", VARCHAR, TEXT).leftType()).isEqualTo(TEXT);
        assertThat(op("^", INT4, INT4).resultType()).isEqualTo(FLOAT8);
        assertThat(op("/", INT4, UNKNOWN).resultType()).isEqualTo(INT4);
    }

    @Test
    void dateTimeOperatorsResolve() {
        assertThat(op("+", DATE, INT4).resultType()).isEqualTo(DATE);
        assertThat(op("-", DATE, DATE).resultType()).isEqualTo(INT4);
        assertThat(op("+", DATE, INTERVAL).resultType()).isEqualTo(TIMESTAMP);
        assertThat(op("+", DATE, TIME).resultType()).isEqualTo(TIMESTAMP);
        assertThat(op("-", TIMESTAMP, TIMESTAMP).resultType()).isEqualTo(INTERVAL);
        assertThat(op("*", INTERVAL, INT4).rightType()).isEqualTo(FLOAT8);
        assertThat(op("<", DATE, TIMESTAMPTZ).leftType()).isEqualTo(DATE);
        assertThat(op("=", TIMESTAMP, UNKNOWN).rightType()).isEqualTo(TIMESTAMP);
    }

    @Test
    void arrayOperatorsArePolymorphic() {
        ResolvedOperator append = op("||", INT4_ARRAY, INT8);
        assertThat(append.leftType()).isEqualTo(INT8_ARRAY);
        assertThat(append.rightType()).isEqualTo(INT8);
        assertThat(append.resultType()).isEqualTo(INT8_ARRAY);
        ResolvedOperator cat = op("||", INT4_ARRAY, INT4_ARRAY);
        assertThat(cat.resultType()).isEqualTo(INT4_ARRAY);
        ResolvedOperator prepend = op("||", TEXT, TEXT_ARRAY);
        assertThat(prepend.resultType()).isEqualTo(TEXT_ARRAY);
        assertThat(op("||", TEXT_ARRAY, UNKNOWN).resultType()).isEqualTo(TEXT_ARRAY);
        assertThat(op("=", INT4_ARRAY, INT4_ARRAY).resultType()).isEqualTo(BOOL);
        assertThat(op("@>", INT4_ARRAY, UNKNOWN).rightType()).isEqualTo(INT4_ARRAY);
        assertThat(op("&&", TEXT_ARRAY, TEXT_ARRAY).resultType()).isEqualTo(BOOL);
    }

    @Test
    void qualifiedOperatorNames() {
        assertThat(op("pg_catalog.~", TEXT, UNKNOWN).resultType()).isEqualTo(BOOL);
    }

    @Test
    void functionResolution() {
        assertThat(Functions.resolve("round", List.of(INT4)).argTypes()).containsExactly(FLOAT8);
        assertThat(Functions.resolve("round", List.of(UNKNOWN)).resultType()).isEqualTo(FLOAT8);
        assertThat(Functions.resolve("round", List.of(NUMERIC, INT4)).resultType()).isEqualTo(NUMERIC);
        assertThat(Functions.resolve("abs", List.of(INT4)).resultType()).isEqualTo(INT4);
        assertThat(Functions.resolve("trunc", List.of(NUMERIC)).resultType()).isEqualTo(NUMERIC);
        assertThat(Functions.resolve("power", List.of(INT4, INT4)).resultType()).isEqualTo(FLOAT8);
        assertThat(Functions.resolve("pg_catalog.lower", List.of(VARCHAR)).argTypes()).containsExactly(TEXT);
        assertThat(Functions.resolve("LENGTH", List.of(UNKNOWN)).argTypes()).containsExactly(TEXT);
        assertThat(Functions.resolve("substring", List.of(TEXT, INT4, INT4)).resultType()).isEqualTo(TEXT);
        assertThat(Functions.resolve("date_trunc", List.of(UNKNOWN, TIMESTAMP)).resultType()).isEqualTo(TIMESTAMP);
        assertThat(Functions.resolve("date_part", List.of(UNKNOWN, DATE)).argTypes()).containsExactly(TEXT, DATE);
        assertThat(Functions.resolve("make_interval", List.of(INT4)).resultType()).isEqualTo(INTERVAL);
        assertThat(Functions.resolve("int4pl", List.of(INT4, INT4)).resultType()).isEqualTo(INT4);
    }

    @Test
    void variadicAnyFunctions() {
        ResolvedFunction concat = Functions.resolve("concat", List.of(INT4, UNKNOWN, DATE));
        assertThat(concat.argTypes()).containsExactly(INT4, TEXT, DATE);
        assertThat(concat.strict()).isFalse();
        assertThat(concat.volatility()).isEqualTo(Volatility.STABLE);
        assertThatThrownBy(() -> Functions.resolve("concat", List.of()))
                .hasMessage("function concat() does not exist");
        assertThat(Functions.resolve("format", List.of(UNKNOWN)).argTypes()).containsExactly(TEXT);
    }

    @Test
    void missingFunction() {
        assertThatThrownBy(() -> Functions.resolve("foo", List.of(INT4))).isInstanceOfSatisfying(PgException.class,
                e -> {
                    assertThat(e.state()).isEqualTo(SqlState.UNDEFINED_FUNCTION);
                    assertThat(e.getMessage()).isEqualTo("function foo(integer) does not exist");
                    assertThat(e.hint()).isEqualTo(
                            "No function matches the given name and argument types. You might need to add explicit type casts.");
                });
        assertThatThrownBy(() -> Functions.resolve("lower", List.of(INT4, TEXT_ARRAY)))
                .hasMessage("function lower(integer, text[]) does not exist");
    }

    @Test
    void polymorphicFunctions() {
        ResolvedFunction len = Functions.resolve("array_length", List.of(INT4_ARRAY, INT4));
        assertThat(len.resultType()).isEqualTo(INT4);
        assertThatThrownBy(() -> Functions.resolve("array_length", List.of(UNKNOWN, INT4)))
                .isInstanceOfSatisfying(PgException.class, e -> {
                    assertThat(e.state()).isEqualTo(SqlState.DATATYPE_MISMATCH);
                    assertThat(e.getMessage()).isEqualTo(
                            "could not determine polymorphic type because input has type unknown");
                });
        ResolvedFunction append = Functions.resolve("array_append", List.of(INT4_ARRAY, NUMERIC));
        assertThat(append.argTypes()).containsExactly(NUMERIC_ARRAY, NUMERIC);
        assertThat(append.resultType()).isEqualTo(NUMERIC_ARRAY);
        ResolvedFunction pos = Functions.resolve("array_position", List.of(TEXT_ARRAY, UNKNOWN));
        assertThat(pos.argTypes()).containsExactly(TEXT_ARRAY, TEXT);
        assertThat(SetReturningFunctions.resolve("unnest", List.of(DATE_ARRAY)).resultType()).isEqualTo(DATE);
        assertThat(SetReturningFunctions.isSetReturning("generate_series")).isTrue();
        assertThat(SetReturningFunctions.resolve("generate_series", List.of(INT4, INT4)).resultType())
                .isEqualTo(INT4);
        assertThat(SetReturningFunctions.resolve("generate_series", List.of(INT4, INT8)).resultType())
                .isEqualTo(INT8);
        assertThat(SetReturningFunctions.resolve("generate_series", List.of(INT4, NUMERIC)).resultType())
                .isEqualTo(NUMERIC);
    }

    @Test
    void commonTypes() {
        assertThat(TypeUnifier.commonType(List.of(INT4, INT8), "COALESCE")).isEqualTo(INT8);
        assertThat(TypeUnifier.commonType(List.of(INT4, NUMERIC), "CASE")).isEqualTo(NUMERIC);
        assertThat(TypeUnifier.commonType(List.of(INT4, FLOAT8, NUMERIC), "COALESCE")).isEqualTo(FLOAT8);
        assertThat(TypeUnifier.commonType(List.of(UNKNOWN, UNKNOWN), "VALUES")).isEqualTo(TEXT);
        assertThat(TypeUnifier.commonType(List.of(UNKNOWN, INT4), "IN")).isEqualTo(INT4);
        assertThat(TypeUnifier.commonType(List.of(VARCHAR, TEXT), "UNION")).isEqualTo(VARCHAR);
        assertThat(TypeUnifier.commonType(List.of(TEXT, VARCHAR), "UNION")).isEqualTo(TEXT);
        assertThat(TypeUnifier.commonType(List.of(DATE, TIMESTAMPTZ, TIMESTAMP), "CASE")).isEqualTo(TIMESTAMPTZ);
        assertThatThrownBy(() -> TypeUnifier.commonType(List.of(TEXT, INT4), "CASE"))
                .isInstanceOfSatisfying(PgException.class, e -> {
                    assertThat(e.state()).isEqualTo(SqlState.DATATYPE_MISMATCH);
                    assertThat(e.getMessage()).isEqualTo("CASE types text and integer cannot be matched");
                });
        assertThatThrownBy(() -> TypeUnifier.commonType(List.of(INT4, BOOL), "UNION"))
                .hasMessage("UNION types integer and boolean cannot be matched");
    }

    @Test
    void catalogExposesSignatures() {
        assertThat(BuiltinCatalog.get().operators()).anySatisfy(o -> {
            assertThat(o.name()).isEqualTo("+");
            assertThat(o.procName()).isEqualTo("int48pl");
            assertThat(o.left()).isEqualTo(INT4);
            assertThat(o.right()).isEqualTo(INT8);
        });
        assertThat(BuiltinCatalog.get().functions()).anySatisfy(f -> {
            assertThat(f.name()).isEqualTo("now");
            assertThat(f.volatility()).isEqualTo(Volatility.STABLE);
        });
        assertThat(BuiltinCatalog.get().aggregates()).anySatisfy(a -> assertThat(a.name()).isEqualTo("array_agg"));
    }
}
