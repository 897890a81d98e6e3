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
 *   <li>Every query is a {@link dev.olifant.sql.ast.SelectStmt} (WITH, body, ORDER BY, LIMIT /
 *       OFFSET / FETCH, locking) whose body is a {@link dev.olifant.sql.ast.SimpleSelect}, a
 *       {@link dev.olifant.sql.ast.ValuesClause}, a {@link dev.olifant.sql.ast.SetOperation} or a
 *       parenthesized SelectStmt that has clauses of its own; subqueries, INSERT sources, CTE and
 *       view bodies are SelectStmts too. {@code TABLE t} is {@code SELECT * FROM t}, and a
 *       top-level {@code SELECT … INTO t} is a {@link dev.olifant.sql.ast.CreateTableAsStmt}.</li>
 *   <li>A minus directly before a numeric constant is folded into the
 *       {@link dev.olifant.sql.ast.NumericLiteral} (PostgreSQL's doNegate).</li>
 *   <li>Statements PostgreSQL has but Olifant does not implement parse to
 *       {@link dev.olifant.sql.ast.UnsupportedStmt}, to be rejected with 0A000 when analysed.</li>
 * </ul>
 *
 * <p>Entry point: {@code Parser.parse(sql)} returns {@link dev.olifant.sql.ast.RawStatement}s,
 * each a {@link dev.olifant.sql.ast.Statement} with its own source text span. Statements split into
 * {@link dev.olifant.sql.ast.PreparableStatement}s (SELECT, INSERT, UPDATE, DELETE), DDL
 * ({@code Create…Stmt}, {@code Alter…Stmt}, {@link dev.olifant.sql.ast.DropStmt},
 * {@link dev.olifant.sql.ast.RenameStmt}, {@link dev.olifant.sql.ast.GrantStmt}, …) and utility
 * statements ({@link dev.olifant.sql.ast.SetStmt}, {@link dev.olifant.sql.ast.TransactionStmt},
 * {@link dev.olifant.sql.ast.CopyStmt}, {@link dev.olifant.sql.ast.ExplainStmt}, …); a switch over
 * the sealed {@link dev.olifant.sql.ast.Statement} is checked for exhaustiveness by the compiler.
 */
package dev.olifant.sql.ast;
