package dev.olifant.sql.analyze;

import dev.olifant.catalog.Catalog;
import dev.olifant.catalog.Namespace;
import dev.olifant.catalog.Relation;
import dev.olifant.catalog.Table;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.sql.ast.QualifiedName;

/** Resolving possibly qualified object names through search_path (PostgreSQL's namespace.c). */
public final class Names {
    private Names() {
    }

    /** The relation named, or null. A qualified name's schema must exist (3F000). */
    public static Relation findRelation(AnalysisContext ctx, QualifiedName name) {
        return findRelation(ctx, name, Lookup.POSITIONED);
    }

    /**
     * How a lookup reports a missing schema: utility commands report it without a cursor
     * position, and a query's table reference (PostgreSQL's parserOpenTable) reports the relation
     * as missing instead.
     */
    private enum Lookup { POSITIONED, UTILITY, QUERY }

    private static Relation findRelation(AnalysisContext ctx, QualifiedName name, Lookup how) {
        Catalog cat = ctx.catalog();
        String schema = name.qualifier();
        if (name.parts().size() > 3) {
            throw new PgException(SqlState.SYNTAX_ERROR, "improper qualified name (too many dotted names): " + name)
                    .withPosition(name.location() + 1);
        }
        if (name.parts().size() == 3 && !name.parts().get(0).equals(ctx.currentDatabase())) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "cross-database references are not implemented: "
                    + name).withPosition(name.location() + 1);
        }
        if (schema != null) {
            Namespace ns = schema.equals("pg_temp") ? ownTempNamespace(ctx) : cat.namespace(schema);
            if (ns == null && schema.equals("pg_temp")) {
                return null;
            }
            if (ns == null && how == Lookup.QUERY) {
                return null;
            }
            if (ns == null) {
                throw new PgException(SqlState.INVALID_SCHEMA_NAME, "schema \"" + schema + "\" does not exist")
                        .withPosition(how == Lookup.UTILITY ? 0 : name.location() + 1);
            }
            return cat.relation(ns.oid(), name.last());
        }
        for (long nsOid : ctx.searchPath()) {
            Relation r = cat.relation(nsOid, name.last());
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    /**
     * The session's temporary schema when it exists: search_path resolution puts it into the
     * path (first, unless the path names pg_temp elsewhere), and no other session's is there.
     */
    public static Namespace ownTempNamespace(AnalysisContext ctx) {
        for (long oid : ctx.searchPath()) {
            Namespace ns = ctx.catalog().namespace(oid);
            if (ns != null && ns.name().startsWith("pg_temp_")) {
                return ns;
            }
        }
        return null;
    }

    public static Relation relation(AnalysisContext ctx, QualifiedName name) {
        return relation(ctx, name, Lookup.POSITIONED);
    }

    /** A relation a query reads or writes: a missing schema makes the relation missing (42P01). */
    public static Relation queryRelation(AnalysisContext ctx, QualifiedName name) {
        return relation(ctx, name, Lookup.QUERY);
    }

    /** A relation a utility command (ALTER TABLE …) acts on, reported without a cursor position. */
    public static Relation utilityRelation(AnalysisContext ctx, QualifiedName name) {
        return relation(ctx, name, Lookup.UTILITY);
    }

    private static Relation relation(AnalysisContext ctx, QualifiedName name, Lookup how) {
        Relation r = findRelation(ctx, name, how);
        if (r == null) {
            throw new PgException(SqlState.UNDEFINED_TABLE, "relation \"" + name + "\" does not exist")
                    .withPosition(how == Lookup.UTILITY ? 0 : name.location() + 1);
        }
        return r;
    }

    public static Table table(AnalysisContext ctx, QualifiedName name) {
        Relation r = relation(ctx, name);
        if (!(r instanceof Table t)) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "\"" + name.last() + "\" is not a table")
                    .withPosition(name.location() + 1);
        }
        return t;
    }

    /** A table a utility command acts on, reported without a cursor position. */
    public static Table utilityTable(AnalysisContext ctx, QualifiedName name) {
        if (!(utilityRelation(ctx, name) instanceof Table t)) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "\"" + name.last() + "\" is not a table");
        }
        return t;
    }

    /** The schema a new object named {@code name} goes into. */
    public static Namespace creationNamespace(AnalysisContext ctx, QualifiedName name) {
        return creationNamespace(ctx, name, true);
    }

    /**
     * The schema a new object goes into; {@code positioned} false for commands PostgreSQL reports
     * a missing schema of without a cursor position (CREATE VIEW, CREATE SEQUENCE).
     */
    public static Namespace creationNamespace(AnalysisContext ctx, QualifiedName name, boolean positioned) {
        String schema = name.qualifier();
        if (schema != null) {
            Namespace ns = schema.equals("pg_temp") ? ownTempNamespace(ctx) : ctx.catalog().namespace(schema);
            if (ns == null) {
                throw new PgException(SqlState.INVALID_SCHEMA_NAME, "schema \"" + schema + "\" does not exist")
                        .withPosition(positioned ? name.location() + 1 : 0);
            }
            return ns;
        }
        Namespace ns = ctx.catalog().namespace(ctx.creationNamespaceOid());
        if (ns == null) {
            throw new PgException(SqlState.INVALID_SCHEMA_NAME, "no schema has been selected to create in")
                    .withPosition(name.location() + 1);
        }
        return ns;
    }
}
