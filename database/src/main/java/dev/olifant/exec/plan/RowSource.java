package dev.olifant.exec.plan;

/** An open plan operator: {@link #next()} returns the next row, or null when there are no more. */
public interface RowSource extends AutoCloseable {

    Object[] next();

    @Override
    default void close() {
    }
}
