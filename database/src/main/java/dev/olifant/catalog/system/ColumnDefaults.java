package dev.olifant.catalog.system;

import dev.olifant.catalog.Column;
import dev.olifant.types.FormatSettings;
import dev.olifant.types.PgType;
import dev.olifant.types.RegLookup;
import dev.olifant.types.TextIO;
import dev.olifant.types.Typmods;
import dev.olifant.types.Types;
import java.time.ZoneOffset;

/**
 * A column default as pg_attrdef.adbin shows it. Defaults are stored as their SQL text; PostgreSQL
 * stores the analysed expression, in which a quoted literal has become a constant of the column's
 * type, and its deparser prints such a constant as {@code 'value'::type}, the value as the type's
 * output function writes it. The labels it leaves off: integer and boolean constants, and numbers
 * that read as numeric (get_const_expr in ruleutils.c); those defaults keep their text.
 */
final class ColumnDefaults {
    private ColumnDefaults() {
    }

    /** A reg* literal is left as written: its canonical form depends on the search path. */
    private static final RegLookup NO_REG_LOOKUP = new RegLookup() {
        @Override
        public String nameOf(PgType regType, long oid) {
            return null;
        }

        @Override
        public long oidOf(PgType regType, String text) {
            throw new IllegalArgumentException(text);
        }
    };

    /** The default's text with the cast PostgreSQL's deparser shows, or null without a default. */
    static String adbin(Column c) {
        String text = c.defaultExpr();
        if (text == null || !isQuotedLiteral(text) || keepsText(c.type())) {
            return text;
        }
        String value = text.substring(1, text.length() - 1).replace("''", "'");
        try {
            FormatSettings settings = FormatSettings.defaults(ZoneOffset.UTC);
            value = TextIO.output(c.type(), TextIO.input(c.type(), -1, value, settings, NO_REG_LOOKUP),
                    settings, NO_REG_LOOKUP);
        } catch (RuntimeException e) {
            return text;
        }
        return "'" + value.replace("'", "''") + "'::" + Typmods.format(c.type(), -1);
    }

    /**
     * Types whose constants the deparser prints without a label, and those whose output depends
     * on the session (reg* names on the search path, time zones), which keep the text.
     */
    private static boolean keepsText(PgType type) {
        return type == Types.INT4 || type == Types.BOOL || type == Types.NUMERIC || type == Types.UNKNOWN
                || type.name().startsWith("reg") || type.name().equals("timestamptz")
                || type.name().equals("timetz");
    }

    /** One single-quoted string literal and nothing else. */
    static boolean isQuotedLiteral(String text) {
        return text.length() >= 2 && text.charAt(0) == '\'' && text.charAt(text.length() - 1) == '\''
                && text.substring(1, text.length() - 1).replace("''", "").indexOf('\'') < 0;
    }
}
