package dev.olifant.types;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import java.time.Instant;
import java.time.ZoneId;

/** An evaluation context for tests: UTC defaults and a catalog that knows pg_class only. */
final class TestContext implements EvalContext, RegLookup {
    static final TestContext UTC = new TestContext(FormatSettings.defaults(ZoneId.of("Etc/UTC")));

    private final FormatSettings settings;

    TestContext(FormatSettings settings) {
        this.settings = settings;
    }

    @Override
    public FormatSettings settings() {
        return settings;
    }

    @Override
    public Instant transactionTimestamp() {
        return Instant.parse("2024-01-02T03:04:05Z");
    }

    @Override
    public Instant statementTimestamp() {
        return transactionTimestamp();
    }

    @Override
    public void checkInterrupts() {
    }

    @Override
    public RegLookup regLookup() {
        return this;
    }

    @Override
    public String nameOf(PgType regType, long oid) {
        return regType.equals(Types.REGCLASS) && oid == 1259 ? "pg_class" : null;
    }

    @Override
    public long oidOf(PgType regType, String text) {
        if (regType.equals(Types.REGCLASS) && text.equals("pg_class")) {
            return 1259;
        }
        throw new PgException(SqlState.UNDEFINED_TABLE, "relation \"" + text + "\" does not exist");
    }
}
