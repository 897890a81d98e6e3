package dev.olifant.catalog.system;

import dev.olifant.catalog.Catalog;
import dev.olifant.catalog.Column;
import dev.olifant.catalog.Constraint;
import dev.olifant.catalog.ConstraintKind;
import dev.olifant.catalog.Identity;
import dev.olifant.catalog.Namespace;
import dev.olifant.catalog.Relation;
import dev.olifant.catalog.Sequence;
import dev.olifant.catalog.Table;
import dev.olifant.catalog.View;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;
import dev.olifant.types.Typmods;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The information_schema views over user tables, views, sequences and constraints, with
 * PostgreSQL 15's columns (its domains sql_identifier, character_data, yes_or_no and
 * cardinal_number appear as their base types name, varchar, varchar and integer).
 */
final class InformationSchema {
    private InformationSchema() {
    }

    static List<SystemView> all() {
        return List.of(
                view("schemata", Specs.IS_SCHEMATA_OID, Specs.IS_SCHEMATA, InformationSchema::schemata),
                view("tables", Specs.IS_TABLES_OID, Specs.IS_TABLES, InformationSchema::tables),
                view("columns", Specs.IS_COLUMNS_OID, Specs.IS_COLUMNS, InformationSchema::columns),
                view("views", Specs.IS_VIEWS_OID, Specs.IS_VIEWS, InformationSchema::views),
                view("table_constraints", Specs.IS_TABLE_CONSTRAINTS_OID, Specs.IS_TABLE_CONSTRAINTS,
                        InformationSchema::tableConstraints),
                view("key_column_usage", Specs.IS_KEY_COLUMN_USAGE_OID, Specs.IS_KEY_COLUMN_USAGE,
                        InformationSchema::keyColumnUsage),
                view("referential_constraints", Specs.IS_REFERENTIAL_CONSTRAINTS_OID,
                        Specs.IS_REFERENTIAL_CONSTRAINTS, InformationSchema::referentialConstraints),
                view("check_constraints", Specs.IS_CHECK_CONSTRAINTS_OID, Specs.IS_CHECK_CONSTRAINTS,
                        InformationSchema::checkConstraints),
                view("sequences", Specs.IS_SEQUENCES_OID, Specs.IS_SEQUENCES, InformationSchema::sequences));
    }

    private static SystemView view(String name, long oid, String spec, Function<SystemContext, List<Object[]>> rows) {
        return new CatalogView("information_schema", name, oid, CatalogView.columns(spec), rows);
    }

    private static String yes(boolean b) {
        return b ? "YES" : "NO";
    }

    private static List<Relation> relations(SystemContext ctx) {
        return ClassViews.sorted(ctx.catalog().relations(), Relation::oid);
    }

    private static String db(SystemContext ctx) {
        return ctx.database().info().name();
    }

    private static String ns(SystemContext ctx, Relation r) {
        return Names.namespace(ctx, r.namespaceOid());
    }

    private static List<Object[]> schemata(SystemContext ctx) {
        List<Object[]> rows = new ArrayList<>();
        for (Namespace n : ClassViews.sorted(ctx.catalog().namespaces(), Namespace::oid)) {
            rows.add(new Object[] {db(ctx), n.name(), Names.role(ctx, n.ownerOid()), null, null, null, null});
        }
        return rows;
    }

    private static List<Object[]> tables(SystemContext ctx) {
        List<Object[]> rows = new ArrayList<>();
        for (Relation r : relations(ctx)) {
            if (r instanceof Table || r instanceof View) {
                boolean table = r instanceof Table;
                String type = r.persistence() == 't' ? "LOCAL TEMPORARY" : table ? "BASE TABLE" : "VIEW";
                rows.add(new Object[] {db(ctx), ns(ctx, r), r.name(), type, null, null, null, null, null,
                    yes(table), "NO", null});
            }
        }
        return rows;
    }

    private static List<Object[]> columns(SystemContext ctx) {
        List<Object[]> rows = new ArrayList<>();
        for (Relation r : relations(ctx)) {
            if (r instanceof Table t) {
                int position = 0;
                for (Column c : t.columns()) {
                    if (!c.dropped()) {
                        rows.add(column(ctx, r, ++position, c.name(), c.type(), c.typmod(), c.notNull(),
                                c.identity() == Identity.NONE && c.defaultExpr() != null ? Definitions.expression(
                                        ctx.catalog(), ctx.searchPath(), ColumnDefaults.adbin(c)) : null, c.identity(), true));
                    }
                }
            } else if (r instanceof View v) {
                int position = 0;
                for (View.ViewColumn c : v.columns()) {
                    rows.add(column(ctx, r, ++position, c.name(), c.type(), c.typmod(), false, null, Identity.NONE,
                            false));
                }
            }
        }
        return rows;
    }

    private static Object[] column(SystemContext ctx, Relation r, int position, String name, PgType type, int typmod,
            boolean notNull, String defaultExpr, Identity identity, boolean updatable) {
        Object[] row = new Object[44];
        row[0] = db(ctx);
        row[1] = ns(ctx, r);
        row[2] = r.name();
        row[3] = name;
        row[4] = position;
        row[5] = defaultExpr;
        row[6] = yes(!notNull);
        row[7] = type.isArray() ? "ARRAY" : Typmods.formatName(type);
        TypeDetails.fill(type, typmod, row);
        long collation = TypeFacts.collation(type);
        if (collation != 0 && !type.isArray()) {
            row[20] = "pg_catalog";
            row[21] = collation == 100 ? "default" : "C";
            row[19] = db(ctx);
        }
        row[25] = db(ctx);
        row[26] = "pg_catalog";
        row[27] = type.name();
        row[32] = Integer.toString(position);
        row[33] = "NO";
        row[34] = yes(identity != Identity.NONE);
        row[35] = identity == Identity.ALWAYS ? "ALWAYS" : identity == Identity.BY_DEFAULT ? "BY DEFAULT" : null;
        row[40] = "NO";
        row[41] = "NEVER";
        row[43] = yes(updatable);
        return row;
    }

    private static List<Object[]> views(SystemContext ctx) {
        List<Object[]> rows = new ArrayList<>();
        for (Relation r : relations(ctx)) {
            if (r instanceof View v) {
                rows.add(new Object[] {db(ctx), ns(ctx, r), v.name(), Definitions.viewDef(v), "NONE", "NO", "NO", "NO", "NO", "NO"});
            }
        }
        return rows;
    }

    private static String constraintType(ConstraintKind k) {
        return switch (k) {
            case PRIMARY_KEY -> "PRIMARY KEY";
            case UNIQUE -> "UNIQUE";
            case CHECK -> "CHECK";
            case FOREIGN_KEY -> "FOREIGN KEY";
        };
    }

    private static List<Object[]> tableConstraints(SystemContext ctx) {
        List<Object[]> rows = new ArrayList<>();
        for (Relation r : relations(ctx)) {
            if (r instanceof Table t) {
                for (Constraint c : t.constraints()) {
                    rows.add(new Object[] {db(ctx), ns(ctx, t), c.name(), db(ctx), ns(ctx, t), t.name(),
                        constraintType(c.kind()), yes(c.deferrable()), yes(c.initiallyDeferred()), "YES",
                        c.kind() == ConstraintKind.UNIQUE || c.kind() == ConstraintKind.PRIMARY_KEY ? "YES" : null});
                }
                for (Column col : t.columns()) {
                    if (col.notNull() && !col.dropped()) {
                        rows.add(new Object[] {db(ctx), ns(ctx, t), t.namespaceOid() + "_" + t.oid() + "_"
                            + col.attnum() + "_not_null", db(ctx), ns(ctx, t), t.name(), "CHECK", "NO", "NO", "YES",
                            null});
                    }
                }
            }
        }
        return rows;
    }

    private static List<Object[]> keyColumnUsage(SystemContext ctx) {
        Catalog cat = ctx.catalog();
        List<Object[]> rows = new ArrayList<>();
        for (Relation r : relations(ctx)) {
            if (r instanceof Table t) {
                for (Constraint c : t.constraints()) {
                    if (c.kind() == ConstraintKind.CHECK) {
                        continue;
                    }
                    for (int k = 0; k < c.columns().size(); k++) {
                        Object unique = null;
                        if (c.foreignKey() != null && cat.relation(c.foreignKey().referencedTableOid()) instanceof Table) {
                            unique = k + 1;
                        }
                        rows.add(new Object[] {db(ctx), ns(ctx, t), c.name(), db(ctx), ns(ctx, t), t.name(),
                            t.column(c.columns().get(k)).name(), k + 1, unique});
                    }
                }
            }
        }
        return rows;
    }

    private static List<Object[]> referentialConstraints(SystemContext ctx) {
        Catalog cat = ctx.catalog();
        List<Object[]> rows = new ArrayList<>();
        for (Relation r : relations(ctx)) {
            if (r instanceof Table t) {
                for (Constraint c : t.constraints()) {
                    Constraint.ForeignKey fk = c.foreignKey();
                    if (fk == null) {
                        continue;
                    }
                    String uniqueName = null;
                    String uniqueSchema = null;
                    if (cat.relation(fk.referencedTableOid()) instanceof Table ref) {
                        long index = ConstraintViews.referencedIndex(cat, fk);
                        for (Constraint rc : ref.constraints()) {
                            if (rc.indexOid() == index && index != 0) {
                                uniqueName = rc.name();
                                uniqueSchema = ns(ctx, ref);
                            }
                        }
                    }
                    rows.add(new Object[] {db(ctx), ns(ctx, t), c.name(), uniqueName == null ? null : db(ctx),
                        uniqueSchema, uniqueName, fk.matchType() == 'f' ? "FULL" : "NONE", fk.onUpdate().sql(),
                        fk.onDelete().sql()});
                }
            }
        }
        return rows;
    }

    private static List<Object[]> checkConstraints(SystemContext ctx) {
        List<Object[]> rows = new ArrayList<>();
        for (Relation r : relations(ctx)) {
            if (r instanceof Table t) {
                for (Constraint c : t.constraints()) {
                    if (c.kind() == ConstraintKind.CHECK) {
                        rows.add(new Object[] {db(ctx), ns(ctx, t), c.name(), Definitions.parenthesized(c.checkExpr())});
                    }
                }
                for (Column col : t.columns()) {
                    if (col.notNull() && !col.dropped()) {
                        rows.add(new Object[] {db(ctx), ns(ctx, t), t.namespaceOid() + "_" + t.oid() + "_"
                            + col.attnum() + "_not_null", Definitions.quote(col.name()) + " IS NOT NULL"});
                    }
                }
            }
        }
        return rows;
    }

    private static List<Object[]> sequences(SystemContext ctx) {
        List<Object[]> rows = new ArrayList<>();
        for (Relation r : relations(ctx)) {
            if (r instanceof Sequence s) {
                Object[] row = new Object[12];
                row[0] = db(ctx);
                row[1] = ns(ctx, s);
                row[2] = s.name();
                row[3] = Typmods.formatName(s.type());
                row[4] = s.type() == Types.INT2 ? 16 : s.type() == Types.INT4 ? 32 : 64;
                row[5] = 2;
                row[6] = 0;
                row[7] = Long.toString(s.start());
                row[8] = Long.toString(s.min());
                row[9] = Long.toString(s.max());
                row[10] = Long.toString(s.increment());
                row[11] = yes(s.cycle());
                rows.add(row);
            }
        }
        return rows;
    }
}
