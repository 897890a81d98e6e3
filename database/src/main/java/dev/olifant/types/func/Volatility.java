package dev.olifant.types.func;

/** pg_proc.provolatile. */
public enum Volatility {
    IMMUTABLE, STABLE, VOLATILE
}
