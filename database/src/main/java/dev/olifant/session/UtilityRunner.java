package dev.olifant.session;

import dev.olifant.error.PgException;
import dev.olifant.error.Severity;
import dev.olifant.error.SqlState;
import dev.olifant.sql.analyze.ResultColumn;
import dev.olifant.sql.ast.BoolLiteral;
import dev.olifant.sql.ast.Cast;
import dev.olifant.sql.ast.CheckpointStmt;
import dev.olifant.sql.ast.ColumnRef;
import dev.olifant.sql.ast.DiscardStmt;
import dev.olifant.sql.ast.Expr;
import dev.olifant.sql.ast.NumericLiteral;
import dev.olifant.sql.ast.ResetStmt;
import dev.olifant.sql.ast.SetKind;
import dev.olifant.sql.ast.SetStmt;
import dev.olifant.sql.ast.SetTransactionStmt;
import dev.olifant.sql.ast.ShowStmt;
import dev.olifant.sql.ast.Statement;
import dev.olifant.sql.ast.StringLiteral;
import dev.olifant.sql.ast.TransactionMode;
import dev.olifant.sql.ast.TransactionStmt;
import dev.olifant.sql.ast.UnaryOp;
import dev.olifant.sql.ast.VacuumStmt;
import dev.olifant.txn.IsolationLevel;
import dev.olifant.txn.Transaction;
import dev.olifant.types.FormatSettings;
import dev.olifant.types.Interval;
import dev.olifant.types.TextIO;
import dev.olifant.types.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Transaction control, SET / SHOW / RESET, and the small utility statements. */
final class UtilityRunner {
    /** A utility statement's outcome: its tag, and rows when it returns some (SHOW). */
    record Result(String tag, List<ResultColumn> columns, List<Object[]> rows) {
        static Result tag(String tag) {
            return new Result(tag, null, null);
        }
    }

    private final PgSession session;
    private final SavepointRunner savepoints;
    private final TransactionModes modes;

    UtilityRunner(PgSession session) {
        this.session = session;
        this.savepoints = new SavepointRunner(session);
        this.modes = new TransactionModes(session);
    }

    /** The columns a utility statement returns, or null. */
    List<ResultColumn> resultColumns(Statement s) {
        if (s instanceof ShowStmt show) {
            if (show.name().equalsIgnoreCase("all")) {
                return List.of(new ResultColumn("name", Types.TEXT, -1, 0, 0),
                        new ResultColumn("setting", Types.TEXT, -1, 0, 0),
                        new ResultColumn("description", Types.TEXT, -1, 0, 0));
            }
            return StatementRunner.textColumn(showName(show.name()));
        }
        return null;
    }

    /** Runs the statement if it is one of ours; null otherwise. */
    Result run(Statement s, ResultSink sink) {
        return switch (s) {
            case TransactionStmt t -> transaction(t, sink);
            case SetStmt set -> set(set, sink);
            case ResetStmt r -> reset(r, sink);
            case ShowStmt show -> show(show);
            case SetTransactionStmt st -> setTransaction(st, sink);
            case dev.olifant.sql.ast.SetConstraintsStmt sc -> ConstraintModes.run(session, sc, sink);
            case DiscardStmt d when d.target() == dev.olifant.sql.ast.DiscardTarget.TEMP -> null; // a command
            case DiscardStmt d -> discard(d, sink);
            case VacuumStmt v -> {
                new VacuumRunner(session).run(v, sink);
                yield Result.tag(v.vacuum() ? "VACUUM" : "ANALYZE");
            }
            case dev.olifant.sql.ast.ListenStmt l -> {
                session.beginStatementTransaction();
                session.notifications().listen(l.channel());
                yield Result.tag("LISTEN");
            }
            case dev.olifant.sql.ast.UnlistenStmt u -> {
                session.beginStatementTransaction();
                session.notifications().unlisten(u.channel());
                yield Result.tag("UNLISTEN");
            }
            case dev.olifant.sql.ast.NotifyStmt n -> {
                if (session.beginStatementTransaction().readOnly()) {
                    throw new PgException(SqlState.READ_ONLY_SQL_TRANSACTION,
                            "cannot execute NOTIFY in a read-only transaction");
                }
                session.notifications().notify(n.channel(), n.payload());
                yield Result.tag("NOTIFY");
            }
            case CheckpointStmt c -> {
                session.checkpoint();
                yield Result.tag("CHECKPOINT");
            }
            default -> null;
        };
    }

    private static PgException warning(SqlState state, String message) {
        return new PgException(state, message).withSeverity(Severity.WARNING);
    }

    private Result transaction(TransactionStmt t, ResultSink sink) {
        TransactionState tx = session.tx;
        switch (t.kind()) {
            case BEGIN, START -> {
                if (tx.explicit()) {
                    session.notice(sink, warning(SqlState.ACTIVE_SQL_TRANSACTION, "there is already a transaction in progress"));
                    return Result.tag(t.kind() == dev.olifant.sql.ast.TransactionKind.BEGIN ? "BEGIN" : "START TRANSACTION");
                }
                session.beginStatementTransaction();
                tx.setExplicit(true);
                applyModes(t.modes());
                return Result.tag(t.kind() == dev.olifant.sql.ast.TransactionKind.BEGIN ? "BEGIN" : "START TRANSACTION");
            }
            case COMMIT -> {
                if (t.chain()) {
                    throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "COMMIT AND CHAIN is not supported yet");
                }
                if (!tx.explicit()) {
                    session.notice(sink, warning(SqlState.NO_ACTIVE_SQL_TRANSACTION, "there is no transaction in progress"));
                    return Result.tag("COMMIT");
                }
                if (tx.failed()) {
                    session.rollbackTransaction(sink);
                    return Result.tag("ROLLBACK");
                }
                session.commitTransaction(sink);
                return Result.tag("COMMIT");
            }
            case ROLLBACK -> {
                if (t.chain()) {
                    throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "ROLLBACK AND CHAIN is not supported yet");
                }
                if (!tx.explicit()) {
                    session.notice(sink, warning(SqlState.NO_ACTIVE_SQL_TRANSACTION, "there is no transaction in progress"));
                    return Result.tag("ROLLBACK");
                }
                session.rollbackTransaction(sink);
                return Result.tag("ROLLBACK");
            }
            case SAVEPOINT, RELEASE, ROLLBACK_TO -> {
                return savepoints.run(t, sink);
            }
            default -> throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    t.kind().name().replace('_', ' ') + " is not supported yet");
        }
    }

    /** Applies BEGIN / SET TRANSACTION modes to the current transaction. */
    private void applyModes(List<TransactionMode> list) {
        modes.apply(list);
    }

    private Result setTransaction(SetTransactionStmt st, ResultSink sink) {
        if (st.sessionCharacteristics()) {
            for (TransactionMode m : st.modes()) {
                switch (m.kind()) {
                    case ISOLATION_LEVEL -> session.settings.set("default_transaction_isolation",
                            IsolationLevel.valueOf(m.isolationLevel().name()).sqlName(), false, session.tx.active(), true);
                    case READ_ONLY -> session.settings.set("default_transaction_read_only", "on", false,
                            session.tx.active(), true);
                    case READ_WRITE -> session.settings.set("default_transaction_read_only", "off", false,
                            session.tx.active(), true);
                    case DEFERRABLE -> session.settings.set("default_transaction_deferrable", "on", false,
                            session.tx.active(), true);
                    case NOT_DEFERRABLE -> session.settings.set("default_transaction_deferrable", "off", false,
                            session.tx.active(), true);
                    default -> {
                    }
                }
            }
            return Result.tag("SET");
        }
        if (!session.tx.explicit()) {
            session.notice(sink, warning(SqlState.NO_ACTIVE_SQL_TRANSACTION, "SET TRANSACTION can only be used in transaction blocks"));
            return Result.tag("SET");
        }
        applyModes(st.modes());
        return Result.tag("SET");
    }

    private Result set(SetStmt s, ResultSink sink) {
        String name = s.name();
        if (TransactionModes.isTransactionSetting(name)) {
            if (s.kind() != SetKind.DEFAULT && session.tx.active()) {
                modes.set(name, valueText(name, s.values()));
            }
            return Result.tag("SET");
        }
        if (s.local() && !session.tx.explicit()) {
            session.notice(sink, warning(SqlState.NO_ACTIVE_SQL_TRANSACTION, "SET LOCAL can only be used in transaction blocks"));
            return Result.tag("SET");
        }
        String value = s.kind() == SetKind.DEFAULT ? null : valueText(name, s.values());
        if (s.kind() == SetKind.FROM_CURRENT) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "SET FROM CURRENT is not supported");
        }
        Map<String, String> before = session.reportedParameters();
        setChecked(name, value, s.local());
        session.reportChanged(before, sink);
        return Result.tag("SET");
    }

    /**
     * Sets a setting; {@code role} and {@code session_authorization} are checked against the roles
     * first, and is_superuser follows the current user they make.
     */
    private void setChecked(String name, String value, boolean local) {
        if (!SessionRoles.governs(name)) {
            session.settings.set(name, value, local, session.tx.active(), session.role().superuser());
            return;
        }
        String checked = session.roles().check(name, value);
        boolean active = session.tx.active();
        session.settings.set(name, checked, local, active, true);
        if (name.equalsIgnoreCase("session_authorization")) {
            session.settings.set("role", SessionRoles.NONE, local, active, true);
        }
        session.settings.setDerived("is_superuser", session.role().superuser() ? "on" : "off", local, active);
    }

    /** SET TIME ZONE INTERVAL '...': the interval's time as hours east, which the setting then names. */
    private static String intervalZoneHours(String text) {
        Interval iv = (Interval) TextIO.input(Types.INTERVAL, -1, text, FormatSettings.defaults(java.time.ZoneOffset.UTC), null);
        if (iv.months() != 0 || iv.days() != 0) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "invalid value for parameter \"TimeZone\": \"INTERVAL '"
                    + TextIO.output(Types.INTERVAL, iv, FormatSettings.defaults(java.time.ZoneOffset.UTC), null) + "'\"")
                    .withDetail("Cannot specify " + (iv.months() != 0 ? "months" : "days") + " in time zone interval.");
        }
        return java.math.BigDecimal.valueOf(iv.micros()).divide(java.math.BigDecimal.valueOf(3_600_000_000L),
                java.math.MathContext.DECIMAL64).toPlainString();
    }

    private static String valueText(String name, List<Expr> values) {
        List<String> parts = new ArrayList<>();
        for (Expr e : values) {
            parts.add(switch (e) {
                case StringLiteral sl -> sl.value();
                case NumericLiteral n -> n.text();
                case UnaryOp u when u.operand() instanceof NumericLiteral n && u.operator().name().equals("-") -> "-" + n.text();
                case BoolLiteral b -> b.value() ? "on" : "off";
                case Cast c when c.arg() instanceof StringLiteral sl && name.equalsIgnoreCase("timezone") ->
                        intervalZoneHours(sl.value());
                case ColumnRef c -> name.equalsIgnoreCase("search_path") ? CatalogRegLookup.quote(c.fields().get(0))
                        : c.fields().get(0);
                default -> throw new PgException(SqlState.SYNTAX_ERROR, "invalid value for parameter \"" + name + "\"")
                        .withPosition(e.location() + 1);
            });
        }
        if (parts.size() > 1 && !name.equalsIgnoreCase("search_path") && !name.equalsIgnoreCase("datestyle")) {
            throw new PgException(SqlState.SYNTAX_ERROR, "SET " + name + " takes only one argument");
        }
        return String.join(", ", parts);
    }

    private Result reset(ResetStmt r, ResultSink sink) {
        Map<String, String> before = session.reportedParameters();
        if (r.name() == null || r.name().equalsIgnoreCase("all")) {
            for (SettingDef d : SettingDefs.all()) {
                if (d.settableBySession() && !d.name().startsWith("transaction_")
                        && !d.name().equals("session_authorization")) {
                    session.settings.set(d.name(), null, false, session.tx.active(), true);
                }
            }
        } else {
            setChecked(r.name(), null, false);
        }
        session.reportChanged(before, sink);
        return Result.tag("RESET");
    }

    private static String showName(String name) {
        SettingDef d = SettingDefs.find(name);
        return d == null ? name.toLowerCase(Locale.ROOT) : d.name();
    }

    String show(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        Transaction txn = session.tx.current();
        if (n.equals("transaction_isolation")) {
            return txn != null ? txn.isolation().sqlName() : session.settings.show("default_transaction_isolation");
        }
        if (n.equals("transaction_read_only")) {
            boolean ro = txn != null ? txn.readOnly() : session.settings.getBool("default_transaction_read_only");
            return ro ? "on" : "off";
        }
        if (n.equals("transaction_deferrable")) {
            boolean d = txn != null ? txn.deferrable() : session.settings.getBool("default_transaction_deferrable");
            return d ? "on" : "off";
        }
        return session.settings.show(name);
    }

    private Result show(ShowStmt s) {
        if (s.name().equalsIgnoreCase("all")) {
            List<Object[]> rows = new ArrayList<>();
            List<SettingDef> defs = new ArrayList<>(SettingDefs.all());
            defs.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));
            for (SettingDef d : defs) {
                rows.add(new Object[] {d.name(), show(d.name()), d.description()});
            }
            return new Result("SHOW", resultColumns(s), rows);
        }
        String v = show(s.name());
        return new Result("SHOW", resultColumns(s), List.<Object[]>of(new Object[] {v}));
    }

    private Result discard(DiscardStmt d, ResultSink sink) {
        switch (d.target()) {
            case ALL -> {
                if (session.tx.explicit()) {
                    throw new PgException(SqlState.ACTIVE_SQL_TRANSACTION, "DISCARD ALL cannot run inside a transaction block");
                }
                reset(new ResetStmt("all", -1), sink);
                session.closeAllPrepared();
                session.discardSequences();
                TempObjects.dropAtExit(session);
                return Result.tag("DISCARD ALL");
            }
            case PLANS -> {
                return Result.tag("DISCARD PLANS");
            }
            case SEQUENCES -> {
                session.discardSequences();
                return Result.tag("DISCARD SEQUENCES");
            }
            default -> {
                return Result.tag("DISCARD TEMP");
            }
        }
    }
}
