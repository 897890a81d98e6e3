package dev.olifant.session;

import dev.olifant.error.PgException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A result sink that records what a session sends, decoding text-format values. */
final class RecordingSink implements ResultSink {
    final List<List<Field>> descriptions = new ArrayList<>();
    final List<List<String>> rows = new ArrayList<>();
    final List<String> tags = new ArrayList<>();
    final List<PgException> notices = new ArrayList<>();
    final List<String> parameterStatus = new ArrayList<>();
    final StringBuilder copyOut = new StringBuilder();
    String copyInData = "";

    /** Runs {@code sql} through the simple query protocol and returns what the session sent. */
    static RecordingSink run(Session s, String sql) {
        RecordingSink sink = new RecordingSink();
        s.simpleQuery(sql, sink);
        return sink;
    }

    /** The error {@code sql} raises; fails when it raises none. */
    static PgException error(Session s, String sql) {
        try {
            run(s, sql);
        } catch (PgException e) {
            return e;
        }
        throw new AssertionError("no error from " + sql);
    }

    @Override
    public void rowDescription(List<Field> fields) {
        descriptions.add(fields);
    }

    @Override
    public void dataRow(byte[][] values) {
        List<String> r = new ArrayList<>();
        for (byte[] v : values) {
            r.add(v == null ? null : new String(v, StandardCharsets.UTF_8));
        }
        rows.add(r);
    }

    @Override
    public void commandComplete(String tag) {
        tags.add(tag);
    }

    @Override
    public void emptyQuery() {
        tags.add("EMPTY");
    }

    @Override
    public void notice(PgException notice) {
        notices.add(notice);
    }

    @Override
    public void parameterStatus(String name, String value) {
        parameterStatus.add(name + "=" + value);
    }

    @Override
    public InputStream copyIn(boolean binary, int columnCount) {
        return new ByteArrayInputStream(copyInData.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void copyOutStart(boolean binary, int columnCount) {
    }

    @Override
    public void copyData(byte[] data, int offset, int length) {
        copyOut.append(new String(data, offset, length, StandardCharsets.UTF_8));
    }

    @Override
    public void copyDone() {
    }
}
