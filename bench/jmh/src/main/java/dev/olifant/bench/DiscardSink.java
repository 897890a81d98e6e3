package dev.olifant.bench;

import dev.olifant.error.PgException;
import dev.olifant.session.Field;
import dev.olifant.session.ResultSink;
import java.io.InputStream;
import java.util.List;

/**
 * A result sink that keeps nothing but a row count and the last row, which the benchmarks
 * return so that the work cannot be optimised away.
 */
final class DiscardSink implements ResultSink {
    long rows;
    byte[][] last;

    @Override
    public void rowDescription(List<Field> fields) {
    }

    @Override
    public void dataRow(byte[][] values) {
        rows++;
        last = values;
    }

    @Override
    public void commandComplete(String tag) {
    }

    @Override
    public void emptyQuery() {
    }

    @Override
    public void notice(PgException notice) {
    }

    @Override
    public void parameterStatus(String name, String value) {
    }

    @Override
    public InputStream copyIn(boolean binary, int columnCount) {
        throw new UnsupportedOperationException("COPY is not benchmarked");
    }

    @Override
    public void copyOutStart(boolean binary, int columnCount) {
    }

    @Override
    public void copyData(byte[] data, int offset, int length) {
    }

    @Override
    public void copyDone() {
    }
}
