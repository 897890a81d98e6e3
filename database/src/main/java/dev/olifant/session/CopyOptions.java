package dev.olifant.session;

import dev.olifant.catalog.CatalogTxn;
import dev.olifant.catalog.Column;
import dev.olifant.catalog.Relation;
import dev.olifant.catalog.Table;
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

    /** defGetBoolean: no value, 0 or 1, true/false/on/off. */
    static boolean bool(DefElem o) {
        Boolean b = boolValue(o);
        if (b == null) {
            throw new PgException(SqlState.SYNTAX_ERROR, o.name() + " requires a Boolean value");
        }
        return b;
    }

    /** defGetCopyHeaderChoice: a Boolean, or MATCH (COPY FROM only), which also means a header line. */
    static boolean header(DefElem o, boolean from) {
        Boolean b = boolValue(o);
        if (b != null) {
            return b;
        }
        if (o.kind() != DefElemKind.NUMBER && o.value().equalsIgnoreCase("match")) {
            if (!from) {
                throw new PgException(SqlState.SYNTAX_ERROR, "cannot use \"" + o.value() + "\" with HEADER in COPY TO");
            }
            return true;
        }
        throw new PgException(SqlState.SYNTAX_ERROR, o.name() + " requires a Boolean value or \"match\"");
    }

    private static Boolean boolValue(DefElem o) {
        String v = o.value();
        if (o.kind() == DefElemKind.NONE || v == null) {
            return o.kind() == DefElemKind.NONE ? Boolean.TRUE : null;
        }
        if (o.kind() == DefElemKind.NUMBER) {
            return v.equals("0") ? Boolean.FALSE : v.equals("1") ? Boolean.TRUE : null;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "on" -> Boolean.TRUE;
            case "false", "off" -> Boolean.FALSE;
            default -> null;
        };
    }

    /**
     * HEADER MATCH: the header line must name the copied columns, in order (copyfromparse.c
     * NextCopyFromRawFields).
     */
    static void matchHeader(List<String> fields, List<Column> columns, String nullString, String context) {
        if (fields.size() != columns.size()) {
            throw new PgException(SqlState.BAD_COPY_FILE_FORMAT, "wrong number of fields in header line: got "
                    + fields.size() + ", expected " + columns.size()).withContext(context);
        }
        for (int i = 0; i < fields.size(); i++) {
            String got = fields.get(i);
            String expected = columns.get(i).name();
            if (got == null) {
                throw new PgException(SqlState.BAD_COPY_FILE_FORMAT, "column name mismatch in header line field "
                        + (i + 1) + ": got null value (\"" + nullString + "\"), expected \"" + expected + "\"")
                        .withContext(context);
            }
            if (!got.equals(expected)) {
                throw new PgException(SqlState.BAD_COPY_FILE_FORMAT, "column name mismatch in header line field "
                        + (i + 1) + ": got \"" + got + "\", expected \"" + expected + "\"").withContext(context);
            }
        }
    }

    /**
     * FREEZE writes rows that every later snapshot sees at once, which is only safe when no other
     * transaction can see the table yet: it must have been created or truncated (given new storage)
     * in this transaction. The transaction's private catalog version holds the DDL lock, so the
     * committed version it compares against cannot move meanwhile.
     */
    static void checkFreeze(Table table, CatalogTxn txn) {
        boolean fresh = false;
        if (txn != null && txn.changed()) {
            Relation before = txn.database().committed().relation(table.oid());
            fresh = !(before instanceof Table old) || old.storage() != table.storage();
        }
        if (!fresh) {
            throw new PgException(SqlState.OBJECT_NOT_IN_PREREQUISITE_STATE, "cannot perform COPY FREEZE because the "
                    + "table was not created or truncated in the current subtransaction");
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
