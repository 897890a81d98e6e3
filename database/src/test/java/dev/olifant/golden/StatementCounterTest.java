package dev.olifant.golden;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatementCounterTest {
    @Test
    void countsStatementsAndMetaCommands() {
        String script = """
                -- a comment; not a statement
                SELECT 'a;b', "x;y" FROM t;
                SELECT $$ ; $$, $q$;$q$;
                /* block; comment */
                CREATE FUNCTION f() RETURNS int AS 'select 1;' LANGUAGE sql;
                \\d t
                SELECT (1
                ;
                );
                SELECT 1; SELECT 2;
                """;
        assertThat(StatementCounter.count(script)).isEqualTo(7);
    }
}
