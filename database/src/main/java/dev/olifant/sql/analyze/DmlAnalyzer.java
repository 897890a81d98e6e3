package dev.olifant.sql.analyze;

import dev.olifant.catalog.Acl;
import dev.olifant.catalog.Column;
import dev.olifant.catalog.Constraint;
import dev.olifant.catalog.Identity;
import dev.olifant.catalog.Table;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.exec.dml.InsertNode;
import dev.olifant.exec.dml.TableTarget;
import dev.olifant.exec.dml.UpdateNode;
import dev.olifant.exec.expr.Const;
import dev.olifant.exec.expr.Expression;
import dev.olifant.exec.expr.Slot;
import dev.olifant.exec.plan.PlanNode;
import dev.olifant.exec.plan.Project;
import dev.olifant.exec.plan.ValuesScan;
import dev.olifant.sql.ast.ColumnRef;
import dev.olifant.sql.ast.ColumnTarget;
import dev.olifant.sql.ast.DefaultExpr;
import dev.olifant.sql.ast.DeleteStmt;
import dev.olifant.sql.ast.Expr;
import dev.olifant.sql.ast.FromItem;
import dev.olifant.sql.ast.IndexElem;
import dev.olifant.sql.ast.InsertStmt;
import dev.olifant.sql.ast.OverridingKind;
import dev.olifant.sql.ast.RowExpr;
import dev.olifant.sql.ast.SelectStmt;
import dev.olifant.sql.ast.SelectTarget;
import dev.olifant.sql.ast.SetClause;
import dev.olifant.sql.ast.UpdateStmt;
import dev.olifant.sql.ast.ValuesClause;
import dev.olifant.types.CoercionContext;
import dev.olifant.types.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** INSERT, UPDATE and DELETE (PostgreSQL's transformInsertStmt and friends). */
public final class DmlAnalyzer {
    private final AnalysisContext ctx;
    private QueryAnalyzer queries;
    /** The data-modifying WITH items of the statement being analysed. */
    private final List<dev.olifant.exec.plan.SharedCte> modifying = new ArrayList<>();

    public DmlAnalyzer(AnalysisContext ctx) {
        this.ctx = ctx;
        this.queries = new QueryAnalyzer(ctx);
    }

    /** An analyser whose statements see the WITH items of {@code queries}. */
    DmlAnalyzer(AnalysisContext ctx, QueryAnalyzer queries) {
        this.ctx = ctx;
        this.queries = queries;
    }

    /** Defines the statement's WITH items. */
    private void with(dev.olifant.sql.ast.WithClause with) {
        if (with != null) {
            queries = WithClauses.level(queries, with, new Scope(null), modifying);
        }
    }

    /** The statement, run after its data-modifying WITH items. */
    private AnalyzedStatement withModifying(AnalyzedStatement st) {
        if (modifying.isEmpty()) {
            return st;
        }
        return new AnalyzedStatement(st.kind(), new dev.olifant.exec.plan.ModifyingCtes(st.plan(),
                List.copyOf(modifying)), st.columns(), st.returnsRows());
    }

    public AnalyzedStatement insert(InsertStmt s) {
        with(s.with());
        return withModifying(insertStatement(s));
    }

    private AnalyzedStatement insertStatement(InsertStmt s) {
        Table table = writableTable(s.table());
        String alias = s.alias() != null ? s.alias() : table.name();
        ctx.privileges().target(table, alias, Acl.Privilege.INSERT.bit()
                | (s.onConflict() != null && s.onConflict().doUpdate() ? Acl.Privilege.UPDATE.bit() : 0), false);
        List<Column> columns = insertColumns(table, s.columns());
        int ncols = table.columns().size();
        PlanNode source;
        if (s.source() == null) {
            Expression[] row = new Expression[ncols];
            for (Column c : table.columns()) {
                row[c.attnum() - 1] = defaultOf(c);
            }
            source = new ValuesScan(List.<Expression[]>of(row), ncols);
        } else if (s.source().body() instanceof ValuesClause v && s.source().orderBy().isEmpty()
                && s.source().limit() == null && s.source().with() == null) {
            if (s.columns().isEmpty() && !v.rows().isEmpty() && v.rows().get(0).size() < columns.size()) {
                columns = columns.subList(0, v.rows().get(0).size());
            }
            source = values(table, columns, v, s.overriding(), s.columns());
        } else {
            source = query(table, columns, s.source(), s.overriding(), s.columns().isEmpty());
        }
        TableTarget target = TargetBuilder.build(ctx, table);
        InsertNode.OnConflict onConflict = s.onConflict() == null ? null : onConflict(s, table, alias, target);
        Scope scope = TargetBuilder.tableScope(table, alias, null);
        List<ResultColumn> cols = new ArrayList<>();
        Expression[] returning = returning(s.returning(), scope, cols);
        return new AnalyzedStatement(AnalyzedStatement.Kind.INSERT, new InsertNode(target, source, returning, onConflict),
                cols, returning != null);
    }

    Table writableTable(dev.olifant.sql.ast.QualifiedName name) {
        var rel = Names.queryRelation(ctx, name);
        if (!(rel instanceof Table t)) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "cannot change " + rel.kindName() + " \"" + rel.name()
                    + "\"").withPosition(name.location() + 1);
        }
        return t;
    }

    List<Column> insertColumns(Table table, List<ColumnTarget> targets) {
        if (targets.isEmpty()) {
            return table.liveColumns();
        }
        List<Column> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ColumnTarget t : targets) {
            if (!t.indirection().isEmpty()) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "assigning to subscripts or fields is not supported yet")
                        .withPosition(t.location() + 1);
            }
            Column c = table.column(t.name());
            if (c == null) {
                throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"" + t.name() + "\" of relation \""
                        + table.name() + "\" does not exist").withPosition(t.location() + 1);
            }
            if (!seen.add(t.name())) {
                throw new PgException(SqlState.DUPLICATE_COLUMN, "column \"" + t.name() + "\" specified more than once")
                        .withPosition(t.location() + 1);
            }
            out.add(c);
        }
        return out;
    }

    /** The value a column takes when none is given: identity, DEFAULT expression, or NULL. */
    public Expression defaultOf(Column c) {
        if (c.dropped()) {
            return Const.of(null, c.type());
        }
        if (c.identity() != Identity.NONE && ctx.builtins() != null) {
            Expression next = ctx.builtins().resolve("nextval", List.of(Const.of((long) c.sequenceOid(), Types.REGCLASS)),
                    ctx, -1);
            return Coercions.coerce(next, c.type(), c.typmod(), CoercionContext.ASSIGNMENT, ctx, -1);
        }
        if (c.defaultExpr() == null) {
            return new Const(null, c.type(), c.typmod());
        }
        ExprAnalyzer a = new ExprAnalyzer(ctx, new Scope(null), "DEFAULT expressions", null, queries);
        return assign(a.analyze(ExprText.parse(c.defaultExpr())), c, -1);
    }

    /** Assignment coercion to a column, with PostgreSQL's message when no cast exists. */
    Expression assign(Expression e, Column c, int location) {
        Expression out = Coercions.tryCoerce(e, c.type(), c.typmod(), CoercionContext.ASSIGNMENT, ctx, location);
        if (out == null) {
            throw new PgException(SqlState.DATATYPE_MISMATCH, "column \"" + c.name() + "\" is of type "
                    + Coercions.display(c.type()) + " but expression is of type " + Coercions.display(e.type()))
                    .withHint("You will need to rewrite or cast the expression.").withPosition(location + 1);
        }
        return out;
    }

    void checkIdentity(Column c, boolean explicitValue, OverridingKind overriding, int location) {
        if (explicitValue && c.identity() == Identity.ALWAYS && overriding != OverridingKind.SYSTEM_VALUE) {
            throw new PgException(SqlState.GENERATED_ALWAYS, "cannot insert a non-DEFAULT value into column \""
                    + c.name() + "\"").withDetail("Column \"" + c.name() + "\" is an identity column defined as GENERATED ALWAYS.")
                    .withHint("Use OVERRIDING SYSTEM VALUE to override.").withPosition(location + 1);
        }
    }

    private PlanNode values(Table table, List<Column> columns, ValuesClause v, OverridingKind overriding,
            List<ColumnTarget> targets) {
        ExprAnalyzer a = new ExprAnalyzer(ctx, new Scope(null), "VALUES", null, queries);
        List<Expression[]> rows = new ArrayList<>();
        for (List<Expr> row : v.rows()) {
            if (row.size() > columns.size()) {
                throw new PgException(SqlState.SYNTAX_ERROR, "INSERT has more expressions than target columns")
                        .withPosition(row.get(columns.size()).location() + 1);
            }
            if (row.size() < columns.size()) {
                throw new PgException(SqlState.SYNTAX_ERROR, "INSERT has more target columns than expressions")
                        .withPosition(targets.size() > row.size() ? targets.get(row.size()).location() + 1
                                : v.location() + 1);
            }
            Expression[] full = new Expression[table.columns().size()];
            boolean[] given = new boolean[full.length];
            for (int i = 0; i < columns.size(); i++) {
                Column c = columns.get(i);
                Expr e = row.get(i);
                if (e instanceof DefaultExpr) {
                    continue;
                }
                checkIdentity(c, true, overriding, e.location());
                full[c.attnum() - 1] = overriding == OverridingKind.USER_VALUE && c.identity() != Identity.NONE
                        ? null : assign(a.analyze(e), c, ExprLocations.leftmost(e));
                given[c.attnum() - 1] = full[c.attnum() - 1] != null;
            }
            for (Column c : table.columns()) {
                if (!given[c.attnum() - 1]) {
                    full[c.attnum() - 1] = defaultOf(c);
                }
            }
            rows.add(full);
        }
        return new ValuesScan(rows, table.columns().size());
    }

    private PlanNode query(Table table, List<Column> columns, SelectStmt select, OverridingKind overriding,
            boolean implicitColumns) {
        AnalyzedQuery q = ctx.privileges().nested(() -> queries.analyze(select));
        if (implicitColumns && q.columns().size() < columns.size()) {
            columns = columns.subList(0, q.columns().size());
        }
        if (q.columns().size() > columns.size()) {
            throw new PgException(SqlState.SYNTAX_ERROR, "INSERT has more expressions than target columns")
                    .withPosition(select.location() + 1);
        }
        if (q.columns().size() < columns.size()) {
            throw new PgException(SqlState.SYNTAX_ERROR, "INSERT has more target columns than expressions")
                    .withPosition(select.location() + 1);
        }
        Expression[] full = new Expression[table.columns().size()];
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            checkIdentity(c, true, overriding, select.location());
            ResultColumn rc = q.columns().get(i);
            full[c.attnum() - 1] = assign(new Slot(i, rc.type(), rc.typmod(), rc.name()), c, select.location());
        }
        for (Column c : table.columns()) {
            if (full[c.attnum() - 1] == null) {
                full[c.attnum() - 1] = defaultOf(c);
            }
        }
        return new Project(q.plan(), full);
    }

    private InsertNode.OnConflict onConflict(InsertStmt s, Table table, String alias, TableTarget target) {
        var oc = s.onConflict();
        List<TableTarget.IndexTarget> arbiters = new ArrayList<>();
        if (oc.constraintName() != null) {
            ctx.privileges().targetRead(); // the arbiter's columns are read
            Constraint con = table.constraints().stream().filter(c -> c.name().equals(oc.constraintName())).findFirst()
                    .orElseThrow(() -> new PgException(SqlState.UNDEFINED_OBJECT, "constraint \"" + oc.constraintName()
                            + "\" for table \"" + table.name() + "\" does not exist").withPosition(oc.location() + 1));
            target.indexes().stream().filter(ix -> ix.index().oid() == con.indexOid()).forEach(arbiters::add);
        } else if (!oc.targetElements().isEmpty()) {
            ctx.privileges().targetRead(); // the inference columns are read
            Set<Integer> wanted = new HashSet<>();
            Set<String> wantedExprs = new HashSet<>();
            for (IndexElem e : oc.targetElements()) {
                if (e.column() == null) {
                    wantedExprs.add(ConflictInference.expressionKey(ctx, table, e.expr()));
                    continue;
                }
                Column c = table.column(e.column());
                if (c == null) {
                    throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"" + e.column() + "\" does not exist")
                            .withPosition(e.location() + 1);
                }
                wanted.add(c.attnum());
            }
            for (TableTarget.IndexTarget ix : target.indexes()) {
                Set<Integer> have = new HashSet<>(ix.index().keyColumns());
                have.remove(0);
                if (ix.index().unique() && have.equals(wanted)
                        && ConflictInference.expressionKeys(ix).equals(wantedExprs) && (ix.index().predicate() == null
                        || PartialIndexes.implies(oc.targetWhere(), ix.index().predicate()))) {
                    arbiters.add(ix);
                }
            }
        } else {
            if (oc.doUpdate()) {
                throw new PgException(SqlState.SYNTAX_ERROR, "ON CONFLICT DO UPDATE requires inference specification or constraint name")
                        .withHint("For example, ON CONFLICT (column_name).").withPosition(oc.location() + 1);
            }
            target.indexes().stream().filter(ix -> ix.index().unique()).forEach(arbiters::add);
        }
        if (arbiters.isEmpty()) {
            throw new PgException(SqlState.INVALID_COLUMN_REFERENCE,
                    "there is no unique or exclusion constraint matching the ON CONFLICT specification");
        }
        if (!oc.doUpdate()) {
            return new InsertNode.OnConflict(arbiters, false, null, null);
        }
        int width = table.columns().size() + 1;
        Scope scope = new Scope(null);
        scope.add(TargetBuilder.entry(table, alias, 0));
        scope.add(TargetBuilder.entry(table, "excluded", width));
        scope.setWidth(width * 2);
        Expression[] set = new Expression[table.columns().size()];
        assignments(oc.set(), table, scope, set, 0);
        for (Column c : table.columns()) {
            if (set[c.attnum() - 1] == null) {
                set[c.attnum() - 1] = new Slot(c.attnum() - 1, c.type(), c.typmod(), c.name());
            }
        }
        Expression where = oc.where() == null ? null
                : new ExprAnalyzer(ctx, scope, "WHERE", null, queries).analyzeBoolean(oc.where(), "WHERE");
        return new InsertNode.OnConflict(arbiters, true, set, where);
    }

    /** Analyses SET clauses into {@code out} (indexed by attnum - 1), reading the target at {@code offset}. */
    void assignments(List<SetClause> clauses, Table table, Scope scope, Expression[] out, int offset) {
        ExprAnalyzer a = new ExprAnalyzer(ctx, scope, "UPDATE", null, queries);
        for (SetClause sc : clauses) {
            List<Expr> values;
            if (sc.multi()) {
                if (!(sc.value() instanceof RowExpr row) || row.args().size() != sc.columns().size()) {
                    throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                            "multiple-column UPDATE from a subquery is not supported yet").withPosition(sc.location() + 1);
                }
                values = row.args();
            } else {
                values = List.of(sc.value());
            }
            for (int i = 0; i < sc.columns().size(); i++) {
                ColumnTarget t = sc.columns().get(i);
                Column c = table.column(t.name());
                if (c == null) {
                    throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"" + t.name() + "\" of relation \""
                            + table.name() + "\" does not exist").withPosition(t.location() + 1);
                }
                if (!t.indirection().isEmpty()) {
                    throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                            "assigning to subscripts or fields is not supported yet").withPosition(t.location() + 1);
                }
                if (out[c.attnum() - 1] != null) {
                    throw new PgException(SqlState.SYNTAX_ERROR, "multiple assignments to same column \"" + t.name()
                            + "\"").withPosition(t.location() + 1);
                }
                Expr v = values.get(i);
                if (v instanceof DefaultExpr) {
                    out[c.attnum() - 1] = defaultOf(c);
                } else {
                    if (c.identity() == Identity.ALWAYS) {
                        throw new PgException(SqlState.GENERATED_ALWAYS, "column \"" + c.name()
                                + "\" can only be updated to DEFAULT").withDetail("Column \"" + c.name()
                                + "\" is an identity column defined as GENERATED ALWAYS.").withPosition(t.location() + 1);
                    }
                    out[c.attnum() - 1] = assign(a.analyze(v), c, ExprLocations.leftmost(v));
                }
            }
        }
    }

    public AnalyzedStatement update(UpdateStmt s) {
        with(s.with());
        return withModifying(modify(s.with(), s.table(), s.from(), s.where(), s.set(), s.returning(), s.location(), true));
    }

    public AnalyzedStatement merge(dev.olifant.sql.ast.MergeStmt s) {
        with(s.with());
        return withModifying(new MergeAnalyzer(ctx, queries, this).analyze(s));
    }

    public AnalyzedStatement delete(DeleteStmt s) {
        with(s.with());
        return withModifying(modify(s.with(), s.table(), s.using(), s.where(), null, s.returning(), s.location(), false));
    }

    private AnalyzedStatement modify(Object with, dev.olifant.sql.ast.TableRef tableRef, List<FromItem> others,
            Expr where, List<SetClause> set, List<SelectTarget> returningList, int location, boolean update) {
        Table table = writableTable(tableRef.name());
        ctx.privileges().target(table, tableRef.alias() != null ? tableRef.alias().name() : table.name(),
                (update ? Acl.Privilege.UPDATE : Acl.Privilege.DELETE).bit(), true);
        List<FromItem> from = new ArrayList<>();
        from.add(tableRef);
        from.addAll(others);
        Scope scope = new Scope(null);
        FromPlanner planner = new FromPlanner(ctx, queries, scope);
        // WHERE CURRENT OF: the target's row the cursor is on, by tuple id (the target comes first in the row)
        Expression currentOf = where instanceof dev.olifant.sql.ast.CurrentOf c
                ? new dev.olifant.exec.expr.CurrentOfExpr(c.cursorName(), table, table.columns().size()) : null;
        PlanNode source = planner.plan(from, currentOf != null ? null : where);
        ctx.privileges().targetScanned();
        if (currentOf != null) {
            source = new dev.olifant.exec.plan.Filter(source, currentOf);
        }
        Expression[] newValues = null;
        if (update) {
            newValues = new Expression[table.columns().size()];
            assignments(set, table, scope, newValues, 0);
            for (Column c : table.columns()) {
                if (newValues[c.attnum() - 1] == null) {
                    newValues[c.attnum() - 1] = new Slot(c.attnum() - 1, c.type(), c.typmod(), c.name());
                }
            }
        }
        Expression recheck = where == null ? null : currentOf != null ? currentOf
                : new ExprAnalyzer(ctx, scope, "WHERE", null, queries).analyzeBoolean(where, "WHERE");
        List<ResultColumn> cols = new ArrayList<>();
        Expression[] returning = returning(returningList, scope, cols);
        TableTarget target = TargetBuilder.build(ctx, table);
        UpdateNode node = new UpdateNode(target, source, 0, newValues, returning, recheck);
        return new AnalyzedStatement(update ? AnalyzedStatement.Kind.UPDATE : AnalyzedStatement.Kind.DELETE, node, cols,
                returning != null);
    }

    private Expression[] returning(List<SelectTarget> list, Scope scope, List<ResultColumn> cols) {
        if (list.isEmpty()) {
            return null;
        }
        ExprAnalyzer a = new ExprAnalyzer(ctx, scope, "RETURNING", null, queries);
        List<Expression> out = new ArrayList<>();
        for (SelectTarget t : list) {
            if (t.expr() instanceof ColumnRef c && c.star()) {
                List<ColumnBinding> bindings = c.fields().isEmpty() ? scope.starColumns() : null;
                if (bindings != null) {
                    bindings.forEach(b -> ctx.privileges().columnRead(b.entry()));
                } else {
                    RangeEntry e = scope.entry(c.fields().get(c.fields().size() - 1));
                    if (e == null) {
                        throw new PgException(SqlState.UNDEFINED_TABLE, "missing FROM-clause entry for table \""
                                + c.fields().get(c.fields().size() - 1) + "\"").withPosition(c.location() + 1);
                    }
                    ctx.privileges().columnRead(e);
                    bindings = new ArrayList<>();
                    for (int i = 0; i < e.names().size(); i++) {
                        bindings.add(new ColumnBinding(e, i, e.slots()[i], e.types().get(i), e.typmods().get(i), 0));
                    }
                }
                for (ColumnBinding b : bindings) {
                    String name = b.entry().names().get(b.column());
                    out.add(new Slot(b.slot(), b.type(), b.typmod(), name));
                    cols.add(new ResultColumn(name, b.type(), b.typmod(), b.reportedTableOid(), b.attnum()));
                }
                continue;
            }
            Expression e = a.analyzeResolved(t.expr());
            long tableOid = 0;
            int attnum = 0;
            if (t.expr() instanceof ColumnRef c) {
                List<String> f = c.fields();
                ColumnBinding b = scope.resolve(f.size() >= 2 ? f.get(f.size() - 2) : null, f.get(f.size() - 1), -1);
                if (b != null) {
                    tableOid = b.reportedTableOid();
                    attnum = b.attnum();
                }
            }
            out.add(e);
            cols.add(new ResultColumn(t.alias() != null ? t.alias() : TargetNames.of(t.expr()), e.type(), e.typmod(),
                    tableOid, attnum));
        }
        return out.toArray(Expression[]::new);
    }
}
