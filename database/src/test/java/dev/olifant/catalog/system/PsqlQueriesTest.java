package dev.olifant.catalog.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalog queries psql 15 sends for its meta-commands, with PostgreSQL 15's answers. */
class PsqlQueriesTest {
    @TempDir
    Path dir;
    CatalogSession s;

    @BeforeEach
    void open() {
        s = new CatalogSession(dir);
        s.createFixture();
    }

    @AfterEach
    void close() {
        s.close();
    }

    static List<String> row(String... v) {
        return Arrays.asList(v);
    }

    @Test
    void listsRelations() {
        String sql = """
                SELECT n.nspname as "Schema",
                  c.relname as "Name",
                  CASE c.relkind WHEN 'r' THEN 'table' WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view' WHEN 'i' THEN 'index' WHEN 'S' THEN 'sequence' WHEN 't' THEN 'TOAST table' WHEN 'f' THEN 'foreign table' WHEN 'p' THEN 'partitioned table' WHEN 'I' THEN 'partitioned index' END as "Type",
                  pg_catalog.pg_get_userbyid(c.relowner) as "Owner"
                FROM pg_catalog.pg_class c
                     LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                     LEFT JOIN pg_catalog.pg_am am ON am.oid = c.relam
                WHERE c.relkind IN ('r','p','v','m','S','f','')
                      AND n.nspname <> 'pg_catalog'
                      AND n.nspname !~ '^pg_toast'
                      AND n.nspname <> 'information_schema'
                  AND pg_catalog.pg_table_is_visible(c.oid)
                ORDER BY 1,2""";
        assertThat(s.query(sql)).containsExactly(
                row("public", "accounts", "table", "postgres"),
                row("public", "accounts_id_seq", "sequence", "postgres"),
                row("public", "v_acc", "view", "postgres"));
    }

    @Test
    void describesColumns() {
        String sql = """
                SELECT a.attname,
                  pg_catalog.format_type(a.atttypid, a.atttypmod),
                  (SELECT pg_catalog.pg_get_expr(d.adbin, d.adrelid, true)
                   FROM pg_catalog.pg_attrdef d
                   WHERE d.adrelid = a.attrelid AND d.adnum = a.attnum AND a.atthasdef),
                  a.attnotnull,
                  (SELECT c.collname FROM pg_catalog.pg_collation c, pg_catalog.pg_type t
                   WHERE c.oid = a.attcollation AND t.oid = a.atttypid AND a.attcollation <> t.typcollation) AS attcollation,
                  a.attidentity,
                  a.attgenerated,
                  a.attstorage,
                  a.attcompression AS attcompression,
                  CASE WHEN a.attstattarget=-1 THEN NULL ELSE a.attstattarget END AS attstattarget,
                  pg_catalog.col_description(a.attrelid, a.attnum)
                FROM pg_catalog.pg_attribute a
                WHERE a.attrelid = '16401' AND a.attnum > 0 AND NOT a.attisdropped
                ORDER BY a.attnum""";
        assertThat(s.query(sql)).containsExactly(
                row("id", "integer", "nextval('accounts_id_seq'::regclass)", "t", null, "", "", "p", "", null, null),
                row("name", "text", null, "t", null, "", "", "x", "", null, "holder name"),
                row("balance", "numeric(12,2)", "0", "f", null, "", "", "m", "", null, null));
    }

    @Test
    void describesIndexesAndConstraints() {
        String sql = """
                SELECT c2.relname, i.indisprimary, i.indisunique, i.indisclustered, i.indisvalid, pg_catalog.pg_get_indexdef(i.indexrelid, 0, true),
                  pg_catalog.pg_get_constraintdef(con.oid, true), contype, condeferrable, condeferred, i.indisreplident, c2.reltablespace
                FROM pg_catalog.pg_class c, pg_catalog.pg_class c2, pg_catalog.pg_index i
                  LEFT JOIN pg_catalog.pg_constraint con ON (conrelid = i.indrelid AND conindid = i.indexrelid AND contype IN ('p','u','x'))
                WHERE c.oid = '16404' AND c.oid = i.indrelid AND i.indexrelid = c2.oid
                ORDER BY i.indisprimary DESC, c2.relname""";
        assertThat(s.query(sql)).containsExactly(
                row("tx_pkey", "t", "t", "f", "t", "CREATE UNIQUE INDEX tx_pkey ON app.tx USING btree (id)",
                        "PRIMARY KEY (id)", "p", "f", "f", "f", "0"),
                row("tx_acct_idx", "f", "f", "f", "t",
                        "CREATE INDEX tx_acct_idx ON app.tx USING btree (acct DESC, lower(note)) WHERE acct > 0",
                        null, null, null, null, "f", "0"));
        assertThat(s.query("SELECT pg_catalog.pg_get_constraintdef(16408), pg_catalog.pg_get_indexdef(16406), "
                + "pg_catalog.pg_get_indexdef(16406, 2, true)")).containsExactly(row("CHECK ((balance >= 0))",
                "CREATE INDEX tx_acct_idx ON app.tx USING btree (acct DESC, lower(note)) WHERE (acct > 0)", "lower(note)"));
        assertThat(s.query("SELECT conname, pg_catalog.pg_get_constraintdef(r.oid, true), conrelid::pg_catalog.regclass "
                + "FROM pg_catalog.pg_constraint r ORDER BY 1")).containsExactly(
                row("accounts_balance_check", "CHECK (balance >= 0)", "accounts"),
                row("accounts_pkey", "PRIMARY KEY (id)", "accounts"),
                row("tx_acct_fkey", "FOREIGN KEY (acct) REFERENCES accounts(id) ON DELETE CASCADE", "app.tx"),
                row("tx_pkey", "PRIMARY KEY (id)", "app.tx"));
    }

    @Test
    void describesSequenceOwner() {
        String sql = """
                SELECT pg_catalog.quote_ident(nspname) || '.' ||
                   pg_catalog.quote_ident(relname) || '.' ||
                   pg_catalog.quote_ident(attname),
                   d.deptype
                FROM pg_catalog.pg_class c
                INNER JOIN pg_catalog.pg_depend d ON c.oid=d.refobjid
                INNER JOIN pg_catalog.pg_namespace n ON n.oid=c.relnamespace
                INNER JOIN pg_catalog.pg_attribute a ON (
                 a.attrelid=c.oid AND
                 a.attnum=d.refobjsubid)
                WHERE d.classid='pg_catalog.pg_class'::pg_catalog.regclass
                 AND d.refclassid='pg_catalog.pg_class'::pg_catalog.regclass
                 AND d.objid='16403'
                 AND d.deptype IN ('a', 'i')""";
        assertThat(s.query(sql)).containsExactly(row("public.accounts.id", "a"));
        assertThat(s.query("SELECT pg_catalog.format_type(seqtypid, NULL), seqstart, seqmin, seqmax, seqincrement, "
                + "CASE WHEN seqcycle THEN 'yes' ELSE 'no' END, seqcache FROM pg_catalog.pg_sequence WHERE seqrelid = '16403'"))
                .containsExactly(row("integer", "1", "1", "2147483647", "1", "no", "1"));
    }

    @Test
    void listsSchemasRolesAndDatabases() {
        assertThat(s.query("SELECT n.nspname, pg_catalog.pg_get_userbyid(n.nspowner), "
                + "pg_catalog.array_to_string(n.nspacl, E'\\n'), pg_catalog.obj_description(n.oid, 'pg_namespace') "
                + "FROM pg_catalog.pg_namespace n WHERE n.nspname !~ '^pg_' AND n.nspname <> 'information_schema' ORDER BY 1"))
                .containsExactly(row("app", "postgres", null, null),
                        row("public", "pg_database_owner", "pg_database_owner=UC/pg_database_owner\n=U/pg_database_owner",
                                "standard public schema"));
        assertThat(s.query("SELECT r.rolname, r.rolsuper, ARRAY(SELECT b.rolname FROM pg_catalog.pg_auth_members m "
                + "JOIN pg_catalog.pg_roles b ON (m.roleid = b.oid) WHERE m.member = r.oid) as memberof "
                + "FROM pg_catalog.pg_roles r WHERE r.rolname !~ '^pg_' ORDER BY 1"))
                .containsExactly(row("postgres", "t", "{}"));
        assertThat(s.query("SELECT d.datname, pg_catalog.pg_encoding_to_char(d.encoding), "
                + "pg_catalog.array_to_string(d.datacl, E'\\n'), t.spcname, "
                + "pg_catalog.shobj_description(d.oid, 'pg_database') FROM pg_catalog.pg_database d "
                + "JOIN pg_catalog.pg_tablespace t on d.dattablespace = t.oid ORDER BY 1"))
                .containsExactly(row("postgres", "UTF8", null, "pg_default", "default administrative connection database"),
                        row("template0", "UTF8", "=c/postgres\npostgres=CTc/postgres", "pg_default",
                                "unmodifiable empty database"),
                        row("template1", "UTF8", "=c/postgres\npostgres=CTc/postgres", "pg_default",
                                "default template for new databases"));
    }

    @Test
    void findsRelationsByPattern() {
        assertThat(s.query("SELECT c.oid, n.nspname, c.relname FROM pg_catalog.pg_class c "
                + "LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                + "WHERE c.relname OPERATOR(pg_catalog.~) '^(accounts)$' COLLATE pg_catalog.default "
                + "AND pg_catalog.pg_table_is_visible(c.oid) ORDER BY 2, 3"))
                .containsExactly(row("16401", "public", "accounts"));
        assertThat(s.query("SELECT 'pg_catalog.pg_class'::pg_catalog.regclass::oid, 'accounts'::regclass::oid, "
                + "1259::regclass, pg_catalog.pg_table_is_visible(1259)"))
                .containsExactly(row("1259", "16401", "pg_class", "t"));
    }

    @Test
    void informationSchema() {
        assertThat(s.query("SELECT table_schema, table_name, table_type FROM information_schema.tables "
                + "WHERE table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1, 2"))
                .containsExactly(row("app", "tx", "BASE TABLE"), row("public", "accounts", "BASE TABLE"),
                        row("public", "v_acc", "VIEW"));
        assertThat(s.query("SELECT column_name, ordinal_position, column_default, is_nullable, data_type, "
                + "character_maximum_length, numeric_precision, numeric_scale, is_identity, identity_generation "
                + "FROM information_schema.columns WHERE table_name IN ('accounts', 'tx') ORDER BY table_name, 2"))
                .containsExactly(
                        row("id", "1", "nextval('accounts_id_seq'::regclass)", "NO", "integer", null, "32", "0", "NO",
                                null),
                        row("name", "2", null, "NO", "text", null, null, null, "NO", null),
                        row("balance", "3", "0", "YES", "numeric", null, "12", "2", "NO", null),
                        row("id", "1", null, "NO", "bigint", null, "64", "0", "YES", "ALWAYS"),
                        row("acct", "2", null, "YES", "integer", null, "32", "0", "NO", null),
                        row("note", "3", null, "YES", "character varying", "40", null, null, "NO", null));
        assertThat(s.query("SELECT constraint_name, unique_constraint_name, delete_rule "
                + "FROM information_schema.referential_constraints"))
                .containsExactly(row("tx_acct_fkey", "accounts_pkey", "CASCADE"));
    }

    @Test
    void sizes() {
        assertThat(Sizes.pretty(java.math.BigDecimal.valueOf(10239))).isEqualTo("10239 bytes");
        assertThat(Sizes.pretty(java.math.BigDecimal.valueOf(10240))).isEqualTo("10 kB");
        assertThat(Sizes.pretty(java.math.BigDecimal.valueOf(7_602_703))).isEqualTo("7425 kB");
        assertThat(Sizes.pretty(java.math.BigDecimal.valueOf(20_970_496))).isEqualTo("20 MB");
        assertThat(s.query("SELECT pg_catalog.pg_size_pretty(123456789::bigint), pg_catalog.pg_size_pretty(-10240::numeric)"))
                .containsExactly(row("118 MB", "-10 kB"));
    }

    @Test
    void summaryViews() {
        assertThat(s.query("SELECT schemaname, tablename, tableowner, hasindexes FROM pg_tables "
                + "WHERE schemaname <> 'pg_catalog' ORDER BY 1, 2"))
                .containsExactly(row("app", "tx", "postgres", "t"), row("public", "accounts", "postgres", "t"));
        assertThat(s.query("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'accounts'"))
                .containsExactly(row("accounts_pkey", "CREATE UNIQUE INDEX accounts_pkey ON public.accounts USING btree (id)"));
        assertThat(s.query("SELECT sequencename, data_type, max_value, last_value FROM pg_sequences"))
                .containsExactly(row("accounts_id_seq", "integer", "2147483647", null));
        assertThat(s.query("SELECT viewname FROM pg_views WHERE schemaname = 'public'")).containsExactly(row("v_acc"));
    }

    @Test
    void everyViewHasRowsAsWideAsItsColumns() {
        for (SystemView v : SystemViews.all()) {
            for (Object[] r : v.rows(context())) {
                assertThat(r).as(v.name()).hasSize(v.columns().size());
            }
        }
    }

    private SystemContext context() {
        dev.olifant.catalog.Database db = s.instance.cluster().database("postgres");
        return new SystemContext() {
            @Override
            public dev.olifant.catalog.Cluster cluster() {
                return s.instance.cluster();
            }

            @Override
            public dev.olifant.catalog.Database database() {
                return db;
            }

            @Override
            public dev.olifant.catalog.Catalog catalog() {
                return db.committed();
            }

            @Override
            public List<Long> searchPath() {
                return List.of(dev.olifant.catalog.Oids.PG_CATALOG_NAMESPACE, dev.olifant.catalog.Oids.PUBLIC_NAMESPACE);
            }

            @Override
            public long userOid() {
                return dev.olifant.catalog.Oids.BOOTSTRAP_SUPERUSER;
            }

            @Override
            public String setting(String name) {
                return null;
            }

            @Override
            public List<SettingInfo> settings() {
                return List.of(new SettingInfo("work_mem", "4096", "kB", "Resource Usage / Memory", "Sets memory.",
                        "user", "integer", "default", "64", "2147483647", null, "4096", "4096"));
            }

            @Override
            public List<ActivityInfo> activity() {
                return List.of();
            }

            @Override
            public List<dev.olifant.lock.LockInfo> locks() {
                return List.of();
            }
        };
    }

    @Test
    void settings() {
        assertThat(s.query("SELECT name, setting, source, vartype, context FROM pg_settings WHERE name = 'TimeZone'"))
                .containsExactly(row("TimeZone", "Etc/UTC", "default", "string", "user"));
        s.query("SET extra_float_digits = 2");
        assertThat(s.query("SELECT s.name, pg_catalog.current_setting(s.name) FROM pg_catalog.pg_settings s "
                + "WHERE s.source <> 'default' AND s.setting IS DISTINCT FROM s.boot_val AND s.name = 'extra_float_digits'"))
                .containsExactly(row("extra_float_digits", "2"));
    }

    @Test
    void builtinDescriptions() {
        assertThat(s.query("SELECT pg_catalog.obj_description(23, 'pg_type'), pg_catalog.obj_description(11, 'pg_namespace'), "
                + "pg_catalog.obj_description('accounts'::regclass, 'pg_class'), pg_catalog.getdatabaseencoding()"))
                .containsExactly(row("-2 billion to 2 billion integer, 4-byte storage", "system catalog schema",
                        "customer accounts", "UTF8"));
    }
}
