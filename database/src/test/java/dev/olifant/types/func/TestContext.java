package dev.olifant.types.func;

import dev.olifant.types.EvalContext;
import dev.olifant.types.FormatSettings;
import dev.olifant.types.PgType;
import dev.olifant.types.RegLookup;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/** An evaluation context for tests: fixed timestamps, a chosen TimeZone, a cancellation flag. */
final class TestContext implements EvalContext {
    final FormatSettings settings;
    Instant now = Instant.parse("2024-03-15T12:34:56.789012Z");
    volatile boolean cancelled;
    int interruptChecks;

    TestContext(String zone) {
        settings = FormatSettings.defaults(ZoneId.of(zone));
    }

    TestContext() {
        this("Etc/UTC");
    }

    @Override
    public FormatSettings settings() {
        return settings;
    }

    @Override
    public Instant transactionTimestamp() {
        return now;
    }

    @Override
    public Instant statementTimestamp() {
        return now;
    }

    @Override
    public void checkInterrupts() {
        interruptChecks++;
        if (cancelled) {
            throw new dev.olifant.error.PgException(dev.olifant.error.SqlState.QUERY_CANCELED,
                    "canceling statement due to user request");
        }
    }

    @Override
    public RegLookup regLookup() {
        return null;
    }

    /** Resolves and calls a function, honouring strictness as the executor does. */
    Object call(String name, List<PgType> types, Object... args) {
        ResolvedFunction f = Functions.resolve(name, types);
        if (f.strict() && Arrays.stream(args).anyMatch(a -> a == null)) {
            return null;
        }
        return f.impl().invoke(this, args);
    }

    Object op(String name, PgType left, PgType right, Object a, Object b) {
        ResolvedOperator o = Operators.resolve(name, left, right);
        return left == null ? o.impl().invoke(this, new Object[] {b}) : o.impl().invoke(this, new Object[] {a, b});
    }
}
