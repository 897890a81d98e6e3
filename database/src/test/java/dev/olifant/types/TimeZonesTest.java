package dev.olifant.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.olifant.error.PgException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The three time-zone grammars, with values checked against PostgreSQL 15. */
class TimeZonesTest {

    @Test
    void settingNumbersAreHoursEast() {
        assertThat(TimeZones.canonicalSetting("5")).isEqualTo("<+05>-05");
        assertThat(TimeZones.canonicalSetting("-3.5")).isEqualTo("<-03:30>+03:30");
        assertThat(TimeZones.settingZone("<+05>-05")).isEqualTo(ZoneOffset.ofHours(5));
        assertThat(TimeZones.settingZone("<-03:30>+03:30")).isEqualTo(ZoneOffset.ofHoursMinutes(-3, -30));
    }

    @Test
    void settingPosixZonesCountWest() {
        assertThat(TimeZones.canonicalSetting("+05:30")).isEqualTo("+05:30");
        assertThat(TimeZones.settingZone("+05:30")).isEqualTo(ZoneOffset.ofHoursMinutes(-5, -30));
        assertThat(TimeZones.settingZone("UTC+2")).isEqualTo(ZoneOffset.ofHours(-2));
    }

    @Test
    void settingNamesTakeTheirOwnSpelling() {
        assertThat(TimeZones.canonicalSetting("europe/amsterdam")).isEqualTo("Europe/Amsterdam");
        assertThat(TimeZones.canonicalSetting("utc")).isEqualTo("UTC");
        assertThat(TimeZones.settingZone("Europe/Amsterdam")).isEqualTo(ZoneId.of("Europe/Amsterdam"));
    }

    @Test
    void settingRejectsAbbreviationsAndNonsense() {
        assertThat(TimeZones.canonicalSetting("PDT")).isNull();
        assertThat(TimeZones.canonicalSetting("z")).isNull();
        assertThat(TimeZones.canonicalSetting("Mars/Olympus_Mons")).isNull();
        assertThat(TimeZones.canonicalSetting("EST5EDT,M3.2.0,M11.1.0")).isNull();
    }

    @Test
    void atTimeZoneTriesAbbreviationsThenNamesThenPosix() {
        assertThat(TimeZones.atTimeZone("PDT")).isEqualTo(ZoneOffset.ofHours(-7));
        assertThat(TimeZones.atTimeZone("IST")).isEqualTo(ZoneOffset.ofHours(2));
        assertThat(TimeZones.atTimeZone("zulu")).isEqualTo(ZoneOffset.UTC);
        assertThat(TimeZones.atTimeZone("Europe/Amsterdam")).isEqualTo(ZoneId.of("Europe/Amsterdam"));
        assertThat(TimeZones.atTimeZone("5")).isEqualTo(ZoneOffset.ofHours(-5));
        assertThat(TimeZones.atTimeZone("<+03>-03")).isEqualTo(ZoneOffset.ofHours(3));
        assertThatThrownBy(() -> TimeZones.atTimeZone("Nowhere/Else"))
                .isInstanceOf(PgException.class).hasMessage("time zone \"Nowhere/Else\" not recognized");
    }

    @Test
    void intervalZonesAreEastAndTimeOnly() {
        assertThat(TimeZones.fromInterval(new Interval(0, 0, 7_200_000_000L))).isEqualTo(ZoneOffset.ofHours(2));
        assertThatThrownBy(() -> TimeZones.fromInterval(new Interval(0, 1, 0))).isInstanceOf(PgException.class);
    }
}
