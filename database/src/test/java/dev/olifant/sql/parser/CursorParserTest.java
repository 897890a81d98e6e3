package dev.olifant.sql.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.olifant.error.PgException;
import dev.olifant.sql.ast.ClosePortalStmt;
import dev.olifant.sql.ast.DeclareCursorStmt;
import dev.olifant.sql.ast.FetchDirection;
import dev.olifant.sql.ast.FetchStmt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** DECLARE, FETCH / MOVE directions in PostgreSQL's normal form, CLOSE. */
class CursorParserTest {

    @ParameterizedTest
    @CsvSource({
        "fetch c, FORWARD, 1",
        "fetch in c, FORWARD, 1",
        "fetch next from c, FORWARD, 1",
        "fetch prior c, BACKWARD, 1",
        "fetch first from c, ABSOLUTE, 1",
        "fetch last in c, ABSOLUTE, -1",
        "fetch absolute -3 from c, ABSOLUTE, -3",
        "fetch relative 0 from c, RELATIVE, 0",
        "fetch +7 from c, FORWARD, 7",
        "fetch -2 c, FORWARD, -2",
        "fetch all in c, FORWARD, " + Long.MAX_VALUE,
        "fetch forward c, FORWARD, 1",
        "fetch forward 3 from c, FORWARD, 3",
        "fetch backward all from c, BACKWARD, " + Long.MAX_VALUE,
        "fetch backward -1 from c, BACKWARD, -1",
    })
    void directions(String sql, FetchDirection direction, long count) {
        FetchStmt f = (FetchStmt) Parser.parseOne(sql);
        assertThat(f.direction()).isEqualTo(direction);
        assertThat(f.count()).isEqualTo(count);
        assertThat(f.cursorName()).isEqualTo("c");
        assertThat(f.move()).isFalse();
        assertThat(((FetchStmt) Parser.parseOne(sql.replace("fetch", "move"))).move()).isTrue();
    }

    @Test
    void declareOptionsInAnyOrder() {
        DeclareCursorStmt d = (DeclareCursorStmt) Parser.parseOne(
                "declare \"C\" no scroll binary insensitive cursor with hold for select 1");
        assertThat(d.name()).isEqualTo("C");
        assertThat(d.noScroll()).isTrue();
        assertThat(d.scroll()).isFalse();
        assertThat(d.binary()).isTrue();
        assertThat(d.insensitive()).isTrue();
        assertThat(d.hold()).isTrue();
        assertThat(((DeclareCursorStmt) Parser.parseOne("declare c cursor without hold for values (1)")).hold())
                .isFalse();
    }

    @Test
    void declareTakesOnlyAQuery() {
        assertThatThrownBy(() -> Parser.parse("declare c cursor for insert into t values (1)"))
                .isInstanceOf(PgException.class).hasMessage("syntax error at or near \"insert\"");
        assertThatThrownBy(() -> Parser.parse("declare c cursor select 1"))
                .isInstanceOf(PgException.class).hasMessage("syntax error at or near \"select\"");
    }

    @Test
    void closeOneOrAll() {
        assertThat(((ClosePortalStmt) Parser.parseOne("close c")).cursorName()).isEqualTo("c");
        assertThat(((ClosePortalStmt) Parser.parseOne("close all")).cursorName()).isNull();
    }
}
