package dev.olifant.sql.parser;

import dev.olifant.sql.ast.Alias;
import dev.olifant.sql.ast.ColumnTarget;
import dev.olifant.sql.ast.CommonTableExpr;
import dev.olifant.sql.ast.DeleteStmt;
import dev.olifant.sql.ast.Expr;
import dev.olifant.sql.ast.FieldSelect;
import dev.olifant.sql.ast.FrameBound;
import dev.olifant.sql.ast.FromItem;
import dev.olifant.sql.ast.FuncCall;
import dev.olifant.sql.ast.FunctionRef;
import dev.olifant.sql.ast.IndexElem;
import dev.olifant.sql.ast.InsertStmt;
import dev.olifant.sql.ast.JoinExpr;
import dev.olifant.sql.ast.LockingClause;
import dev.olifant.sql.ast.OnConflict;
import dev.olifant.sql.ast.OverridingKind;
import dev.olifant.sql.ast.PreparableStatement;
import dev.olifant.sql.ast.QueryBody;
import dev.olifant.sql.ast.SelectStmt;
import dev.olifant.sql.ast.SelectTarget;
import dev.olifant.sql.ast.SetClause;
import dev.olifant.sql.ast.SetOperation;
import dev.olifant.sql.ast.SimpleSelect;
import dev.olifant.sql.ast.SortBy;
import dev.olifant.sql.ast.StringLiteral;
import dev.olifant.sql.ast.Subscript;
import dev.olifant.sql.ast.SubqueryRef;
import dev.olifant.sql.ast.TableRef;
import dev.olifant.sql.ast.UpdateStmt;
import dev.olifant.sql.ast.ValuesClause;
import dev.olifant.sql.ast.WindowDef;
import dev.olifant.sql.ast.WindowFrame;
import dev.olifant.sql.ast.WithClause;
import java.util.List;

/** Printing of function calls, windows, queries, FROM items and INSERT / UPDATE / DELETE. */
abstract class QueryPrinter extends ExprPrinter {

    @Override
    final void funcCall(FuncCall f) {
        List<Expr> a = f.args();
        switch (f.syntax()) {
            case EXTRACT -> {
                if (a.size() == 2 && a.get(0) instanceof StringLiteral field) {
                    sb.append("EXTRACT(");
                    string(field.value());
                    sb.append(" FROM ");
                    expr(a.get(1));
                    sb.append(')');
                    return;
                }
            }
            case POSITION -> {
                if (a.size() == 2) {
                    sb.append("POSITION((");
                    expr(a.get(1));
                    sb.append(") IN (");
                    expr(a.get(0));
                    sb.append("))");
                    return;
                }
            }
            case SUBSTRING -> {
                if (a.size() == 2 || a.size() == 3) {
                    sb.append("SUBSTRING(");
                    expr(a.get(0));
                    sb.append(" FROM ");
                    expr(a.get(1));
                    if (a.size() == 3) {
                        sb.append(" FOR ");
                        expr(a.get(2));
                    }
                    sb.append(')');
                    return;
                }
            }
            case TRIM -> {
                String fn = f.name().last();
                sb.append("TRIM(").append(fn.equals("ltrim") ? "LEADING" : fn.equals("rtrim") ? "TRAILING" : "BOTH");
                if (a.size() == 2) {
                    sb.append(' ');
                    expr(a.get(1));
                    sb.append(" FROM ");
                    expr(a.get(0));
                } else {
                    sb.append(" FROM ");
                    exprs(a);
                }
                sb.append(')');
                return;
            }
            case OVERLAY -> {
                if (a.size() == 3 || a.size() == 4) {
                    sb.append("OVERLAY(");
                    expr(a.get(0));
                    sb.append(" PLACING ");
                    expr(a.get(1));
                    sb.append(" FROM ");
                    expr(a.get(2));
                    if (a.size() == 4) {
                        sb.append(" FOR ");
                        expr(a.get(3));
                    }
                    sb.append(')');
                    return;
                }
            }
            case AT_TIME_ZONE -> {
                if (a.size() == 2) {
                    sb.append("((");
                    expr(a.get(1));
                    sb.append(") AT TIME ZONE (");
                    expr(a.get(0));
                    sb.append("))");
                    return;
                }
            }
            case COLLATION_FOR -> {
                if (a.size() == 1) {
                    sb.append("COLLATION FOR (");
                    expr(a.get(0));
                    sb.append(')');
                    return;
                }
            }
            case NORMAL -> {
            }
        }
        name(f.name());
        sb.append('(');
        if (f.star()) {
            sb.append('*');
        } else {
            if (f.distinct()) {
                sb.append("DISTINCT ");
            }
            for (int i = 0; i < a.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                if (f.variadic() && i == a.size() - 1) {
                    sb.append("VARIADIC ");
                }
                expr(a.get(i));
            }
            if (!f.withinGroup() && !f.orderBy().isEmpty()) {
                sb.append(" ORDER BY ");
                sortList(f.orderBy());
            }
        }
        sb.append(')');
        if (f.withinGroup()) {
            sb.append(" WITHIN GROUP (ORDER BY ");
            sortList(f.orderBy());
            sb.append(')');
        }
        if (f.filter() != null) {
            sb.append(" FILTER (WHERE ");
            expr(f.filter());
            sb.append(')');
        }
        if (f.over() != null) {
            sb.append(" OVER ");
            WindowDef wd = f.over();
            if (wd.name() != null) {
                ident(wd.name());
            } else {
                windowSpec(wd);
            }
        }
    }

    final void windowSpec(WindowDef wd) {
        sb.append('(');
        String sep = "";
        if (wd.refName() != null) {
            ident(wd.refName());
            sep = " ";
        }
        if (!wd.partitionBy().isEmpty()) {
            sb.append(sep).append("PARTITION BY ");
            exprs(wd.partitionBy());
            sep = " ";
        }
        if (!wd.orderBy().isEmpty()) {
            sb.append(sep).append("ORDER BY ");
            sortList(wd.orderBy());
            sep = " ";
        }
        if (wd.frame() != null) {
            WindowFrame fr = wd.frame();
            sb.append(sep).append(fr.mode().name()).append(' ');
            if (fr.end() != null) {
                sb.append("BETWEEN ");
                frameBound(fr.start());
                sb.append(" AND ");
                frameBound(fr.end());
            } else {
                frameBound(fr.start());
            }
            switch (fr.exclusion()) {
                case CURRENT_ROW -> sb.append(" EXCLUDE CURRENT ROW");
                case GROUP -> sb.append(" EXCLUDE GROUP");
                case TIES -> sb.append(" EXCLUDE TIES");
                case NO_OTHERS -> {
                }
            }
        }
        sb.append(')');
    }

    private void frameBound(FrameBound b) {
        switch (b.kind()) {
            case UNBOUNDED_PRECEDING -> sb.append("UNBOUNDED PRECEDING");
            case UNBOUNDED_FOLLOWING -> sb.append("UNBOUNDED FOLLOWING");
            case CURRENT_ROW -> sb.append("CURRENT ROW");
            case PRECEDING, FOLLOWING -> {
                expr(b.offset());
                sb.append(' ').append(b.kind().name());
            }
        }
    }

    final void sortList(List<SortBy> list) {
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            SortBy s = list.get(i);
            expr(s.expr());
            switch (s.direction()) {
                case ASC -> sb.append(" ASC");
                case DESC -> sb.append(" DESC");
                case USING -> {
                    sb.append(" USING ");
                    op(s.usingOperator());
                }
                case DEFAULT -> {
                }
            }
            switch (s.nulls()) {
                case FIRST -> sb.append(" NULLS FIRST");
                case LAST -> sb.append(" NULLS LAST");
                case DEFAULT -> {
                }
            }
        }
    }

    @Override
    final void query(SelectStmt q) {
        if (q.with() != null) {
            with(q.with());
        }
        body(q.body());
        if (!q.orderBy().isEmpty()) {
            sb.append(" ORDER BY ");
            sortList(q.orderBy());
        }
        if (q.limit() != null) {
            if (q.withTies()) {
                sb.append(" FETCH FIRST (");
                expr(q.limit());
                sb.append(") ROWS WITH TIES");
            } else {
                sb.append(" LIMIT ");
                expr(q.limit());
            }
        }
        if (q.offset() != null) {
            sb.append(" OFFSET ");
            expr(q.offset());
        }
        for (LockingClause l : q.locking()) {
            sb.append(" FOR ").append(l.strength().name().replace('_', ' '));
            if (!l.of().isEmpty()) {
                sb.append(" OF ");
                for (int i = 0; i < l.of().size(); i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    name(l.of().get(i));
                }
            }
            switch (l.waitPolicy()) {
                case NOWAIT -> sb.append(" NOWAIT");
                case SKIP_LOCKED -> sb.append(" SKIP LOCKED");
                case BLOCK -> {
                }
            }
        }
    }

    final void with(WithClause w) {
        sb.append(w.recursive() ? "WITH RECURSIVE " : "WITH ");
        for (int i = 0; i < w.ctes().size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            CommonTableExpr c = w.ctes().get(i);
            ident(c.name());
            if (!c.columnNames().isEmpty()) {
                sb.append('(');
                identList(c.columnNames());
                sb.append(')');
            }
            sb.append(" AS ");
            switch (c.materialized()) {
                case MATERIALIZED -> sb.append("MATERIALIZED ");
                case NOT_MATERIALIZED -> sb.append("NOT MATERIALIZED ");
                case DEFAULT -> {
                }
            }
            sb.append('(');
            preparable(c.query());
            sb.append(')');
        }
        sb.append(' ');
    }

    final void preparable(PreparableStatement s) {
        switch (s) {
            case SelectStmt q -> query(q);
            case InsertStmt i -> insert(i);
            case UpdateStmt u -> update(u);
            case DeleteStmt d -> delete(d);
            case dev.olifant.sql.ast.MergeStmt m -> merge(m);
        }
    }

    private void body(QueryBody b) {
        switch (b) {
            case SimpleSelect s -> simpleSelect(s);
            case ValuesClause v -> values(v);
            case SetOperation s -> {
                sb.append('(');
                body(s.left());
                sb.append(") ").append(s.operator().name()).append(s.all() ? " ALL (" : " (");
                body(s.right());
                sb.append(')');
            }
            case SelectStmt q -> {
                sb.append('(');
                query(q);
                sb.append(')');
            }
        }
    }

    final void values(ValuesClause v) {
        sb.append("VALUES ");
        for (int i = 0; i < v.rows().size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append('(');
            exprs(v.rows().get(i));
            sb.append(')');
        }
    }

    private void simpleSelect(SimpleSelect s) {
        sb.append("SELECT");
        if (s.distinct()) {
            sb.append(" DISTINCT");
            if (!s.distinctOn().isEmpty()) {
                sb.append(" ON (");
                exprs(s.distinctOn());
                sb.append(')');
            }
        }
        if (!s.targets().isEmpty()) {
            sb.append(' ');
            targets(s.targets());
        }
        if (!s.from().isEmpty()) {
            sb.append(" FROM ");
            fromList(s.from());
        }
        if (s.where() != null) {
            sb.append(" WHERE ");
            expr(s.where());
        }
        if (!s.groupBy().isEmpty()) {
            sb.append(s.groupByDistinct() ? " GROUP BY DISTINCT " : " GROUP BY ");
            exprs(s.groupBy());
        }
        if (s.having() != null) {
            sb.append(" HAVING ");
            expr(s.having());
        }
        if (!s.windows().isEmpty()) {
            sb.append(" WINDOW ");
            for (int i = 0; i < s.windows().size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                ident(s.windows().get(i).name());
                sb.append(" AS ");
                windowSpec(s.windows().get(i));
            }
        }
    }

    final void targets(List<SelectTarget> targets) {
        for (int i = 0; i < targets.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            SelectTarget t = targets.get(i);
            expr(t.expr());
            if (t.alias() != null) {
                sb.append(" AS ");
                ident(t.alias());
            }
        }
    }

    final void fromList(List<FromItem> items) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            fromItem(items.get(i));
        }
    }

    final void fromItem(FromItem f) {
        switch (f) {
            case TableRef t -> tableRef(t);
            case JoinExpr j -> {
                sb.append('(');
                fromItem(j.left());
                sb.append(' ');
                if (j.natural()) {
                    sb.append("NATURAL ");
                }
                sb.append(j.type().name()).append(" JOIN ");
                fromItem(j.right());
                if (j.on() != null) {
                    sb.append(" ON ");
                    expr(j.on());
                } else if (!j.using().isEmpty()) {
                    sb.append(" USING (");
                    identList(j.using());
                    sb.append(')');
                }
                sb.append(')');
                alias(j.alias());
            }
            case SubqueryRef s -> {
                if (s.lateral()) {
                    sb.append("LATERAL ");
                }
                sb.append('(');
                query(s.query());
                sb.append(')');
                alias(s.alias());
            }
            case FunctionRef r -> {
                if (r.lateral()) {
                    sb.append("LATERAL ");
                }
                if (r.rowsFrom()) {
                    sb.append("ROWS FROM (");
                    exprs(r.functions());
                    sb.append(')');
                } else {
                    expr(r.functions().get(0));
                }
                if (r.withOrdinality()) {
                    sb.append(" WITH ORDINALITY");
                }
                alias(r.alias());
            }
        }
    }

    final void tableRef(TableRef t) {
        if (t.only()) {
            sb.append("ONLY ");
        }
        name(t.name());
        alias(t.alias());
    }

    private void alias(Alias a) {
        if (a == null) {
            return;
        }
        sb.append(" AS ");
        ident(a.name());
        if (!a.columns().isEmpty()) {
            sb.append('(');
            identList(a.columns());
            sb.append(')');
        }
    }

    final void columnTarget(ColumnTarget c) {
        ident(c.name());
        for (Expr e : c.indirection()) {
            if (e instanceof Subscript s) {
                subscriptBrackets(s);
            } else if (e instanceof FieldSelect f) {
                sb.append('.');
                ident(f.field());
            }
        }
    }

    /** An INSERT's optional column list and OVERRIDING clause, shared by INSERT and MERGE's INSERT. */
    private void insertTargets(List<ColumnTarget> columns, OverridingKind overriding) {
        if (!columns.isEmpty()) {
            sb.append(" (");
            for (int k = 0; k < columns.size(); k++) {
                if (k > 0) {
                    sb.append(", ");
                }
                columnTarget(columns.get(k));
            }
            sb.append(')');
        }
        switch (overriding) {
            case SYSTEM_VALUE -> sb.append(" OVERRIDING SYSTEM VALUE");
            case USER_VALUE -> sb.append(" OVERRIDING USER VALUE");
            case NONE -> {
            }
        }
    }

    final void insert(InsertStmt i) {
        if (i.with() != null) {
            with(i.with());
        }
        sb.append("INSERT INTO ");
        name(i.table());
        if (i.alias() != null) {
            sb.append(" AS ");
            ident(i.alias());
        }
        insertTargets(i.columns(), i.overriding());
        if (i.source() == null) {
            sb.append(" DEFAULT VALUES");
        } else {
            sb.append(' ');
            query(i.source());
        }
        if (i.onConflict() != null) {
            onConflict(i.onConflict());
        }
        returning(i.returning());
    }

    private void onConflict(OnConflict oc) {
        sb.append(" ON CONFLICT");
        if (!oc.targetElements().isEmpty()) {
            sb.append(' ');
            indexElems(oc.targetElements());
            if (oc.targetWhere() != null) {
                sb.append(" WHERE ");
                expr(oc.targetWhere());
            }
        } else if (oc.constraintName() != null) {
            sb.append(" ON CONSTRAINT ");
            ident(oc.constraintName());
        }
        if (!oc.doUpdate()) {
            sb.append(" DO NOTHING");
            return;
        }
        sb.append(" DO UPDATE SET ");
        setClauses(oc.set());
        if (oc.where() != null) {
            sb.append(" WHERE ");
            expr(oc.where());
        }
    }

    final void indexElems(List<IndexElem> elems) {
        sb.append('(');
        for (int i = 0; i < elems.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            IndexElem e = elems.get(i);
            if (e.column() != null) {
                ident(e.column());
            } else {
                sb.append('(');
                expr(e.expr());
                sb.append(')');
            }
            if (e.collation() != null) {
                sb.append(" COLLATE ");
                name(e.collation());
            }
            if (e.opclass() != null) {
                sb.append(' ');
                name(e.opclass());
            }
            switch (e.direction()) {
                case ASC -> sb.append(" ASC");
                case DESC -> sb.append(" DESC");
                default -> {
                }
            }
            switch (e.nulls()) {
                case FIRST -> sb.append(" NULLS FIRST");
                case LAST -> sb.append(" NULLS LAST");
                case DEFAULT -> {
                }
            }
        }
        sb.append(')');
    }

    private void setClauses(List<SetClause> set) {
        for (int i = 0; i < set.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            SetClause s = set.get(i);
            if (s.multi()) {
                sb.append('(');
                for (int k = 0; k < s.columns().size(); k++) {
                    if (k > 0) {
                        sb.append(", ");
                    }
                    columnTarget(s.columns().get(k));
                }
                sb.append(')');
            } else {
                columnTarget(s.columns().get(0));
            }
            sb.append(" = ");
            expr(s.value());
        }
    }

    private void returning(List<SelectTarget> r) {
        if (!r.isEmpty()) {
            sb.append(" RETURNING ");
            targets(r);
        }
    }

    final void update(UpdateStmt u) {
        if (u.with() != null) {
            with(u.with());
        }
        sb.append("UPDATE ");
        tableRef(u.table());
        sb.append(" SET ");
        setClauses(u.set());
        if (!u.from().isEmpty()) {
            sb.append(" FROM ");
            fromList(u.from());
        }
        if (u.where() != null) {
            sb.append(" WHERE ");
            expr(u.where());
        }
        returning(u.returning());
    }

    final void delete(DeleteStmt d) {
        if (d.with() != null) {
            with(d.with());
        }
        sb.append("DELETE FROM ");
        tableRef(d.table());
        if (!d.using().isEmpty()) {
            sb.append(" USING ");
            fromList(d.using());
        }
        if (d.where() != null) {
            sb.append(" WHERE ");
            expr(d.where());
        }
        returning(d.returning());
    }

    final void merge(dev.olifant.sql.ast.MergeStmt m) {
        if (m.with() != null) {
            with(m.with());
        }
        sb.append("MERGE INTO ");
        tableRef(m.target());
        sb.append(" USING ");
        fromItem(m.source());
        sb.append(" ON ");
        expr(m.on());
        for (dev.olifant.sql.ast.MergeWhen w : m.whens()) {
            sb.append(w.matched() ? " WHEN MATCHED" : " WHEN NOT MATCHED");
            if (w.condition() != null) {
                sb.append(" AND ");
                expr(w.condition());
            }
            sb.append(" THEN ");
            switch (w.action()) {
                case dev.olifant.sql.ast.MergeWhen.Update u -> {
                    sb.append("UPDATE SET ");
                    setClauses(u.set());
                }
                case dev.olifant.sql.ast.MergeWhen.Delete d -> sb.append("DELETE");
                case dev.olifant.sql.ast.MergeWhen.DoNothing d -> sb.append("DO NOTHING");
                case dev.olifant.sql.ast.MergeWhen.Insert i -> {
                    sb.append("INSERT");
                    insertTargets(i.columns(), i.overriding());
                    if (i.values() == null) {
                        sb.append(" DEFAULT VALUES");
                    } else {
                        sb.append(" VALUES (");
                        for (int k = 0; k < i.values().size(); k++) {
                            if (k > 0) {
                                sb.append(", ");
                            }
                            expr(i.values().get(k));
                        }
                        sb.append(')');
                    }
                }
            }
        }
    }
}
