package dev.olifant.session;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.sql.ast.TransactionMode;
import dev.olifant.txn.IsolationLevel;
import dev.olifant.txn.Transaction;
import java.util.List;
import java.util.Locale;

/**
 * The current transaction's modes: BEGIN / SET TRANSACTION modes and the {@code transaction_isolation},
 * {@code transaction_read_only} and {@code transaction_deferrable} settings, with PostgreSQL's
 * checks (check_XactIsoLevel, check_transaction_read_only, check_transaction_deferrable): the
 * isolation level and deferrability are fixed by the first query and cannot change in a
 * subtransaction; read-write mode can only be chosen before the first query and never inside a
 * subtransaction of a read-only transaction. Changing to the current value is always allowed.
 */
final class TransactionModes {
    private final PgSession session;

    TransactionModes(PgSession session) {
        this.session = session;
    }

    static boolean isTransactionSetting(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.equals("transaction_isolation") || n.equals("transaction_read_only")
                || n.equals("transaction_deferrable");
    }

    void apply(List<TransactionMode> modes) {
        Transaction txn = session.tx.current();
        IsolationLevel iso = txn.isolation();
        Boolean readOnly = null;
        boolean deferrable = txn.deferrable();
        for (TransactionMode m : modes) {
            switch (m.kind()) {
                case ISOLATION_LEVEL -> iso = IsolationLevel.valueOf(m.isolationLevel().name());
                case READ_ONLY -> readOnly = true;
                case READ_WRITE -> readOnly = false;
                case DEFERRABLE -> deferrable = true;
                case NOT_DEFERRABLE -> deferrable = false;
            }
        }
        change(txn, iso, readOnly, deferrable);
    }

    /** SET transaction_isolation / transaction_read_only / transaction_deferrable inside a transaction. */
    void set(String name, String value) {
        String n = name.toLowerCase(Locale.ROOT);
        SettingDef def = SettingDefs.find(n.equals("transaction_isolation") ? "default_transaction_isolation"
                : n.equals("transaction_read_only") ? "default_transaction_read_only" : "default_transaction_deferrable");
        String canonical;
        try {
            canonical = SettingValues.canonical(def, value);
        } catch (PgException e) {
            throw new PgException(e.state(), e.getMessage().replace(def.name(), n)).withHint(e.hint());
        }
        Transaction txn = session.tx.current();
        switch (n) {
            case "transaction_isolation" -> change(txn, IsolationLevel.fromSqlName(canonical), null, txn.deferrable());
            case "transaction_read_only" -> change(txn, txn.isolation(), canonical.equals("on"), txn.deferrable());
            default -> change(txn, txn.isolation(), null, canonical.equals("on"));
        }
    }

    private void change(Transaction txn, IsolationLevel iso, Boolean readOnly, boolean deferrable) {
        boolean sub = txn.subtransactionDepth() > 0;
        if (iso != txn.isolation()) {
            if (txn.snapshotTaken()) {
                throw active("SET TRANSACTION ISOLATION LEVEL must be called before any query");
            }
            if (sub) {
                throw active("SET TRANSACTION ISOLATION LEVEL must not be called in a subtransaction");
            }
        }
        if (readOnly != null && !readOnly && txn.readOnly()) {
            if (sub) {
                throw active("cannot set transaction read-write mode inside a read-only transaction");
            }
            if (txn.snapshotTaken()) {
                throw active("transaction read-write mode must be set before any query");
            }
        }
        if (deferrable != txn.deferrable()) {
            if (sub) {
                throw active("SET TRANSACTION [NOT] DEFERRABLE cannot be called within a subtransaction");
            }
            if (txn.snapshotTaken()) {
                throw active("SET TRANSACTION [NOT] DEFERRABLE must be called before any query");
            }
        }
        if (iso != txn.isolation() || deferrable != txn.deferrable()) {
            txn.setModes(iso, deferrable);
        }
        if (readOnly != null) {
            txn.setReadOnly(readOnly);
        }
    }

    private static PgException active(String message) {
        return new PgException(SqlState.ACTIVE_SQL_TRANSACTION, message);
    }
}
