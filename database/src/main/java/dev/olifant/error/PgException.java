package dev.olifant.error;

/**
 * An error (or, with a non-error severity, a notice) exactly as the client will see it.
 *
 * <p>The code that detects the problem chooses the SQLSTATE; nothing above it translates.
 * {@code position} is the 1-based character offset into the query string (0 = none), which psql
 * turns into the {@code LINE 1: ...^} cursor display.
 */
public class PgException extends RuntimeException {
    private final SqlState state;
    private final Severity severity;
    private final String detail;
    private final String hint;
    private final int position;
    private final String context;

    public PgException(SqlState state, String message) {
        this(state, Severity.ERROR, message, null, null, 0, null);
    }

    public PgException(SqlState state, String message, Throwable cause) {
        this(state, Severity.ERROR, message, null, null, 0, cause);
    }

    public PgException(SqlState state, Severity severity, String message, String detail, String hint,
            int position, Throwable cause) {
        this(state, severity, message, detail, hint, position, null, cause);
    }

    private PgException(SqlState state, Severity severity, String message, String detail, String hint, int position,
            String context, Throwable cause) {
        super(message, cause, false, cause != null);
        this.state = state;
        this.severity = severity;
        this.detail = detail;
        this.hint = hint;
        this.position = position;
        this.context = context;
    }

    public static PgException of(SqlState state, String format, Object... args) {
        return new PgException(state, args.length == 0 ? format : String.format(format, args));
    }

    /** An unexpected internal failure: XX000, the session survives it. */
    public static PgException internal(Throwable cause) {
        String msg = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new PgException(SqlState.INTERNAL_ERROR, Severity.ERROR, msg, null, null, 0, cause);
    }

    public PgException withDetail(String newDetail) {
        return new PgException(state, severity, getMessage(), newDetail, hint, position, context, getCause());
    }

    public PgException withHint(String newHint) {
        return new PgException(state, severity, getMessage(), detail, newHint, position, context, getCause());
    }

    /** Attaches a cursor position unless one is already set (the innermost position wins). */
    public PgException withPosition(int newPosition) {
        if (position > 0 || newPosition <= 0) {
            return this;
        }
        return new PgException(state, severity, getMessage(), detail, hint, newPosition, context, getCause());
    }

    public PgException withSeverity(Severity newSeverity) {
        return new PgException(state, newSeverity, getMessage(), detail, hint, position, context, getCause());
    }

    /** Where the error happened (the CONTEXT line), e.g. {@code COPY t, line 3: "..."}; added by the outermost code that knows. */
    public PgException withContext(String newContext) {
        if (context != null) {
            return this;
        }
        return new PgException(state, severity, getMessage(), detail, hint, position, newContext, getCause());
    }

    public String context() {
        return context;
    }

    public SqlState state() {
        return state;
    }

    public Severity severity() {
        return severity;
    }

    public String detail() {
        return detail;
    }

    public String hint() {
        return hint;
    }

    public int position() {
        return position;
    }
}
