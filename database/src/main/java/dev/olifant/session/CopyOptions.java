package dev.olifant.session;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.sql.ast.DefElem;
import dev.olifant.sql.ast.DefElemKind;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The COPY options checked as ProcessCopyOptions checks them (copy.c), with its messages:
 * which options each format and direction accepts, single-byte delimiter and quote, ENCODING
 * names; and the per-column FORCE_QUOTE, FORCE_NOT_NULL and FORCE_NULL lists.
 */
final class CopyOptions {
    /** PostgreSQL's encoding names (pg_enc2name_tbl), normalized: lower case without '-' and '_'. */
    private static final Set<String> ENCODINGS = Set.of("sqlascii", "eucjp", "euccn", "euckr", "euctw",
            "eucjis2004", "utf8", "unicode", "muleinternal", "latin1", "latin2", "latin3", "latin4", "latin5", "latin6",
            "latin7", "latin8", "latin9", "latin10", "win1256", "win1258", "win866", "win874", "koi8r", "win1251",
            "win1252", "iso88595", "iso88596", "iso88597", "iso88598", "win1250", "win1253", "win1254", "win1255",
            "win1257", "koi8u", "sjis", "big5", "gbk", "uhc", "gb18030", "johab", "shiftjis2004");

    private boolean forceQuoteAll;
    private final Set<String> forceQuote = new HashSet<>();
    private final Set<String> forceNotNull = new HashSet<>();
    private final Set<String> forceNull = new HashSet<>();

    boolean forceQuote(String column) {
        return forceQuoteAll || forceQuote.contains(column);
    }

    boolean forceNotNull(String column) {
        return forceNotNull.contains(column);
    }

    boolean forceNull(String column) {
        return forceNull.contains(column);
    }

    private static PgException unsupported(String message) {
        return new PgException(SqlState.FEATURE_NOT_SUPPORTED, message);
    }

    void check(List<DefElem> options, boolean from, boolean csv, boolean binary, char delimiter, char quote,
            String nullString) {
        boolean quoteSet = false;
        boolean escapeSet = false;
        for (DefElem o : options) {
            switch (o.name().toLowerCase(Locale.ROOT)) {
                case "quote" -> {
                    quoteSet = true;
                    if (o.value() == null || o.value().length() != 1) {
                        if (csv) {
                            throw unsupported("COPY quote must be a single one-byte character");
                        }
                    }
                }
                case "escape" -> {
                    escapeSet = true;
                    if (csv && (o.value() == null || o.value().length() != 1)) {
                        throw unsupported("COPY escape must be a single one-byte character");
                    }
                }
                case "encoding" -> encoding(o);
                case "force_quote" -> {
                    forceQuoteAll = o.kind() == DefElemKind.STAR;
                    forceQuote.addAll(o.list());
                }
                case "force_not_null" -> forceNotNull.addAll(o.list());
                case "force_null" -> forceNull.addAll(o.list());
                default -> {
                }
            }
        }
        if (binary) {
            return;
        }
        if (delimiter == '\n' || delimiter == '\r') {
            throw unsupported("COPY delimiter cannot be newline or carriage return");
        }
        if (nullString.indexOf('\n') >= 0 || nullString.indexOf('\r') >= 0) {
            throw unsupported("COPY null representation cannot use newline or carriage return");
        }
        if (!csv && "\\.abcdefghijklmnopqrstuvwxyz0123456789".indexOf(delimiter) >= 0) {
            throw unsupported("COPY delimiter cannot be \"" + delimiter + "\"");
        }
        if (!csv && quoteSet) {
            throw unsupported("COPY quote available only in CSV mode");
        }
        if (csv && delimiter == quote) {
            throw unsupported("COPY delimiter and quote must be different");
        }
        if (!csv && escapeSet) {
            throw unsupported("COPY escape available only in CSV mode");
        }
        if (!forceQuote.isEmpty() || forceQuoteAll) {
            if (!csv) {
                throw unsupported("COPY force quote available only in CSV mode");
            }
            if (from) {
                throw unsupported("COPY force quote only available using COPY TO");
            }
        }
        if (!forceNotNull.isEmpty()) {
            if (!csv) {
                throw unsupported("COPY force not null available only in CSV mode");
            }
            if (!from) {
                throw unsupported("COPY force not null only available using COPY FROM");
            }
        }
        if (!forceNull.isEmpty()) {
            if (!csv) {
                throw unsupported("COPY force null available only in CSV mode");
            }
            if (!from) {
                throw unsupported("COPY force null only available using COPY FROM");
            }
        }
        if (nullString.indexOf(delimiter) >= 0) {
            throw unsupported("COPY delimiter must not appear in the NULL specification");
        }
        if (csv && nullString.indexOf(quote) >= 0) {
            throw unsupported("CSV quote character must not appear in the NULL specification");
        }
    }

    /** Only UTF8 data is supported; any other valid encoding name is 0A000. */
    private static void encoding(DefElem o) {
        String n = o.value() == null ? "" : o.value().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        if (!ENCODINGS.contains(n)) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "argument to option \"encoding\" must be a valid encoding name")
                    .withPosition(o.location() + 1);
        }
        if (!n.equals("utf8") && !n.equals("unicode") && !n.equals("sqlascii")) {
            throw unsupported("COPY with ENCODING '" + o.value() + "' is not supported; data must be UTF8");
        }
    }
}
