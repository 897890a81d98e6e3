package dev.olifant.sql.ast;

import java.util.List;

/**
 * {@code CREATE [OR REPLACE] FUNCTION | PROCEDURE name (params) [RETURNS type | RETURNS TABLE (...)]
 * options AS 'body'}.
 *
 * @param returnType    the declared result type (SETOF in its flag), null for a procedure or for
 *                      RETURNS TABLE / OUT parameters only
 * @param tableColumns  RETURNS TABLE columns (as OUT parameters), empty otherwise
 * @param language      LANGUAGE, lower case; null when not written
 * @param body          the AS string (the function's source), null when not written
 * @param volatility    'i', 's' or 'v' as written, 0 when not written
 * @param strict        STRICT / RETURNS NULL ON NULL INPUT (true), CALLED ON NULL INPUT (false), null when not written
 * @param parallel      's', 'r' or 'u' as written, 0 when not written
 * @param bodyLocation  the offset of the body's first character in the query string, -1 when unknown
 */
public record CreateFunctionStmt(boolean orReplace, boolean procedure, QualifiedName name,
        List<FunctionParameter> parameters, TypeName returnType, List<FunctionParameter> tableColumns, String language,
        String body, int bodyLocation, char volatility, Boolean strict, char parallel, int location) implements Statement {
    public CreateFunctionStmt {
        parameters = List.copyOf(parameters);
        tableColumns = List.copyOf(tableColumns);
    }
}
