package dev.olifant.session;

import dev.olifant.catalog.Relation;
import dev.olifant.catalog.Table;
import dev.olifant.commands.Vacuum;
import dev.olifant.sql.analyze.AnalysisContext;
import dev.olifant.sql.analyze.Names;
import dev.olifant.sql.analyze.ParamTypes;
import dev.olifant.sql.ast.VacuumRelation;
import dev.olifant.sql.ast.VacuumStmt;
import dev.olifant.txn.Horizon;
import dev.olifant.types.PgType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code VACUUM [FULL] [tables]}: vacuums the named tables, or every table of the database.
 * FULL, FREEZE and ANALYZE are accepted; with tables in memory and versions frozen by every
 * vacuum anyway, FULL and FREEZE do what plain VACUUM does (ANALYZE keeps no statistics yet).
 */
final class VacuumRunner {
    private final PgSession session;

    VacuumRunner(PgSession session) {
        this.session = session;
    }

    void run(VacuumStmt v) {
        List<Table> tables = new ArrayList<>();
        if (v.relations().isEmpty()) {
            for (Relation r : session.catalog().relations()) {
                if (r instanceof Table t && t.storage() != null) {
                    tables.add(t);
                }
            }
        } else {
            AnalysisContext actx = session.analysisContext(session.catalog(), new ParamTypes(new PgType[0], false));
            for (VacuumRelation r : v.relations()) {
                tables.add(Names.table(actx, r.table()));
            }
        }
        Horizon horizon = session.instance().cluster().transactions().horizon();
        for (Table t : tables) {
            session.interrupts.check();
            Vacuum.table(t, horizon, false);
        }
    }
}
