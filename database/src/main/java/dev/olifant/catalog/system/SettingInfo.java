package dev.olifant.catalog.system;

import java.util.List;

/**
 * One configuration parameter as pg_settings shows it.
 *
 * @param setting  the current value, in the setting's base unit, without the unit
 * @param source   where the current value comes from: default, configuration file, client, session
 * @param enumVals the accepted values of an enum setting, else null
 */
public record SettingInfo(String name, String setting, String unit, String category, String shortDesc,
        String context, String vartype, String source, String minVal, String maxVal, List<String> enumVals,
        String bootVal, String resetVal) {
}
