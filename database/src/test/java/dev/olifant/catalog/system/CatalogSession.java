package dev.olifant.catalog.system;

import dev.olifant.catalog.Catalog;
import dev.olifant.catalog.Column;
import dev.olifant.catalog.Constraint;
import dev.olifant.catalog.ConstraintKind;
import dev.olifant.catalog.Database;
import dev.olifant.catalog.ForeignKeyAction;
import dev.olifant.catalog.Identity;
import dev.olifant.catalog.Index;
import dev.olifant.catalog.Namespace;
import dev.olifant.catalog.Oids;
import dev.olifant.catalog.Sequence;
import dev.olifant.catalog.Table;
import dev.olifant.catalog.View;
import dev.olifant.error.PgException;
import dev.olifant.session.Field;
import dev.olifant.session.Instance;
import dev.olifant.session.InstanceConfig;
import dev.olifant.session.ResultSink;
import dev.olifant.session.Session;
import dev.olifant.session.StartupRequest;
import dev.olifant.storage.SequenceData;
import dev.olifant.storage.TableStorage;
import dev.olifant.types.Types;
import dev.olifant.types.Typmods;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A session on an in-process instance whose postgres database holds objects built directly in the
 * catalog, the way psql's meta-commands would find them after the equivalent DDL.
 */
final class CatalogSession implements AutoCloseable {
    static final long APP = 16_400;
    static final long ACCOUNTS = 16_401;
    static final long ACCOUNTS_PKEY = 16_402;
    static final long ACCOUNTS_ID_SEQ = 16_403;
    static final long TX = 16_404;
    static final long TX_PKEY = 16_405;
    static final long TX_ACCT_IDX = 16_406;
    static final long V_ACC = 16_407;
    static final long CHECK_OID = 16_408;
    static final long FK_OID = 16_409;
    static final long PKEY_CON = 16_410;
    static final long TX_PKEY_CON = 16_411;

    final Instance instance;
    final Session session;

    CatalogSession(Path dir) {
        instance = Instance.open(new InstanceConfig(dir, 5432));
        session = instance.open(new StartupRequest("postgres", "postgres", Map.of("user", "postgres"), 1));
    }

    void change(UnaryOperator<Catalog> f) {
        Database db = instance.cluster().database("postgres");
        db.publish(f.apply(db.committed()));
    }

    /** accounts (serial id primary key, name not null, balance numeric(12,2) default 0 check >= 0), tx, a view. */
    void createFixture() {
        long owner = Oids.BOOTSTRAP_SUPERUSER;
        long pub = Oids.PUBLIC_NAMESPACE;
        Column id = new Column("id", 1, Types.INT4, -1, true, "nextval('public.accounts_id_seq'::regclass)", null,
                Identity.NONE, ACCOUNTS_ID_SEQ, false);
        Column name = new Column("name", 2, Types.TEXT, -1, true, null, null, Identity.NONE, 0, false);
        Column balance = new Column("balance", 3, Types.NUMERIC, Typmods.encode(Types.NUMERIC, new int[] {12, 2}),
                false, "0", null, Identity.NONE, 0, false);
        Table accounts = new Table(ACCOUNTS, "accounts", pub, owner, 'p', List.of(id, name, balance),
                List.of(new Constraint(PKEY_CON, "accounts_pkey", ConstraintKind.PRIMARY_KEY, List.of(1), ACCOUNTS_PKEY,
                        null, null, false, false),
                        new Constraint(CHECK_OID, "accounts_balance_check", ConstraintKind.CHECK, List.of(3), 0,
                                "balance >= 0", null, false, false)),
                List.of(ACCOUNTS_PKEY), new TableStorage());
        Index pkey = new Index(ACCOUNTS_PKEY, "accounts_pkey", pub, owner, ACCOUNTS, List.of(1), List.of(),
                List.of(false), List.of(false), true, true, null);
        Sequence seq = new Sequence(ACCOUNTS_ID_SEQ, "accounts_id_seq", pub, owner, 'p', Types.INT4, 1, 1, 1,
                Integer.MAX_VALUE, 1, false, ACCOUNTS, 1, new SequenceData(1));
        Column txId = new Column("id", 1, Types.INT8, -1, true, null, null, Identity.ALWAYS, 0, false);
        Column acct = new Column("acct", 2, Types.INT4, -1, false, null, null, Identity.NONE, 0, false);
        Column note = new Column("note", 3, Types.VARCHAR, Typmods.encode(Types.VARCHAR, new int[] {40}), false,
                null, null, Identity.NONE, 0, false);
        Table tx = new Table(TX, "tx", APP, owner, 'p', List.of(txId, acct, note),
                List.of(new Constraint(TX_PKEY_CON, "tx_pkey", ConstraintKind.PRIMARY_KEY, List.of(1), TX_PKEY, null,
                        null, false, false),
                        new Constraint(FK_OID, "tx_acct_fkey", ConstraintKind.FOREIGN_KEY, List.of(2), 0, null,
                                new Constraint.ForeignKey(ACCOUNTS, List.of(1), ForeignKeyAction.NO_ACTION,
                                        ForeignKeyAction.CASCADE, 's', List.of()), false, false)),
                List.of(TX_PKEY, TX_ACCT_IDX), new TableStorage());
        Index txPkey = new Index(TX_PKEY, "tx_pkey", APP, owner, TX, List.of(1), List.of(), List.of(false),
                List.of(false), true, true, null);
        Index txAcct = new Index(TX_ACCT_IDX, "tx_acct_idx", APP, owner, TX, List.of(2, 0), List.of("lower(note)"),
                List.of(true, false), List.of(true, false), false, false, "acct > 0");
        View view = new View(V_ACC, "v_acc", pub, owner, 'p', "SELECT accounts.id,\n    accounts.name\n   FROM accounts",
                List.of(new View.ViewColumn("id", Types.INT4, -1), new View.ViewColumn("name", Types.TEXT, -1)));
        change(c -> c.withNamespace(new Namespace(APP, "app", owner))
                .withRelation(accounts).withRelation(pkey).withRelation(seq)
                .withRelation(tx).withRelation(txPkey).withRelation(txAcct).withRelation(view)
                .withComment(new Catalog.CommentKey(ACCOUNTS, Oids.PG_CLASS, 0), "customer accounts")
                .withComment(new Catalog.CommentKey(ACCOUNTS, Oids.PG_CLASS, 2), "holder name"));
    }

    /** Runs one statement; the rows as text (null for NULL). */
    List<List<String>> query(String sql) {
        List<List<String>> rows = new ArrayList<>();
        session.simpleQuery(sql, new ResultSink() {
            @Override
            public void rowDescription(List<Field> fields) {
            }

            @Override
            public void dataRow(byte[][] values) {
                List<String> r = new ArrayList<>();
                for (byte[] v : values) {
                    r.add(v == null ? null : new String(v, StandardCharsets.UTF_8));
                }
                rows.add(r);
            }

            @Override
            public void commandComplete(String tag) {
            }

            @Override
            public void emptyQuery() {
            }

            @Override
            public void notice(PgException notice) {
            }

            @Override
            public void parameterStatus(String name, String value) {
            }

            @Override
            public InputStream copyIn(boolean binary, int columnCount) {
                throw new IllegalStateException("the catalog test sink does not take COPY data");
            }

            @Override
            public void copyOutStart(boolean binary, int columnCount) {
            }

            @Override
            public void copyData(byte[] data, int offset, int length) {
            }

            @Override
            public void copyDone() {
            }
        });
        return rows;
    }

    @Override
    public void close() {
        session.close();
        instance.close();
    }
}
