package dev.olifant.session;

import static dev.olifant.session.ForeignKeyLockTest.async;
import static dev.olifant.session.RecordingSink.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.olifant.error.PgException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The referenced side's checks of a foreign key between partitioned tables look up the keys when
 * they fire: a referencing partition attached (and committed) while a delete of a referenced row
 * waited is checked.
 */
class PartitionedForeignKeyCheckTest {
    @TempDir
    Path dir;
    Instance instance;
    Session a;
    Session b;

    @BeforeEach
    void open() {
        instance = Instance.open(new InstanceConfig(dir, 5432));
        a = instance.open(new StartupRequest("postgres", "postgres", Map.of(), 1));
        b = instance.open(new StartupRequest("postgres", "postgres", Map.of(), 2));
        run(a, "create table ppk (a int primary key) partition by list (a)");
        run(a, "create table ppk1 partition of ppk for values in (1)");
        run(a, "insert into ppk values (1)");
        run(a, "create table pfk (a int references ppk) partition by list (a)");
        run(a, "create table pfk1 (a int not null)");
        run(a, "insert into pfk1 values (1)");
    }

    @AfterEach
    void close() {
        a.close();
        b.close();
        instance.close();
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
}
