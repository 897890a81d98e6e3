package dev.olifant.exec;

import dev.olifant.txn.Snapshot;
import dev.olifant.txn.Transaction;
import dev.olifant.txn.TransactionManager;
import dev.olifant.txn.Visibility;
import dev.olifant.txn.ssi.SerializableXact;
import dev.olifant.storage.TupleVersion;
import dev.olifant.types.EvalContext;
import dev.olifant.types.FormatSettings;
import dev.olifant.types.RegLookup;
import java.time.Instant;

/**
 * Everything a statement's execution needs: its snapshot and transaction, parameter values,
 * session settings for value formatting, timestamps, and the interrupt flags.
 *
 * <p>Correlated subqueries see the current row of each enclosing query level through
 * {@link #outerRow(int)}: a subquery plan pushes the row it is evaluated for before running.
 */
public final class ExecContext implements EvalContext {
    private final Transaction transaction;
    private final Snapshot snapshot;
    private final int commandId;
    private final Object[] params;
    private final FormatSettings settings;
    private final Instant transactionTimestamp;
    private final Instant statementTimestamp;
    private final Interrupts interrupts;
    private final RegLookup regLookup;
    private final SessionServices services;
    /**
     * The context analysis folds constant expressions with: anything that asks it for the session,
     * transaction, settings or time gets {@link NotConstant}, and the expression stays unfolded to
     * be evaluated when the statement runs.
     */
    public static final ExecContext CONSTANT_FOLDING = new ExecContext();

    /** Thrown by {@link #CONSTANT_FOLDING} when an expression needs more than its arguments. */
    public static final class NotConstant extends RuntimeException {
        private NotConstant() {
            super(null, null, false, false);
        }
    }

    private static final NotConstant NOT_CONSTANT = new NotConstant();

    private Object[][] outerRows = new Object[4][];
    private int outerDepth;
    private long checks;

    public ExecContext(Transaction transaction, Snapshot snapshot, Object[] params, FormatSettings settings,
            Instant transactionTimestamp, Instant statementTimestamp, Interrupts interrupts, RegLookup regLookup,
            SessionServices services) {
        this.transaction = transaction;
        this.snapshot = snapshot;
        this.commandId = transaction.commandId();
        this.params = params;
        this.settings = settings;
        this.transactionTimestamp = transactionTimestamp;
        this.statementTimestamp = statementTimestamp;
        this.interrupts = interrupts;
        this.regLookup = regLookup;
        this.services = services;
    }

    private ExecContext() {
        this.transaction = null;
        this.snapshot = null;
        this.commandId = 0;
        this.params = new Object[0];
        this.settings = null;
        this.transactionTimestamp = null;
        this.statementTimestamp = null;
        this.interrupts = new Interrupts();
        this.regLookup = null;
        this.services = null;
    }

    private static <T> T need(T value) {
        if (value == null) {
            throw NOT_CONSTANT;
        }
        return value;
    }

    public Transaction transaction() {
        return need(transaction);
    }

    public TransactionManager transactions() {
        return need(transaction).manager();
    }

    public Snapshot snapshot() {
        return need(snapshot);
    }

    public int commandId() {
        return commandId;
    }

    public Object param(int index) {
        if (index >= params.length) {
            throw NOT_CONSTANT;
        }
        return params[index];
    }

    public SessionServices services() {
        return need(services);
    }

    /** Whether a tuple version exists for this statement. */
    public boolean isVisible(TupleVersion t) {
        return Visibility.isVisible(t, need(snapshot), transaction, commandId);
    }

    /**
     * The SSI state reads and writes report to: non-null only under SERIALIZABLE (and not once a
     * read-only transaction is known safe), so other isolation levels pay one null check.
     */
    public SerializableXact serializable() {
        return transaction == null ? null : transaction.serializable();
    }

    public void pushOuter(Object[] row) {
        if (outerDepth == outerRows.length) {
            outerRows = java.util.Arrays.copyOf(outerRows, outerDepth * 2);
        }
        outerRows[outerDepth++] = row;
    }

    public void popOuter() {
        outerRows[--outerDepth] = null;
    }

    /** The current row of the query {@code levelsUp} levels out (1 = the immediately enclosing one). */
    public Object[] outerRow(int levelsUp) {
        return outerRows[outerDepth - levelsUp];
    }

    /** A cheap interrupt check for per-row loops: the real check runs every 256 calls. */
    public void checkInterruptsCheaply() {
        if ((++checks & 255) == 0) {
            interrupts.check();
        }
    }

    @Override
    public void checkInterrupts() {
        interrupts.check();
    }

    public Interrupts interrupts() {
        return interrupts;
    }

    @Override
    public FormatSettings settings() {
        return need(settings);
    }

    @Override
    public Instant transactionTimestamp() {
        return need(transactionTimestamp);
    }

    @Override
    public Instant statementTimestamp() {
        return need(statementTimestamp);
    }

    @Override
    public RegLookup regLookup() {
        return need(regLookup);
    }
}
