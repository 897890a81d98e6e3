package dev.olifant.sql.ast;

/**
 * A table (or view) reference: {@code [ONLY] name [*] [[AS] alias [(cols)]]}.
 * @param only ONLY was written
 * @param alias null when absent
 * @param location offset of the table name (after ONLY), as PostgreSQL's RangeVar
 */
public record TableRef(QualifiedName name, boolean only, Alias alias, int location) implements FromItem {
}
