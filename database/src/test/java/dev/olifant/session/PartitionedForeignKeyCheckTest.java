package dev.olifant.session;

import static dev.olifant.session.ForeignKeyLockTest.async;
import static dev.olifant.session.RecordingSink.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.olifant.error.PgException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The referenced side's checks of a foreign key between partitioned tables look up the keys when
 * they fire: a referencing partition attached (and committed) while a delete of a referenced row
 * waited is checked. Under REPEATABLE READ, the check of a key in a partitioned referenced table
 * finds rows committed after the snapshot, and the writing actions refuse rows the snapshot does
 * not see (PostgreSQL's crosscheck snapshot).
 */
class PartitionedForeignKeyCheckTest {
    @TempDir
    Path dir;
    TestInstance db;
    Session a;
    Session b;

    @BeforeEach
    void open() {
        db = new TestInstance(dir);
        a = db.session();
        b = db.session();
        run(a, "create table ppk (a int primary key) partition by list (a)");
        run(a, "create table ppk1 partition of ppk for values in (1)");
        run(a, "insert into ppk values (1)");
        run(a, "create table pfk (a int references ppk) partition by list (a)");
        run(a, "create table pfk1 (a int not null)");
        run(a, "insert into pfk1 values (1)");
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void deleteSeesAReferencingPartitionAttachedWhileItWaited() throws Exception {
        run(b, "begin");
        run(b, "alter table pfk attach partition pfk1 for values in (1)");
        run(a, "begin");
        CompletableFuture<Object> delete = async(a, "delete from ppk1 where a = 1");
        Thread.sleep(300);
        assertThat(delete).isNotDone();
        run(b, "commit");
        assertThat(delete.get(5, TimeUnit.SECONDS)).isInstanceOfSatisfying(PgException.class, e -> {
            assertThat(e.state().code()).isEqualTo("23503");
            assertThat(e.getMessage()).isEqualTo("update or delete on table \"ppk1\" violates foreign key constraint"
                    + " \"pfk_a_fkey1\" on table \"pfk\"");
        });
        run(a, "rollback");
    }

    @Test
    void deleteBeforeTheAttachIsAllowed() {
        run(a, "delete from pfk1");
        assertThat(run(a, "delete from ppk1 where a = 1").tags).containsExactly("DELETE 1");
    }

    @Test
    void repeatableReadFindsANewRowOfAPartitionedReferencedTable() {
        run(b, "begin isolation level repeatable read");
        run(b, "select count(*) from ppk");
        run(a, "create table ppk2 partition of ppk for values in (2)");
        run(a, "insert into ppk values (2)");
        run(a, "create table plain (a int references ppk)");
        // ri_triggers' check detects new rows when the referenced table is partitioned
        assertThat(run(b, "insert into plain values (2)").tags).containsExactly("INSERT 0 1");
        run(b, "commit");
    }

    @Test
    void repeatableReadCascadeRefusesARowItsSnapshotDoesNotSee() {
        run(a, "create table pk (a int primary key)");
        run(a, "create table fk (a int references pk on delete cascade)");
        run(a, "create table fksn (a int references pk on delete set null)");
        run(a, "insert into pk values (2), (3)");
        run(b, "begin isolation level repeatable read");
        run(b, "select count(*) from pk");
        run(a, "insert into fk values (2)");
        assertThatThrownBy(() -> run(b, "delete from pk where a = 2")).isInstanceOfSatisfying(PgException.class,
                e -> assertThat(e.getMessage()).isEqualTo("could not serialize access due to concurrent update"));
        run(b, "rollback");
        run(b, "begin isolation level repeatable read");
        run(b, "select count(*) from pk");
        run(a, "insert into fksn values (3)");
        assertThatThrownBy(() -> run(b, "delete from pk where a = 3")).isInstanceOfSatisfying(PgException.class,
                e -> assertThat(e.state().code()).isEqualTo("40001"));
        run(b, "rollback");
        // rows the snapshot sees are written
        run(b, "begin isolation level repeatable read");
        assertThat(run(b, "delete from pk where a = 2").tags).containsExactly("DELETE 1");
        run(b, "commit");
        assertThat(run(a, "select count(*) from fk").rows).containsExactly(java.util.List.of("0"));
    }
}
