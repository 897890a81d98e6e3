package dev.olifant.catalog.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.olifant.catalog.Catalog;
import dev.olifant.catalog.Cluster;
import dev.olifant.catalog.Oids;
import java.util.List;
import org.junit.jupiter.api.Test;

class DefinitionsTest {
    @Test
    void expressionsPrintAsTheDeparserPrintsThem() {
        Catalog cat = Cluster.initialCatalog();
        List<Long> path = List.of(Oids.PG_CATALOG_NAMESPACE, Oids.PUBLIC_NAMESPACE);
        assertThat(Definitions.expression(cat, path, "TRUE")).isEqualTo("true");
        assertThat(Definitions.expression(cat, path, "'TRUE' = \"FALSE\" OR False")).isEqualTo("'TRUE' = \"FALSE\" OR false");
        assertThat(Definitions.expression(cat, path, "nextval('public.nope'::regclass)"))
                .isEqualTo("nextval('public.nope'::regclass)");
    }

    @Test
    void parenthesesAtTheTop() {
        assertThat(Definitions.parenthesized("a > 0")).isEqualTo("(a > 0)");
        assertThat(Definitions.parenthesized("(a > 0) AND (b < 1)")).isEqualTo("((a > 0) AND (b < 1))");
        assertThat(Definitions.parenthesized("(a > 0)")).isEqualTo("(a > 0)");
        assertThat(Definitions.parenthesized("f(x)")).isEqualTo("f(x)");
        assertThat(Definitions.parenthesized("flag")).isEqualTo("flag");
        assertThat(Definitions.bare("((a > 0))")).isEqualTo("a > 0");
        assertThat(Definitions.bare("(a > 0) AND (b < 1)")).isEqualTo("(a > 0) AND (b < 1)");
    }

    @Test
    void viewDefinitionsHaveTheFrameOfPgGetViewdef() {
        dev.olifant.catalog.View v = new dev.olifant.catalog.View(1L, "v", Oids.PUBLIC_NAMESPACE, 10L, 'p',
                "SELECT t.a\n   FROM t", java.util.List.of());
        assertThat(Definitions.viewDef(v)).isEqualTo(" SELECT t.a\n   FROM t;");
    }
}
