package dev.olifant.plpgsql;

import dev.olifant.error.PgException;
import dev.olifant.types.PgType;
import java.util.List;

/** What the interpreter asks of the engine: running SQL, converting values, notices, subtransactions. */
public interface PlRuntime {

    /**
     * The rows a statement produced (or, for DML without RETURNING, none) and how many rows it
     * processed; {@code columns} and {@code types} are empty for a statement that returns no rows.
     */
    record Result(List<String> columns, List<PgType> types, List<Object[]> rows, long processed, boolean returnsRows) {
    }

    /**
     * Runs one SQL statement with {@code $n} parameters of the given types and values. An error
     * while parsing or analysing it comes as {@link PrepareFailed} (error context then names the
     * SQL, as PostgreSQL's does for errors while preparing), one while running it as itself.
     */
    Result run(String sql, List<PgType> paramTypes, List<Object> params);

    /** An error raised while a statement was parsed or analysed (constant folding included). */
    final class PrepareFailed extends RuntimeException {
        private final transient PgException error;

        public PrepareFailed(PgException error) {
            super(error.getMessage(), null, false, false);
            this.error = error;
        }

        public PgException error() {
            return error;
        }
    }

    /** Converts a value for assignment (PostgreSQL's assignment cast, else through text). */
    Object convert(Object value, PgType from, PgType to);

    /** A value's text output, as RAISE and record output show it. */
    String text(Object value, PgType type);

    /** The type a declaration's type name denotes ({@code %TYPE} and {@code %ROWTYPE} excluded). */
    PgType type(String typeName);

    /** Sends a NOTICE / WARNING / INFO ... to the client. */
    void notice(PgException notice);

    /** Starts a subtransaction for a block with exception handlers; returns its mark. */
    Object beginSubtransaction();

    void commitSubtransaction(Object mark);

    void rollbackSubtransaction(Object mark);
}
