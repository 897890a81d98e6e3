package dev.olifant.types.func;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;
import java.nio.charset.StandardCharsets;

/**
 * Character string functions (varlena.c, oracle_compat.c): lengths, case, substrings, padding,
 * trimming, search and replacement. Positions and lengths count characters (code points), as
 * PostgreSQL does in a UTF8 database.
 */
final class StringFunctions {
    private StringFunctions() {
    }

    static void register(BuiltinCatalog c) {
        PgType t = Types.TEXT;
        PgType i4 = Types.INT4;
        PgType by = Types.BYTEA;
        for (String name : new String[] {"length", "char_length", "character_length"}) {
            c.fn(name, i4, (ctx, a) -> cpLength((String) a[0]), t);
            c.fn(name, i4, (ctx, a) -> cpLength(ValueComparators.stripTrailing((String) a[0])), Types.BPCHAR);
        }
        c.fn("length", i4, (ctx, a) -> ((byte[]) a[0]).length, by);
        c.fn("octet_length", i4, (ctx, a) -> utf8Length((String) a[0]), t);
        c.fn("octet_length", i4, (ctx, a) -> utf8Length((String) a[0]), Types.BPCHAR);
        c.fn("octet_length", i4, (ctx, a) -> ((byte[]) a[0]).length, by);
        c.fn("bit_length", i4, (ctx, a) -> utf8Length((String) a[0]) * 8, t);
        c.fn("bit_length", i4, (ctx, a) -> ((byte[]) a[0]).length * 8, by);
        c.fn("lower", t, (ctx, a) -> lower((String) a[0]), t);
        c.fn("upper", t, (ctx, a) -> upper((String) a[0]), t);
        c.fn("initcap", t, (ctx, a) -> initcap((String) a[0]), t);
        for (String name : new String[] {"substr", "substring"}) {
            c.fn(name, t, (ctx, a) -> substr((String) a[0], (Integer) a[1], null), t, i4);
            c.fn(name, t, (ctx, a) -> substr((String) a[0], (Integer) a[1], (Integer) a[2]), t, i4, i4);
            c.fn(name, by, (ctx, a) -> substrBytes((byte[]) a[0], (Integer) a[1], null), by, i4);
            c.fn(name, by, (ctx, a) -> substrBytes((byte[]) a[0], (Integer) a[1], (Integer) a[2]), by, i4, i4);
        }
        c.fn("strpos", i4, (ctx, a) -> position((String) a[0], (String) a[1]), t, t);
        c.fn("position", i4, (ctx, a) -> position((String) a[0], (String) a[1]), t, t);
        c.fn("btrim", t, (ctx, a) -> trim((String) a[0], " ", true, true), t);
        c.fn("btrim", t, (ctx, a) -> trim((String) a[0], (String) a[1], true, true), t, t);
        c.fn("btrim", by, (ctx, a) -> trimBytes((byte[]) a[0], (byte[]) a[1]), by, by);
        c.fn("ltrim", t, (ctx, a) -> trim((String) a[0], " ", true, false), t);
        c.fn("ltrim", t, (ctx, a) -> trim((String) a[0], (String) a[1], true, false), t, t);
        c.fn("rtrim", t, (ctx, a) -> trim((String) a[0], " ", false, true), t);
        c.fn("rtrim", t, (ctx, a) -> trim((String) a[0], (String) a[1], false, true), t, t);
        c.fn("lpad", t, (ctx, a) -> pad((String) a[0], (Integer) a[1], " ", true), t, i4);
        c.fn("lpad", t, (ctx, a) -> pad((String) a[0], (Integer) a[1], (String) a[2], true), t, i4, t);
        c.fn("rpad", t, (ctx, a) -> pad((String) a[0], (Integer) a[1], " ", false), t, i4);
        c.fn("rpad", t, (ctx, a) -> pad((String) a[0], (Integer) a[1], (String) a[2], false), t, i4, t);
        c.fn("replace", t, (ctx, a) -> ((String) a[1]).isEmpty() ? a[0]
                : ((String) a[0]).replace((String) a[1], (String) a[2]), t, t, t);
        c.fn("translate", t, (ctx, a) -> translate((String) a[0], (String) a[1], (String) a[2]), t, t, t);
        c.fn("left", t, (ctx, a) -> left((String) a[0], (Integer) a[1]), t, i4);
        c.fn("right", t, (ctx, a) -> right((String) a[0], (Integer) a[1]), t, i4);
        c.fn("repeat", t, (ctx, a) -> repeat((String) a[0], (Integer) a[1]), t, i4);
        c.fn("reverse", t, (ctx, a) -> new StringBuilder((String) a[0]).reverse().toString(), t);
        c.fn("split_part", t, (ctx, a) -> splitPart((String) a[0], (String) a[1], (Integer) a[2]), t, t, i4);
        c.fn("ascii", i4, (ctx, a) -> ((String) a[0]).isEmpty() ? 0 : ((String) a[0]).codePointAt(0), t);
        c.fn("chr", t, (ctx, a) -> chr((Integer) a[0]), i4);
        c.fn("overlay", t, (ctx, a) -> overlay((String) a[0], (String) a[1], (Integer) a[2],
                cpLength((String) a[1])), t, t, i4);
        c.fn("overlay", t, (ctx, a) -> overlay((String) a[0], (String) a[1], (Integer) a[2], (Integer) a[3]),
                t, t, i4, i4);
    }

    /** Per-character case mapping, as PostgreSQL's lower() does (no length-changing special cases). */
    static String lower(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> sb.appendCodePoint(Character.toLowerCase(cp)));
        return sb.toString();
    }

    static String upper(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> sb.appendCodePoint(Character.toUpperCase(cp)));
        return sb.toString();
    }

    static int cpLength(String s) {
        return s.codePointCount(0, s.length());
    }

    static int utf8Length(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch < 0x80) {
                n++;
            } else if (ch < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(ch)) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    /** Code point index to char index, clamped to the string. */
    static int offset(String s, long cp) {
        if (cp <= 0) {
            return 0;
        }
        int len = s.length();
        if (cp >= len) {
            return cp >= cpLength(s) ? len : s.offsetByCodePoints(0, (int) cp);
        }
        return s.offsetByCodePoints(0, (int) cp);
    }

    static String initcap(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean wasAlnum = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            sb.appendCodePoint(wasAlnum ? Character.toLowerCase(cp) : Character.toUpperCase(cp));
            wasAlnum = Character.isLetterOrDigit(cp);
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    static String substr(String s, int start, Integer count) {
        long end;
        if (count == null) {
            end = Long.MAX_VALUE;
        } else {
            if (count < 0) {
                throw new PgException(SqlState.SUBSTRING_ERROR, "negative substring length not allowed");
            }
            end = (long) start + count;
        }
        long from = Math.max(start, 1);
        if (end <= from) {
            return "";
        }
        int b = offset(s, from - 1);
        int e = end == Long.MAX_VALUE ? s.length() : offset(s, end - 1);
        return s.substring(b, Math.max(b, e));
    }

    static byte[] substrBytes(byte[] s, int start, Integer count) {
        long end;
        if (count == null) {
            end = Long.MAX_VALUE;
        } else {
            if (count < 0) {
                throw new PgException(SqlState.SUBSTRING_ERROR, "negative substring length not allowed");
            }
            end = (long) start + count;
        }
        long from = Math.max(start, 1);
        if (end <= from || from > s.length) {
            return new byte[0];
        }
        int b = (int) (from - 1);
        int e = (int) Math.min(s.length, end - 1);
        return java.util.Arrays.copyOfRange(s, b, e);
    }

    static int position(String haystack, String needle) {
        int i = haystack.indexOf(needle);
        return i < 0 ? 0 : haystack.codePointCount(0, i) + 1;
    }

    static String trim(String s, String chars, boolean leading, boolean trailing) {
        int b = 0;
        int e = s.length();
        if (leading) {
            while (b < e) {
                int cp = s.codePointAt(b);
                if (chars.indexOf(cp) < 0) {
                    break;
                }
                b += Character.charCount(cp);
            }
        }
        if (trailing) {
            while (e > b) {
                int cp = s.codePointBefore(e);
                if (chars.indexOf(cp) < 0) {
                    break;
                }
                e -= Character.charCount(cp);
            }
        }
        return s.substring(b, e);
    }

    static byte[] trimBytes(byte[] s, byte[] set) {
        int b = 0;
        int e = s.length;
        while (b < e && contains(set, s[b])) {
            b++;
        }
        while (e > b && contains(set, s[e - 1])) {
            e--;
        }
        return java.util.Arrays.copyOfRange(s, b, e);
    }

    private static boolean contains(byte[] set, byte v) {
        for (byte x : set) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }

    static String pad(String s, int len, String fill, boolean left) {
        if (len <= 0) {
            return "";
        }
        if ((long) len * 4 > 0x3FFFFFFF) {
            throw new PgException(SqlState.PROGRAM_LIMIT_EXCEEDED, "requested length too large");
        }
        int have = cpLength(s);
        if (have >= len || fill.isEmpty()) {
            return have >= len ? s.substring(0, offset(s, len)) : s;
        }
        StringBuilder padding = new StringBuilder();
        int need = len - have;
        int[] fillCps = fill.codePoints().toArray();
        for (int i = 0; i < need; i++) {
            padding.appendCodePoint(fillCps[i % fillCps.length]);
        }
        return left ? padding + s : s + padding;
    }

    static String translate(String s, String from, String to) {
        int[] f = from.codePoints().toArray();
        int[] t = to.codePoints().toArray();
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            int idx = -1;
            for (int i = 0; i < f.length; i++) {
                if (f[i] == cp) {
                    idx = i;
                    break;
                }
            }
            if (idx < 0) {
                sb.appendCodePoint(cp);
            } else if (idx < t.length) {
                sb.appendCodePoint(t[idx]);
            }
        });
        return sb.toString();
    }

    static String left(String s, int n) {
        int len = cpLength(s);
        int keep = n >= 0 ? Math.min(n, len) : Math.max(0, len + n);
        return s.substring(0, offset(s, keep));
    }

    static String right(String s, int n) {
        int len = cpLength(s);
        int keep = n >= 0 ? Math.min(n, len) : Math.max(0, len + n);
        return s.substring(offset(s, len - keep));
    }

    static String repeat(String s, int n) {
        if (n <= 0 || s.isEmpty()) {
            return "";
        }
        if ((long) utf8Length(s) * n > 0x3FFFFFFF) {
            throw new PgException(SqlState.PROGRAM_LIMIT_EXCEEDED, "requested length too large");
        }
        return s.repeat(n);
    }

    static String splitPart(String s, String delimiter, int field) {
        if (field == 0) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "field position must not be zero");
        }
        if (delimiter.isEmpty()) {
            return field == 1 || field == -1 ? s : "";
        }
        java.util.List<String> parts = new java.util.ArrayList<>();
        int from = 0;
        while (true) {
            int i = s.indexOf(delimiter, from);
            if (i < 0) {
                parts.add(s.substring(from));
                break;
            }
            parts.add(s.substring(from, i));
            from = i + delimiter.length();
        }
        int idx = field > 0 ? field - 1 : parts.size() + field;
        return idx >= 0 && idx < parts.size() ? parts.get(idx) : "";
    }

    static String chr(int code) {
        if (code == 0) {
            throw new PgException(SqlState.PROGRAM_LIMIT_EXCEEDED, "null character not permitted");
        }
        if (code < 0) {
            throw new PgException(SqlState.PROGRAM_LIMIT_EXCEEDED, "character number must be positive");
        }
        if (code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
            throw new PgException(SqlState.PROGRAM_LIMIT_EXCEEDED,
                    "requested character too large for encoding: " + code);
        }
        return new String(Character.toChars(code));
    }

    static String overlay(String s, String replacement, int start, int count) {
        if (start <= 0) {
            throw new PgException(SqlState.SUBSTRING_ERROR, "negative substring length not allowed");
        }
        String head = substr(s, 1, start - 1);
        String tail = substr(s, start + count, null);
        return head + replacement + tail;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
