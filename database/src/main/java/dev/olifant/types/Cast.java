package dev.olifant.types;

/** A conversion of a non-null value from one type to another (pg_cast, or I/O conversion). */
@FunctionalInterface
public interface Cast {
    Object apply(Object value, EvalContext context);
}
