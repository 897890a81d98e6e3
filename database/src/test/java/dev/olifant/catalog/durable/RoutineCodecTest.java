package dev.olifant.catalog.durable;

import static org.assertj.core.api.Assertions.assertThat;

import dev.olifant.catalog.Catalog;
import dev.olifant.catalog.Routine;
import dev.olifant.catalog.Trigger;
import dev.olifant.types.Types;
import dev.olifant.wal.WalInput;
import dev.olifant.wal.WalOutput;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoutineCodecTest {

    @Test
    void functionsAndTriggersSurviveACatalogImage() {
        Routine f = new Routine(20000, "add", 2200, 10, 'f', List.of("x", ""), List.of(Types.INT4, Types.INT4),
                List.of('i', 'i'), List.of("1"), Types.INT4, false, "sql", "SELECT x + $2", 'i', true, 's');
        Trigger t = new Trigger(20001, 16384, "audit", 20000, Trigger.TYPE_ROW | Trigger.TYPE_UPDATE, 'D',
                List.of(2), "new.a > 0", List.of("x"), false, false, false, 20002);
        Catalog c = Catalog.empty().withRoutines(Catalog.empty().routines().withRoutine(f).withTrigger(t));
        WalOutput out = new WalOutput(64);
        RoutineCodec.write(out, c.routines());
        var back = RoutineCodec.read(new WalInput(out.toByteArray()));
        assertThat(back.routine(20000)).isEqualTo(f);
        assertThat(back.trigger(20001)).isEqualTo(t);
        assertThat(back.triggersOn(16384)).containsExactly(t);
        assertThat(back.withoutTriggersOn(16384).triggers()).isEmpty();
    }
}
