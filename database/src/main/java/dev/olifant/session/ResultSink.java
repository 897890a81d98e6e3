package dev.olifant.session;

import dev.olifant.error.PgException;
import java.io.InputStream;
import java.util.List;

/**
 * Where a session writes what a statement produces. The wire layer implements it by framing
 * backend messages; the session decides what is sent and encodes every value (text or binary,
 * per the portal's result formats and the session's settings).
 */
public interface ResultSink {

    /** RowDescription; sent only by the simple query protocol (Describe covers the extended one). */
    void rowDescription(List<Field> fields);

    /** DataRow: one encoded value per column, {@code null} for SQL NULL. */
    void dataRow(byte[][] values);

    /** CommandComplete with its tag, e.g. {@code INSERT 0 3}, {@code SELECT 2}, {@code CREATE TABLE}. */
    void commandComplete(String tag);

    /** EmptyQueryResponse, for a query string with no statement in it. */
    void emptyQuery();

    /** NoticeResponse (the exception's severity is NOTICE, WARNING, INFO, ...). */
    void notice(PgException notice);

    /** ParameterStatus, after a reported setting changed. */
    void parameterStatus(String name, String value);

    /**
     * Starts COPY FROM STDIN: sends CopyInResponse and returns the CopyData payload as a stream
     * that ends at CopyDone. A CopyFail from the client surfaces as a {@link PgException} with
     * SQLSTATE 57014 ({@code COPY from stdin failed: ...}) from the stream's read methods.
     */
    InputStream copyIn(boolean binary, int columnCount);

    /** Starts COPY TO STDOUT: sends CopyOutResponse. */
    void copyOutStart(boolean binary, int columnCount);

    /** One CopyData message. */
    void copyData(byte[] data, int offset, int length);

    /** CopyDone. */
    void copyDone();
}
