package dev.olifant.session;

import dev.olifant.catalog.Catalog;
import dev.olifant.catalog.Constraint;
import dev.olifant.catalog.Namespace;
import dev.olifant.catalog.Relation;
import dev.olifant.catalog.Table;
import dev.olifant.error.PgException;
import dev.olifant.error.Severity;
import dev.olifant.error.SqlState;
import dev.olifant.sql.ast.QualifiedName;
import dev.olifant.sql.ast.SetConstraintsStmt;
import dev.olifant.txn.Transaction;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * SET CONSTRAINTS (outside a transaction block a warning, but the names are still checked): names resolve as PostgreSQL's AfterTriggerSetState resolves them (a qualified
 * name in its schema, an unqualified one in every schema of search_path, all matches counting),
 * and the transaction's deferred state changes; checks made IMMEDIATE fire at once.
 */
final class ConstraintModes {
    private ConstraintModes() {
    }

    static UtilityRunner.Result run(PgSession session, SetConstraintsStmt s, ResultSink sink) {
        if (!session.tx.explicit()) {
            session.notice(sink, new PgException(SqlState.NO_ACTIVE_SQL_TRANSACTION, Severity.WARNING,
                    "SET CONSTRAINTS can only be used in transaction blocks", null, null, 0, null));
        }
        Transaction txn = session.beginStatementTransaction();
        Set<Long> oids = null;
        if (!s.names().isEmpty()) {
            oids = new HashSet<>();
            Catalog cat = session.catalog();
            for (QualifiedName n : s.names()) {
                List<Long> schemas;
                if (n.parts().size() > 1) {
                    Namespace ns = cat.namespace(n.parts().get(n.parts().size() - 2));
                    if (ns == null) {
                        throw new PgException(SqlState.INVALID_SCHEMA_NAME, "schema \""
                                + n.parts().get(n.parts().size() - 2) + "\" does not exist");
                    }
                    schemas = List.of(ns.oid());
                } else {
                    schemas = session.searchPath().schemas();
                }
                boolean found = false;
                for (Relation r : cat.relations()) {
                    if (r instanceof Table t && schemas.contains(t.namespaceOid())) {
                        for (Constraint c : t.constraints()) {
                            if (c.name().equals(n.last())) {
                                if (!c.deferrable()) {
                                    throw new PgException(SqlState.WRONG_OBJECT_TYPE, "constraint \"" + n.last()
                                            + "\" is not deferrable");
                                }
                                oids.add(c.oid());
                                found = true;
                            }
                        }
                    }
                }
                if (!found) {
                    throw new PgException(SqlState.UNDEFINED_OBJECT, "constraint \"" + n.last()
                            + "\" does not exist");
                }
            }
        }
        session.deferredConstraints().set(oids, s.deferred(), session.execContext(txn, new Object[0]));
        return UtilityRunner.Result.tag("SET CONSTRAINTS");
    }
}
