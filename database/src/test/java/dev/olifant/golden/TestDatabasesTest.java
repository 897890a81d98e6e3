package dev.olifant.golden;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TestDatabasesTest {

    @Test
    void findsTablesOfCreateTableStatements() {
        String sql = """
                CREATE TABLE a (x int);
                create table if not exists B(y int);
                CREATE TABLE "Mixed Case" ("Col" int);
                CREATE UNIQUE INDEX a_idx ON a (x);
                CREATE TABLE a (z int);
                """;
        assertThat(TestDatabases.createdTables(sql)).containsExactly("a", "B", "\"Mixed Case\"");
    }
}
