package dev.olifant.sql.analyze;

import dev.olifant.exec.expr.Expression;
import dev.olifant.sql.ast.Expr;

/** One output column being built: its expression, name, origin and source syntax (null for a star column). */
record Target(Expression expr, String name, long tableOid, int attnum, Expr source, boolean junk) {
}
