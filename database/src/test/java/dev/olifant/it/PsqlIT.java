package dev.olifant.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The real psql over TCP and over the Unix-domain socket: queries, errors with cursor, COPY. */
class PsqlIT {
    @RegisterExtension
    static final OlifantServer SERVER = OlifantServer.shared();

    @BeforeAll
    static void psqlInstalled() {
        assumeTrue(Psql.available(), "psql is not installed");
    }

    private static Psql.Result tcp(String stdin, String... args) throws Exception {
        return Psql.run("127.0.0.1", SERVER.port(), SERVER.user(), SERVER.database(), stdin, args);
    }

    @Test
    void selectOverTcp() throws Exception {
        Psql.Result r = tcp(null, "-c", "select 1");
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(r.stdout()).isEqualTo(" ?column? \n----------\n        1\n(1 row)\n\n");
    }

    @Test
    void selectOverTheUnixSocket() throws Exception {
        Psql.Result r = Psql.run(SERVER.socketDirectory().toString(), SERVER.port(), SERVER.user(),
                SERVER.database(), null, "-A", "-t", "-c", "select 1");
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(r.stdout()).isEqualTo("1\n");
    }

    @Test
    void errorsShowTheCursorLine() throws Exception {
        Psql.Result r = tcp(null, "-c", "select * from no_such_relation_psql");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.stderr()).isEqualTo("""
                ERROR:  relation "no_such_relation_psql" does not exist
                LINE 1: select * from no_such_relation_psql
                                      ^
                """);
    }

    @Test
    void scriptWithCopyInAndOut() throws Exception {
        String t = "psql_copy_" + ProcessHandle.current().pid();
        String script = "\\set ON_ERROR_STOP 1\n"
                + "create table " + t + " (id int, name text);\n"
                + "copy " + t + " from stdin;\n1\tone\n2\ttwo\n\\.\n"
                + "copy (select id, name from " + t + " order by id) to stdout;\n"
                + "drop table " + t + ";\n";
        Psql.Result r = tcp(script, "-q", "-A", "-t");
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(r.stdout()).isEqualTo("1\tone\n2\ttwo\n");
    }

    @Test
    void connectionFailuresAreReportedByTheServer() throws Exception {
        Psql.Result r = Psql.run("127.0.0.1", SERVER.port(), SERVER.user(), "no_such_database_psql", null,
                "-c", "select 1");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).contains("FATAL:  database \"no_such_database_psql\" does not exist");
    }
}
