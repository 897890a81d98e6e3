/**
 * The hand-written front end for PostgreSQL's SQL dialect (PostgreSQL's parser directory):
 * {@link dev.olifant.sql.parser.Lexer} follows scan.l (version 15), the recursive-descent parser
 * follows gram.y's grammar and operator precedence, and {@link dev.olifant.sql.parser.SqlPrinter}
 * prints a syntax tree back to SQL that parses to the same tree.
 *
 * <p>The parser is layered by grammar area, each layer a class extending the one below it:
 * {@code ParserBase} (token cursor, identifier categories, errors) → {@code TypeParser} →
 * {@code ExprParser} (operator precedence) → {@code PrimaryParser} → {@code FunctionParser} →
 * {@code QueryParser} → {@code FromParser} → {@code DmlParser} → {@code TableDefParser} →
 * {@code CreateParser} → {@code AlterParser} → {@code ObjectParser} → {@code SessionParser} →
 * {@code UtilityParser} → {@link dev.olifant.sql.parser.Parser} (statement dispatch, entry point).
 *
 * <p>Errors are {@code PgException}s raised where they are found: 42601 "syntax error at or near
 * "token"" (position = the token's 1-based offset) or "syntax error at end of input" (position =
 * length + 1), the scanner's own 42601 messages (unterminated strings, comments, trailing junk
 * after numbers), and 0A000 for syntax Olifant recognises but does not implement.
 */
package dev.olifant.sql.parser;
