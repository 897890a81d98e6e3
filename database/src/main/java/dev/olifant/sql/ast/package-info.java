/**
 * The raw syntax tree of PostgreSQL's SQL dialect (PostgreSQL's parsenodes.h before parse
 * analysis): records and sealed interfaces produced by {@code dev.olifant.sql.parser.Parser} and
 * printed back to SQL by {@code dev.olifant.sql.parser.SqlPrinter}.
 *
 * <p>Conventions for the whole tree:
 * <ul>
 *   <li>Lists are immutable and never null; an absent list clause is an empty list.</li>
 *   <li>Any other optional part is {@code null} when it was not written (documented per
 *       component); no {@code Optional}.</li>
 *   <li>{@code location} is the 0-based character offset of the node's characteristic token in the
 *       whole query string (for operators the operator itself, as in PostgreSQL), -1 when unknown.
 *       Errors report {@code position = location + 1}.</li>
 *   <li>Unquoted identifiers are folded to lower case; quoted identifiers are kept as written.</li>
 *   <li>Nothing is resolved: names are names, literals keep their text ({@link
 *       dev.olifant.sql.ast.NumericLiteral} keeps its lexeme), type names are normalised spellings
 *       for {@code dev.olifant.types.Types.byName}.</li>
 *   <li>SQL-standard function syntax (EXTRACT, POSITION, SUBSTRING, TRIM, OVERLAY, AT TIME ZONE)
 *       becomes a {@link dev.olifant.sql.ast.FuncCall} of the pg_catalog function PostgreSQL uses,
 *       with {@link dev.olifant.sql.ast.FuncSyntax} recording the spelling; CURRENT_DATE and the
 *       other parameterless value functions are {@link dev.olifant.sql.ast.SqlValueFunction}.</li>
 * </ul>
 */
package dev.olifant.sql.ast;
