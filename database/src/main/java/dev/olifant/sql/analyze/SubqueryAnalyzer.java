package dev.olifant.sql.analyze;

import dev.olifant.sql.ast.SelectStmt;

/** Analyses a nested query whose names may refer to an enclosing scope. */
interface SubqueryAnalyzer {

    AnalyzedQuery analyze(SelectStmt query, Scope parent);
}
