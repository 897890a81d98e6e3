package dev.olifant.commands;

import dev.olifant.catalog.Catalog;
import dev.olifant.catalog.CatalogTxn;
import dev.olifant.catalog.Cluster;
import dev.olifant.catalog.Database;
import dev.olifant.catalog.Relation;
import dev.olifant.catalog.Table;
import dev.olifant.error.PgException;
import dev.olifant.exec.ExecContext;
import dev.olifant.exec.Interrupts;
import dev.olifant.exec.SessionServices;
import dev.olifant.sql.analyze.AnalysisContext;
import dev.olifant.sql.analyze.ParamTypes;
import dev.olifant.sql.ast.RawStatement;
import dev.olifant.sql.parser.Parser;
import dev.olifant.storage.TupleVersion;
import dev.olifant.txn.IsolationLevel;
import dev.olifant.txn.Transaction;
import dev.olifant.txn.TransactionManager;
import dev.olifant.types.FormatSettings;
import dev.olifant.types.PgType;
import dev.olifant.types.RegLookup;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A cluster, the postgres database and a transaction to run commands in, for tests. */
final class CommandFixture {
    final Cluster cluster = Cluster.initialize("postgres");
    final Database db = cluster.database("postgres");
    final CatalogTxn txn = new CatalogTxn(db);
    final List<PgException> notices = new ArrayList<>();
    private final dev.olifant.lock.Locker locker = new dev.olifant.lock.LockManager(cluster.transactions())
            .register(1, 1, () -> 0);
    private final RegLookup reg = new RegLookup() {
        @Override
        public String nameOf(PgType regType, long oid) {
            Relation r = txn.current().relation(oid);
            return r == null ? null : r.name();
        }

        @Override
        public long oidOf(PgType regType, String text) {
            Relation r = txn.current().relation(2200, text);
            if (r == null) {
                throw new PgException(dev.olifant.error.SqlState.UNDEFINED_TABLE,
                        "relation \"" + text + "\" does not exist");
            }
            return r.oid();
        }
    };

    String run(String sql) {
        String tag = null;
        for (RawStatement raw : Parser.parse(sql)) {
            Transaction t = new Transaction(cluster.transactions(), IsolationLevel.READ_COMMITTED, false);
            ExecContext exec = new ExecContext(t, cluster.transactions().snapshot(), new Object[0],
                    FormatSettings.defaults(ZoneOffset.UTC), Instant.now(), Instant.now(), new Interrupts(), reg,
                    new Services());
            CommandContext ctx = new CommandContext(cluster, db, txn, this::analysis, exec, false, 10,
                    notices::add, 0);
            tag = Commands.execute(raw.statement(), sql, ctx);
        }
        return tag;
    }

    AnalysisContext analysis(Catalog cat) {
        return new AnalysisContext(cluster, cat, List.of(11L, 2200L), 2200, FormatSettings.defaults(ZoneOffset.UTC),
                reg, new ParamTypes(new PgType[0], true), "postgres", 10, "postgres", null);
    }

    Catalog catalog() {
        return txn.current();
    }

    Relation rel(String name) {
        return txn.current().relation(2200, name);
    }

    Table table(String name) {
        return (Table) rel(name);
    }

    /** Stores a committed row directly in the table's heap. */
    void insert(String table, Object... values) {
        table(table).storage().heap().insert(new TupleVersion(TransactionManager.BOOTSTRAP_XID, 0, values));
    }

    List<String> noticeTexts() {
        return notices.stream().map(Throwable::getMessage).toList();
    }

    private final class Services implements SessionServices {
        public String currentUser() {
            return "postgres";
        }

        public String sessionUser() {
            return "postgres";
        }

        public String currentDatabase() {
            return "postgres";
        }

        public long lockTimeoutMillis() {
            return 0;
        }

        public long deadlockTimeoutMillis() {
            return 1000;
        }

        public void sequenceUsed(long sequenceOid, long value) {
        }

        public Long currval(long sequenceOid) {
            return null;
        }

        public Long lastval() {
            return null;
        }

        public dev.olifant.catalog.Relation relation(long oid) {
            return txn.current().relation(oid);
        }

        public String showSetting(String name) {
            return null;
        }

        public String setSetting(String name, String value, boolean local) {
            return null;
        }

        public int processId() {
            return 1;
        }

        public dev.olifant.catalog.system.SystemContext systemContext() {
            return null;
        }

        public dev.olifant.lock.Locker locker() {
            return locker;
        }

        public dev.olifant.exec.dml.TableTarget writeTarget(long tableOid) {
            return dev.olifant.sql.analyze.TargetBuilder.build(analysis(txn.current()),
                    (Table) txn.current().relation(tableOid));
        }

        public dev.olifant.exec.expr.Expression columnDefault(long tableOid, int attnum) {
            return dev.olifant.sql.analyze.ExpressionAnalysis.columnDefault(analysis(txn.current()),
                    ((Table) txn.current().relation(tableOid)).column(attnum));
        }

        public dev.olifant.exec.dml.DeferredConstraints deferredConstraints() {
            return deferred;
        }

        private final dev.olifant.exec.dml.DeferredConstraints deferred = new dev.olifant.exec.dml.DeferredConstraints();
    }
}
