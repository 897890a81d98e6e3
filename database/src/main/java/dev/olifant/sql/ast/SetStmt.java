package dev.olifant.sql.ast;

import java.util.List;

/**
 * {@code SET [SESSION | LOCAL] name {TO | =} value, … | DEFAULT}, also the special forms: SET TIME
 * ZONE (name {@code timezone}, LOCAL is DEFAULT), SET SCHEMA 'x' ({@code search_path}), SET NAMES
 * ({@code client_encoding}), SET ROLE ({@code role}), SET SESSION AUTHORIZATION ({@code
 * session_authorization}), SET XML OPTION ({@code xmloption}), and {@code SET name FROM CURRENT}.
 * Word values are StringLiterals of the lower-cased word (identifiers keep their case when
 * quoted); numbers are NumericLiterals with their sign.
 * @param name the parameter name as an identifier (folded unless quoted; compare case-insensitively), dotted
 *     custom names joined by {@code .}
 * @param values the values for VALUE (StringLiteral, NumericLiteral, or a Cast for SET TIME ZONE
 *     INTERVAL '…'); empty otherwise
 * @param local SET LOCAL
 */
public record SetStmt(
        String name,
        SetKind kind,
        List<Expr> values,
        boolean local,
        int location) implements Statement {
    public SetStmt {
        values = List.copyOf(values);
    }
}
