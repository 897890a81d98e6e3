package dev.olifant.sql.ast;

/** {@code DO [LANGUAGE lang] 'code'}: an anonymous code block; {@code language} is lower case. */
public record DoStmt(String language, String body, int location) implements Statement {
}
