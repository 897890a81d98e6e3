package dev.olifant.sql.analyze;

import dev.olifant.sql.ast.BinaryOp;
import dev.olifant.sql.ast.Cast;
import dev.olifant.sql.ast.Collate;
import dev.olifant.sql.ast.Expr;
import dev.olifant.sql.ast.FieldSelect;
import dev.olifant.sql.ast.Subscript;

/**
 * The leftmost location of an expression, as nodeFuncs.c exprLocation reports it for analysed
 * expressions: an operator or a cast is located at its left operand when that comes first
 * ({@code 'x'::text} at the literal, {@code a || b} at {@code a}). Errors about a whole
 * expression (a column assigned a value of the wrong type) point there.
 */
final class ExprLocations {
    private ExprLocations() {
    }

    static int leftmost(Expr e) {
        return switch (e) {
            case Cast c -> min(leftmost(c.arg()), c.location());
            case BinaryOp b -> min(leftmost(b.left()), b.location());
            case Collate c -> min(leftmost(c.arg()), c.location());
            case Subscript s -> min(leftmost(s.arg()), s.location());
            case FieldSelect f -> min(leftmost(f.arg()), f.location());
            default -> e.location();
        };
    }

    private static int min(int a, int b) {
        if (a < 0) {
            return b;
        }
        return b < 0 ? a : Math.min(a, b);
    }
}
