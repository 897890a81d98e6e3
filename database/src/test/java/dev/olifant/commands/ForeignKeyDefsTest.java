package dev.olifant.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.olifant.catalog.Constraint;
import dev.olifant.catalog.ConstraintKind;
import dev.olifant.catalog.ForeignKeyAction;
import dev.olifant.error.PgException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** FOREIGN KEY definitions: what CREATE and ALTER TABLE record, and what they refuse. */
class ForeignKeyDefsTest {
    /** A fixture whose failed commands are not rolled back: each failing statement gets a table of its own. */
    private final CommandFixture f = new CommandFixture();

    private static void fails(Runnable r, String state, String msg) {
        assertThatThrownBy(r::run).isInstanceOf(PgException.class).hasMessage(msg)
                .satisfies(e -> assertThat(((PgException) e).state().code()).isEqualTo(state));
    }

    private Constraint fk(String table) {
        return f.table(table).constraints().stream().filter(c -> c.kind() == ConstraintKind.FOREIGN_KEY)
                .findFirst().orElseThrow();
    }

    @Test
    void recordsTheReferenceActionsAndDeferral() {
        f.run("CREATE TABLE p (a integer, b integer, PRIMARY KEY (a, b))");
        f.run("CREATE TABLE c (x integer, y integer, FOREIGN KEY (y, x) REFERENCES p MATCH FULL"
                + " ON DELETE SET NULL (x) ON UPDATE CASCADE DEFERRABLE INITIALLY DEFERRED)");
        Constraint k = fk("c");
        assertThat(k.name()).isEqualTo("c_y_x_fkey");
        assertThat(k.columns()).containsExactly(2, 1);
        assertThat(k.foreignKey().referencedTableOid()).isEqualTo(f.table("p").oid());
        assertThat(k.foreignKey().referencedColumns()).containsExactly(1, 2);
        assertThat(k.foreignKey().matchType()).isEqualTo('f');
        assertThat(k.foreignKey().onDelete()).isEqualTo(ForeignKeyAction.SET_NULL);
        assertThat(k.foreignKey().deleteSetColumns()).containsExactly(1);
        assertThat(k.foreignKey().onUpdate()).isEqualTo(ForeignKeyAction.CASCADE);
        assertThat(k.deferrable()).isTrue();
        assertThat(k.initiallyDeferred()).isTrue();
        assertThat(k.validated()).isTrue();
    }

    @Test
    void refusesWhatPostgresRefuses() {
        f.run("CREATE TABLE p (id integer PRIMARY KEY, name text)");
        fails(() -> f.run("CREATE TABLE c1 (x integer REFERENCES p (name))"), "42830",
                "there is no unique constraint matching given keys for referenced table \"p\"");
        fails(() -> f.run("CREATE TABLE c2 (x date REFERENCES p)"), "42804",
                "foreign key constraint \"c2_x_fkey\" cannot be implemented");
        fails(() -> f.run("CREATE TABLE c3 (x integer REFERENCES nosuch)"), "42P01",
                "relation \"nosuch\" does not exist");
        fails(() -> f.run("CREATE TABLE c4 (x integer, y integer, FOREIGN KEY (x, y) REFERENCES p (id))"), "42830",
                "number of referencing and referenced columns for foreign key disagree");
        f.run("CREATE TABLE nopk (a integer)");
        fails(() -> f.run("CREATE TABLE c5 (x integer REFERENCES nopk)"), "42704",
                "there is no primary key for referenced table \"nopk\"");
    }

    /**
     * The fixture never ends a command's transaction, and a check locks the referenced row it
     * finds until its transaction ends: each check here finds a row no earlier check found.
     */
    @Test
    void addConstraintChecksExistingRowsUnlessNotValid() {
        f.run("CREATE TABLE p (id integer)");
        f.insert("p", 1);
        f.insert("p", 7);
        f.run("ALTER TABLE p ADD PRIMARY KEY (id)");
        f.run("CREATE TABLE c0 (id integer, pid integer)");
        f.insert("c0", 2, 42);
        fails(() -> f.run("ALTER TABLE c0 ADD CONSTRAINT c0_fk FOREIGN KEY (pid) REFERENCES p"), "23503",
                "insert or update on table \"c0\" violates foreign key constraint \"c0_fk\"");
        f.run("CREATE TABLE c (id integer, pid integer)");
        f.insert("c", 1, 1);
        f.insert("c", 2, 42);
        f.run("ALTER TABLE c ADD CONSTRAINT c_fk FOREIGN KEY (pid) REFERENCES p NOT VALID");
        assertThat(fk("c").validated()).isFalse();
        fails(() -> f.run("ALTER TABLE c VALIDATE CONSTRAINT c_fk"), "23503",
                "insert or update on table \"c\" violates foreign key constraint \"c_fk\"");
        f.run("CREATE TABLE ok (pid integer)");
        f.insert("ok", 7);
        f.insert("ok", (Object) null);
        f.run("ALTER TABLE ok ADD CONSTRAINT ok_fk FOREIGN KEY (pid) REFERENCES p NOT VALID");
        f.run("ALTER TABLE ok VALIDATE CONSTRAINT ok_fk");
        assertThat(fk("ok").validated()).isTrue();
    }

    @Test
    void referencedTablesResistTruncateAndDrop() {
        f.run("CREATE TABLE p (id integer PRIMARY KEY)");
        f.run("CREATE TABLE c (pid integer REFERENCES p)");
        fails(() -> f.run("TRUNCATE p"), "0A000", "cannot truncate a table referenced in a foreign key constraint");
        f.run("TRUNCATE p, c");
        fails(() -> f.run("DROP TABLE p"), "2BP01", "cannot drop table p because other objects depend on it");
        f.run("DROP TABLE p CASCADE");
        assertThat(f.table("c").constraints()).isEmpty();
        assertThat(f.noticeTexts()).isEqualTo(List.of("drop cascades to constraint c_pid_fkey on table c"));
    }
}
