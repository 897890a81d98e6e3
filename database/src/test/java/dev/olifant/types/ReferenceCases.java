package dev.olifant.types;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Reads the TSV files of cases whose expected results were produced by PostgreSQL 15. */
final class ReferenceCases {
    record Case(int line, String settings, String type, String input, String expected) {
        @Override
        public String toString() {
            return line + ": " + (settings.equals("-") ? "" : "[" + settings + "] ") + "'" + input + "'::" + type;
        }
    }

    record TypeSpec(PgType type, int typmod) {
    }

    private ReferenceCases() {
    }

    static List<Case> load(String resource) throws IOException {
        List<Case> out = new ArrayList<>();
        try (var in = ReferenceCases.class.getResourceAsStream(resource);
                var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.startsWith("#") || line.isEmpty()) {
                    continue;
                }
                String[] f = line.split("\t", 4);
                out.add(new Case(n, f[0], f[1], f[2], f[3]));
            }
        }
        return out;
    }

    /** "varchar(3)[]", "numeric(5,2)", "\"char\"", "timestamptz(0)" as a type and typmod. */
    static TypeSpec type(String spec) {
        if (spec.startsWith("interval ")) {
            String rest = spec.substring("interval ".length());
            int precision = -1;
            int paren = rest.indexOf('(');
            if (paren >= 0) {
                precision = Integer.parseInt(rest.substring(paren + 1, rest.length() - 1));
                rest = rest.substring(0, paren);
            }
            IntervalRange range = IntervalRange.valueOf(rest.trim().toUpperCase().replace(' ', '_'));
            return new TypeSpec(Types.INTERVAL, Typmods.encodeInterval(range, precision));
        }
        boolean array = spec.endsWith("[]");
        String s = array ? spec.substring(0, spec.length() - 2) : spec;
        int[] mods = new int[0];
        int paren = s.indexOf('(');
        if (paren >= 0) {
            String[] parts = s.substring(paren + 1, s.length() - 1).split(",");
            mods = new int[parts.length];
            for (int i = 0; i < parts.length; i++) {
                mods[i] = Integer.parseInt(parts[i].trim());
            }
            s = s.substring(0, paren);
        }
        if (s.equals("\"char\"")) {
            s = "char";
        } else if (s.equals("char")) {
            // the SQL type "char" is character(1) unless a length is written
            s = "bpchar";
            if (mods.length == 0) {
                mods = new int[] {1};
            }
        }
        PgType t = Types.byName(s);
        if (t == null) {
            throw new IllegalArgumentException(spec);
        }
        int typmod = Typmods.encode(t, mods);
        return new TypeSpec(array ? Types.arrayOf(t) : t, typmod);
    }

    static FormatSettings settings(String spec) {
        FormatSettings fs = FormatSettings.defaults(ZoneId.of("Etc/UTC"));
        if (spec.equals("-")) {
            return fs;
        }
        for (String kv : spec.split(";")) {
            String k = kv.substring(0, kv.indexOf('='));
            String v = kv.substring(kv.indexOf('=') + 1);
            switch (k) {
                case "datestyle" -> {
                    FormatSettings.DateStyle style = fs.dateStyle();
                    FormatSettings.DateOrder order = fs.dateOrder();
                    for (String part : v.split(",")) {
                        switch (part.trim().toUpperCase()) {
                            case "ISO" -> style = FormatSettings.DateStyle.ISO;
                            case "SQL" -> style = FormatSettings.DateStyle.SQL;
                            case "POSTGRES" -> style = FormatSettings.DateStyle.POSTGRES;
                            case "GERMAN" -> {
                                style = FormatSettings.DateStyle.GERMAN;
                                order = FormatSettings.DateOrder.DMY;
                            }
                            case "MDY" -> order = FormatSettings.DateOrder.MDY;
                            case "DMY" -> order = FormatSettings.DateOrder.DMY;
                            case "YMD" -> order = FormatSettings.DateOrder.YMD;
                            default -> throw new IllegalArgumentException(part);
                        }
                    }
                    fs = new FormatSettings(style, order, fs.intervalStyle(), fs.timeZone(), fs.extraFloatDigits(),
                            fs.byteaHex());
                }
                case "intervalstyle" -> fs = new FormatSettings(fs.dateStyle(), fs.dateOrder(),
                        FormatSettings.IntervalStyle.valueOf(v.toUpperCase()), fs.timeZone(), fs.extraFloatDigits(),
                        fs.byteaHex());
                case "timezone" -> fs = new FormatSettings(fs.dateStyle(), fs.dateOrder(), fs.intervalStyle(),
                        ZoneId.of(v), fs.extraFloatDigits(), fs.byteaHex());
                case "extra_float_digits" -> fs = new FormatSettings(fs.dateStyle(), fs.dateOrder(),
                        fs.intervalStyle(), fs.timeZone(), Integer.parseInt(v), fs.byteaHex());
                case "bytea_output" -> fs = new FormatSettings(fs.dateStyle(), fs.dateOrder(), fs.intervalStyle(),
                        fs.timeZone(), fs.extraFloatDigits(), v.equals("hex"));
                default -> throw new IllegalArgumentException(k);
            }
        }
        return fs;
    }
}
