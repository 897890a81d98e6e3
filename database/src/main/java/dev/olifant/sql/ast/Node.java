package dev.olifant.sql.ast;

/**
 * Every node of the syntax tree.
 *
 * <p>Conventions of the whole tree: lists are immutable and never null (empty when the clause is
 * absent); any other component documented as "null when absent" is null exactly when the optional
 * syntax was not written; {@code location} components are 0-based character offsets into the whole
 * query string (−1 when unknown), and errors report {@code position = location + 1}. Unquoted
 * identifiers are folded to lower case, quoted identifiers are kept as written. Equality of
 * records includes locations.
 */
public sealed interface Node
        permits Statement,
                Expr,
                FromItem,
                QueryBody,
                TableElement,
                AlterTableCmd {
}
