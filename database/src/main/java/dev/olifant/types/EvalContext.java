package dev.olifant.types;

import java.time.Instant;

/** What a function may ask of the statement evaluating it. Implemented by the executor. */
public interface EvalContext {

    FormatSettings settings();

    /** now(), transaction_timestamp(), CURRENT_TIMESTAMP. */
    Instant transactionTimestamp();

    /** statement_timestamp(). */
    Instant statementTimestamp();

    /** Raises 57014 (or 57P01) when the statement was cancelled; long-running functions call it often. */
    void checkInterrupts();

    RegLookup regLookup();
}
