package dev.olifant.types.func;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.types.ArrayValue;
import dev.olifant.types.EvalContext;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * String functions over values of any type ({@code concat}, {@code concat_ws}, {@code format}),
 * quoting, hashing, hex, and the bytea encodings (encode/decode, convert_to/convert_from).
 */
final class StringFunctions2 {
    private StringFunctions2() {
    }

    static void register(BuiltinCatalog c) {
        PgType t = Types.TEXT;
        PgType by = Types.BYTEA;
        c.add(new FunctionDef("concat", List.of(Types.ANY), t, false, Volatility.STABLE, 0, true, false,
                (args, res) -> (ctx, a) -> concat(ctx, args, a, 0, "")));
        c.add(new FunctionDef("concat_ws", List.of(t, Types.ANY), t, false, Volatility.STABLE, 0, true, false,
                (args, res) -> (ctx, a) -> a[0] == null ? null : concat(ctx, args, a, 1, (String) a[0])));
        c.add(new FunctionDef("format", List.of(t, Types.ANY), t, false, Volatility.STABLE, 0, true, false,
                (args, res) -> (ctx, a) -> a[0] == null ? null : Format.format(ctx, args, a)));
        c.add(new FunctionDef("format", List.of(t), t, false, Volatility.STABLE, 0, false, false,
                (args, res) -> (ctx, a) -> a[0] == null ? null : Format.format(ctx, args, a)));
        c.fn("quote_ident", t, (ctx, a) -> Format.quoteIdent((String) a[0]), t);
        c.fn("quote_literal", t, (ctx, a) -> Format.quoteLiteral((String) a[0]), t);
        c.fnBound("quote_literal", t, true, Volatility.STABLE,
                (args, res) -> (ctx, a) -> Format.quoteLiteral(TextOut.of(args.get(0), a[0], ctx)), Types.ANYELEMENT);
        c.fn("quote_nullable", t, false, Volatility.IMMUTABLE,
                (ctx, a) -> a[0] == null ? "NULL" : Format.quoteLiteral((String) a[0]), t);
        c.fnBound("quote_nullable", t, false, Volatility.STABLE, (args, res) -> (ctx, a) -> a[0] == null ? "NULL"
                : Format.quoteLiteral(TextOut.of(args.get(0), a[0], ctx)), Types.ANYELEMENT);
        c.fn("md5", t, (ctx, a) -> HexFormat.of().formatHex(digest("MD5", StringFunctions.utf8((String) a[0]))), t);
        c.fn("md5", t, (ctx, a) -> HexFormat.of().formatHex(digest("MD5", (byte[]) a[0])), by);
        c.fn("sha224", by, (ctx, a) -> digest("SHA-224", (byte[]) a[0]), by);
        c.fn("sha256", by, (ctx, a) -> digest("SHA-256", (byte[]) a[0]), by);
        c.fn("sha384", by, (ctx, a) -> digest("SHA-384", (byte[]) a[0]), by);
        c.fn("sha512", by, (ctx, a) -> digest("SHA-512", (byte[]) a[0]), by);
        c.fn("to_hex", t, (ctx, a) -> Integer.toHexString((Integer) a[0]), Types.INT4);
        c.fn("to_hex", t, (ctx, a) -> Long.toHexString((Long) a[0]), Types.INT8);
        c.fn("encode", t, (ctx, a) -> Encodings.encode((byte[]) a[0], (String) a[1]), by, t);
        c.fn("decode", by, (ctx, a) -> Encodings.decode((String) a[0], (String) a[1]), t, t);
        c.fn("convert_from", t, (ctx, a) -> new String((byte[]) a[0], charset((String) a[1])), by, Types.NAME);
        c.fn("convert_to", by, (ctx, a) -> ((String) a[0]).getBytes(charset((String) a[1])), t, Types.NAME);
        c.fn("similar_to_escape", t, (ctx, a) -> Regexes.similarToRegex((String) a[0], "\\"), t);
        c.fn("similar_to_escape", t, (ctx, a) -> Regexes.similarToRegex((String) a[0], (String) a[1]), t, t);
    }

    private static String concat(EvalContext ctx, List<PgType> types, Object[] a, int from, String separator) {
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (int i = from; i < a.length; i++) {
            if (a[i] == null) {
                continue;
            }
            if (!first) {
                sb.append(separator);
            }
            sb.append(TextOut.of(types.get(i), a[i], ctx));
            first = false;
        }
        return sb.toString();
    }

    static byte[] digest(String algorithm, byte[] data) {
        try {
            return MessageDigest.getInstance(algorithm).digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw PgException.internal(e);
        }
    }

    static Charset charset(String name) {
        String n = name.toUpperCase(java.util.Locale.ROOT).replace("_", "").replace("-", "");
        return switch (n) {
            case "UTF8", "UNICODE" -> StandardCharsets.UTF_8;
            case "LATIN1", "ISO88591" -> StandardCharsets.ISO_8859_1;
            case "SQLASCII" -> StandardCharsets.US_ASCII;
            case "WIN1252" -> Charset.forName("windows-1252");
            default -> throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                    "invalid source encoding name \"" + name + "\"");
        };
    }

    /** string_to_array: a null delimiter splits into characters, an empty one yields the whole string. */
    static ArrayValue stringToArray(String s, String delimiter, String nullString) {
        if (s == null) {
            return null;
        }
        if (s.isEmpty()) {
            return ArrayValue.oneDimensional(Types.TEXT, new Object[0]);
        }
        List<Object> parts = new ArrayList<>();
        if (delimiter == null) {
            s.codePoints().forEach(cp -> parts.add(new String(Character.toChars(cp))));
        } else if (delimiter.isEmpty()) {
            parts.add(s);
        } else {
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
        }
        if (nullString != null) {
            parts.replaceAll(p -> nullString.equals(p) ? null : p);
        }
        return ArrayValue.oneDimensional(Types.TEXT, parts.toArray());
    }
}
