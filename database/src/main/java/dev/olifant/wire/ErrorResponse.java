package dev.olifant.wire;

import dev.olifant.error.PgException;
import dev.olifant.error.Severity;

/**
 * ErrorResponse ('E') or NoticeResponse ('N'): a list of (field code, string) pairs ended by a
 * zero byte. S is the possibly localised severity and V the untranslated one (both English
 * here); C the SQLSTATE; M, D and H message, detail and hint; P the 1-based cursor position from
 * which psql draws its {@code LINE 1: ...} display.
 */
public record ErrorResponse(PgException error, boolean notice) implements BackendMessage {

    public static ErrorResponse error(PgException e) {
        return new ErrorResponse(e, false);
    }

    public static ErrorResponse notice(PgException e) {
        return new ErrorResponse(e, true);
    }

    @Override
    public void writeTo(MessageWriter out) {
        Severity severity = error.severity();
        out.begin(notice ? 'N' : 'E');
        field(out, 'S', severity.name());
        field(out, 'V', severity.name());
        field(out, 'C', error.state().code());
        field(out, 'M', error.getMessage() == null ? "" : error.getMessage());
        field(out, 'D', error.detail());
        field(out, 'H', error.hint());
        if (error.position() > 0) {
            field(out, 'P', Integer.toString(error.position()));
        }
        field(out, 'W', error.context());
        out.int8(0);
        out.end();
    }

    private static void field(MessageWriter out, char code, String value) {
        if (value != null) {
            out.int8(code).cstring(value);
        }
    }
}
