package dev.olifant.sql.ast;

/**
 * {@code x [NOT] LIKE | ILIKE | SIMILAR TO pattern [ESCAPE e]}.
 * @param escape the ESCAPE expression, null when absent
 * @param location offset of LIKE / ILIKE / SIMILAR (or of NOT)
 */
public record Like(
        Expr arg,
        Expr pattern,
        Expr escape,
        LikeKind kind,
        boolean not,
        int location) implements Expr {
}
