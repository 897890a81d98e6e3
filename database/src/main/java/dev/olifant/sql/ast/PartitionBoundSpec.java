package dev.olifant.sql.ast;

import java.util.List;

/**
 * A partition bound as written: {@code FOR VALUES IN (...)}, {@code FOR VALUES FROM (...) TO (...)},
 * {@code FOR VALUES WITH (MODULUS m, REMAINDER r)} or {@code DEFAULT}. In a range bound MINVALUE and
 * MAXVALUE are column references of those names, as PostgreSQL's grammar leaves them.
 */
public record PartitionBoundSpec(Kind kind, List<Expr> in, List<Expr> from, List<Expr> to, int modulus,
        int remainder, int location) {
    public enum Kind {
        LIST, RANGE, HASH, DEFAULT
    }

    public PartitionBoundSpec {
        in = List.copyOf(in);
        from = List.copyOf(from);
        to = List.copyOf(to);
    }
}
