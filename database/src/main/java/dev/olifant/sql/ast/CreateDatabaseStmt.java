package dev.olifant.sql.ast;

import java.util.List;

/**
 * {@code CREATE DATABASE name [[WITH] option [=] value …]}; option names as PostgreSQL's DefElems:
 * owner, template, encoding, locale, lc_collate, lc_ctype, tablespace, allow_connections,
 * connection_limit, is_template, strategy, oid ….
 */
public record CreateDatabaseStmt(String name, List<DefElem> options, int location) implements Statement {
    public CreateDatabaseStmt {
        options = List.copyOf(options);
    }
}
