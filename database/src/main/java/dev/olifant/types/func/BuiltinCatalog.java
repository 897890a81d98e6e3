package dev.olifant.types.func;

import dev.olifant.types.PgType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The registry of built-in functions, operators and aggregates with their pg_proc / pg_operator
 * signatures (names, argument and result type OIDs, strictness, volatility). Resolution reads
 * it; the engine's pg_proc and pg_operator views can be built from {@link #functions()},
 * {@link #operators()} and {@link #aggregates()}. Filled once, immutable afterwards.
 */
public final class BuiltinCatalog {
    private static final BuiltinCatalog INSTANCE = new BuiltinCatalog();

    private final Map<String, List<FunctionDef>> functions = new HashMap<>();
    private final Map<String, List<OperatorDef>> operators = new HashMap<>();
    private final Map<String, List<AggregateDef>> aggregates = new HashMap<>();

    static {
        IntegerOperators.register(INSTANCE);
        FloatOperators.register(INSTANCE);
        NumericOperators.register(INSTANCE);
        ComparisonOperators.register(INSTANCE);
        TextOperators.register(INSTANCE);
        DateTimeOperators.register(INSTANCE);
        ArrayFunctions.register(INSTANCE);
        StringFunctions.register(INSTANCE);
        StringFunctions2.register(INSTANCE);
        Regexes.register(INSTANCE);
        RegexPositional.register(INSTANCE);
        MathFunctions.register(INSTANCE);
        DateTimeFunctions.register(INSTANCE);
        FormattingFunctions.register(INSTANCE);
        MiscFunctions.register(INSTANCE);
        LsnOperators.register(INSTANCE);
        SetReturning.register(INSTANCE);
        PartitionFunctions.register(INSTANCE);
        InformationSchemaFunctions.register(INSTANCE);
        JsonFunctions.register(INSTANCE);
        DateBinAndNumber.register(INSTANCE);
        AggregateFunctions.register(INSTANCE);
    }

    private BuiltinCatalog() {
    }

    public static BuiltinCatalog get() {
        return INSTANCE;
    }

    public List<FunctionDef> functions() {
        return functions.values().stream().flatMap(List::stream).toList();
    }

    public List<OperatorDef> operators() {
        return operators.values().stream().flatMap(List::stream).toList();
    }

    public List<AggregateDef> aggregates() {
        return aggregates.values().stream().flatMap(List::stream).toList();
    }

    List<FunctionDef> functionsNamed(String name) {
        return functions.getOrDefault(name, Collections.emptyList());
    }

    List<OperatorDef> operatorsNamed(String name) {
        return operators.getOrDefault(name, Collections.emptyList());
    }

    List<AggregateDef> aggregatesNamed(String name) {
        return aggregates.getOrDefault(name, Collections.emptyList());
    }

    /** Lower-cases and strips a {@code pg_catalog.} qualification. */
    static String normalize(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.startsWith("pg_catalog.") ? n.substring("pg_catalog.".length()) : n;
    }

    // ---- registration, used by the family classes ----

    void add(FunctionDef def) {
        functions.computeIfAbsent(def.name(), k -> new ArrayList<>()).add(def);
    }

    void add(OperatorDef def) {
        operators.computeIfAbsent(def.name(), k -> new ArrayList<>()).add(def);
    }

    void add(AggregateDef def) {
        aggregates.computeIfAbsent(def.name(), k -> new ArrayList<>()).add(def);
    }

    /** A strict immutable function. */
    void fn(String name, PgType result, Invokable body, PgType... args) {
        add(new FunctionDef(name, List.of(args), result, true, Volatility.IMMUTABLE, 0, false, false, Binder.of(body)));
    }

    void fn(String name, PgType result, boolean strict, Volatility volatility, Invokable body, PgType... args) {
        add(new FunctionDef(name, List.of(args), result, strict, volatility, 0, false, false, Binder.of(body)));
    }

    /** A strict function whose body depends on the resolved types. */
    void fnBound(String name, PgType result, boolean strict, Volatility volatility, Binder binder, PgType... args) {
        add(new FunctionDef(name, List.of(args), result, strict, volatility, 0, false, false, binder));
    }

    /** A strict immutable operator, also callable as its implementing function {@code proc}. */
    void op(String name, PgType left, PgType right, PgType result, String proc, Invokable body) {
        op(name, left, right, result, proc, Volatility.IMMUTABLE, Binder.of(body));
    }

    void op(String name, PgType left, PgType right, PgType result, String proc, Volatility volatility, Binder binder) {
        add(new OperatorDef(name, left, right, result, proc, volatility, binder));
        List<PgType> args = left == null ? List.of(right) : List.of(left, right);
        add(new FunctionDef(proc, args, result, true, volatility, 0, false, false, binder));
    }
}
