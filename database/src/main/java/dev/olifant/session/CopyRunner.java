package dev.olifant.session;

import dev.olifant.catalog.Column;
import dev.olifant.catalog.Table;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.exec.ExecContext;
import dev.olifant.exec.dml.TableTarget;
import dev.olifant.exec.expr.Expression;
import dev.olifant.exec.plan.RowSource;
import dev.olifant.sql.analyze.AnalysisContext;
import dev.olifant.sql.analyze.AnalyzedQuery;
import dev.olifant.sql.analyze.DmlAnalyzer;
import dev.olifant.sql.analyze.Names;
import dev.olifant.sql.analyze.ParamTypes;
import dev.olifant.sql.analyze.QueryAnalyzer;
import dev.olifant.sql.analyze.RequiredPrivileges;
import dev.olifant.catalog.Acl;
import dev.olifant.sql.analyze.ResultColumn;
import dev.olifant.sql.analyze.TargetBuilder;
import dev.olifant.sql.ast.CopyStmt;
import dev.olifant.sql.ast.DefElem;
import dev.olifant.txn.Transaction;
import dev.olifant.types.PgType;
import dev.olifant.types.TextIO;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * COPY FROM STDIN and COPY TO STDOUT in text, CSV and binary ({@link BinaryCopy}) formats, with PostgreSQL's escaping rules:
 * text uses backslash escapes and {@code \N} for NULL; CSV quotes fields containing the delimiter,
 * quote, or a line break and writes NULL as an unquoted empty field.
 */
final class CopyRunner {
    private final PgSession session;
    private boolean csv;
    private boolean binary;
    private char delimiter = '\t';
    private String nullString = "\\N";
    private boolean header;
    private boolean headerMatch;
    private boolean freeze;
    private char quote = '"';
    private char escape = '"';
    private final CopyOptions extra = new CopyOptions();
    private List<String> inputColumns = List.of();

    CopyRunner(PgSession session) {
        this.session = session;
    }

    String run(CopyStmt c, Transaction txn, ResultSink sink) {
        if (c.filename() != null) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "COPY to or from a file is not supported; use STDIN/STDOUT")
                    .withHint("Use psql's \\copy to read or write a file on the client.");
        }
        if (c.where() != null) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "COPY FROM ... WHERE is not supported yet");
        }
        options(c.options(), c.from());
        extra.check(c.options(), c.from(), csv, binary, delimiter, quote, nullString);
        AnalysisContext actx = session.analysisContext(session.catalog(), new ParamTypes(new PgType[0], false));
        ExecContext ctx = session.execContext(txn, new Object[0]);
        if (c.from()) {
            if (txn.readOnly()) {
                throw new PgException(SqlState.READ_ONLY_SQL_TRANSACTION, "cannot execute COPY FROM in a read-only transaction");
            }
            Table table = Names.table(actx, c.table());
            session.checkPrivileges(RequiredPrivileges.of(table, Acl.Privilege.INSERT));
            return "COPY " + copyIn(actx, ctx, table, columns(table, c.columns()), sink);
        }
        AnalyzedQuery q;
        if (c.query() != null) {
            q = new QueryAnalyzer(actx).analyze(c.query());
        } else {
            var select = (dev.olifant.sql.ast.SelectStmt) dev.olifant.sql.parser.Parser.parseOne("SELECT "
                    + columnList(Names.table(actx, c.table()), c.columns()) + " FROM " + qualified(c.table()));
            q = new QueryAnalyzer(actx).analyze(select);
        }
        session.checkPrivileges(actx.privileges().result());
        return "COPY " + copyOut(q, ctx, sink);
    }

    private void options(List<DefElem> opts, boolean from) {
        boolean delimiterSet = false;
        boolean nullSet = false;
        boolean escapeSet = false;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (DefElem o : opts) {
            String v = o.value();
            if (!seen.add(o.name().toLowerCase(Locale.ROOT))) {
                throw new PgException(SqlState.SYNTAX_ERROR, "conflicting or redundant options")
                        .withPosition(o.location() + 1);
            }
            switch (o.name().toLowerCase(Locale.ROOT)) {
                case "format" -> {
                    switch (v.toLowerCase(Locale.ROOT)) {
                        case "csv" -> csv = true;
                        case "text" -> csv = false;
                        case "binary" -> binary = true;
                        default -> throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "COPY format \"" + v
                                + "\" not recognized").withPosition(o.location() + 1);
                    }
                }
                case "delimiter" -> {
                    if (v.length() != 1) {
                        throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                                "COPY delimiter must be a single one-byte character");
                    }
                    delimiter = v.charAt(0);
                    delimiterSet = true;
                }
                case "null" -> {
                    nullString = v;
                    nullSet = true;
                }
                case "header" -> {
                    header = CopyOptions.header(o, from);
                    headerMatch = header && v != null && v.equalsIgnoreCase("match");
                }
                case "freeze" -> freeze = CopyOptions.bool(o);
                case "quote" -> quote = v.isEmpty() ? '\0' : v.charAt(0);
                case "escape" -> {
                    escape = v.isEmpty() ? '\0' : v.charAt(0);
                    escapeSet = true;
                }
                case "encoding", "force_quote", "force_not_null", "force_null" -> {
                    // checked by CopyOptions
                }
                default -> throw new PgException(SqlState.SYNTAX_ERROR, "option \"" + o.name() + "\" not recognized")
                        .withPosition(o.location() + 1);
            }
        }
        if (binary) {
            String clash = delimiterSet ? "DELIMITER" : nullSet ? "NULL" : header ? "HEADER" : null;
            if (clash != null) {
                throw new PgException(SqlState.SYNTAX_ERROR, "cannot specify " + clash + " in BINARY mode");
            }
        }
        if (csv) {
            if (!delimiterSet) {
                delimiter = ',';
            }
            if (!nullSet) {
                nullString = "";
            }
            if (!escapeSet) {
                escape = quote;
            }
        }
    }

    private static String qualified(dev.olifant.sql.ast.QualifiedName n) {
        List<String> q = new ArrayList<>();
        n.parts().forEach(p -> q.add(CatalogRegLookup.quote(p)));
        return String.join(".", q);
    }

    private static String columnList(Table t, List<String> cols) {
        List<String> names = new ArrayList<>();
        for (Column c : columns(t, cols)) {
            names.add(CatalogRegLookup.quote(c.name()));
        }
        return names.isEmpty() ? "*" : String.join(", ", names);
    }

    private static List<Column> columns(Table t, List<String> names) {
        if (names.isEmpty()) {
            return t.liveColumns();
        }
        List<Column> out = new ArrayList<>();
        for (String n : names) {
            Column c = t.column(n);
            if (c == null) {
                throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"" + n + "\" of relation \"" + t.name()
                        + "\" does not exist");
            }
            out.add(c);
        }
        return out;
    }

    private long copyIn(AnalysisContext actx, ExecContext ctx, Table table, List<Column> cols, ResultSink sink) {
        TableTarget target = TargetBuilder.build(actx, table);
        DmlAnalyzer dml = new DmlAnalyzer(actx);
        Expression[] defaults = new Expression[table.columns().size()];
        boolean[] given = new boolean[defaults.length];
        for (Column c : cols) {
            given[c.attnum() - 1] = true;
        }
        for (Column c : table.columns()) {
            if (!given[c.attnum() - 1]) {
                defaults[c.attnum() - 1] = dml.defaultOf(c);
            }
        }
        inputColumns = cols.stream().map(Column::name).toList();
        java.io.InputStream stream = sink.copyIn(binary, cols.size());
        if (freeze) {
            // checked once in copy-in mode, as CopyFrom does after BeginCopyFrom has started it
            CopyOptions.checkFreeze(table, session.tx.active() ? session.tx.catalog() : null);
        }
        dev.olifant.exec.dml.CopyInserts rows = new dev.olifant.exec.dml.CopyInserts(target, ctx);
        if (binary) {
            long read = BinaryCopy.read(stream, cols, "COPY " + table.name(), fields -> {
                Object[] values = new Object[table.columns().size()];
                for (int i = 0; i < cols.size(); i++) {
                    values[cols.get(i).attnum() - 1] = fields[i];
                }
                for (int i = 0; i < defaults.length; i++) {
                    if (defaults[i] != null) {
                        values[i] = defaults[i].eval(null, ctx);
                    }
                }
                rows.insert(values);
                ctx.checkInterruptsCheaply();
            });
            rows.finish();
            return read;
        }
        var in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8),
                1 << 16);
        long n = 0;
        long line = 0;
        try {
            String l;
            List<String> fields = new ArrayList<>(cols.size());
            while ((l = in.readLine()) != null) {
                line++;
                if (l.equals("\\.")) {
                    break;
                }
                fields.clear();
                if (header && line == 1) {
                    if (headerMatch) {
                        if (csv) {
                            splitCsv(l, fields);
                        } else {
                            splitText(l, fields);
                        }
                        CopyOptions.matchHeader(fields, cols, nullString, "COPY " + table.name() + ", line 1: \"" + l + "\"");
                    }
                    continue;
                }
                if (csv) {
                    while (!splitCsv(l, fields)) {
                        String more = in.readLine();
                        if (more == null) {
                            throw new PgException(SqlState.BAD_COPY_FILE_FORMAT, "unterminated CSV quoted field");
                        }
                        l = l + "\n" + more;
                        fields.clear();
                    }
                } else {
                    splitText(l, fields);
                }
                String where = "COPY " + table.name() + ", line " + line;
                if (fields.size() > cols.size()) {
                    throw new PgException(SqlState.BAD_COPY_FILE_FORMAT, "extra data after last expected column")
                            .withContext(where + ": \"" + l + "\"");
                }
                Object[] values = new Object[table.columns().size()];
                for (int i = 0; i < cols.size(); i++) {
                    Column c = cols.get(i);
                    if (i >= fields.size()) {
                        // reported when this column's turn comes: earlier fields are converted first
                        throw new PgException(SqlState.BAD_COPY_FILE_FORMAT, "missing data for column \""
                                + c.name() + "\"").withContext(where + ": \"" + l + "\"");
                    }
                    String f = fields.get(i);
                    try {
                        values[c.attnum() - 1] = f == null ? null
                                : TextIO.input(c.type(), c.typmod(), f, ctx.settings(), ctx.regLookup());
                    } catch (PgException e) {
                        throw e.withContext(where + ", column " + c.name() + ": \"" + f + "\"");
                    }
                }
                for (int i = 0; i < defaults.length; i++) {
                    if (defaults[i] != null) {
                        values[i] = defaults[i].eval(null, ctx);
                    }
                }
                if (rows.insert(values, where, l)) {
                    n++;
                }
                ctx.checkInterruptsCheaply();
            }
            while (in.readLine() != null) {
                // drain what follows an end-of-data marker until CopyDone
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rows.finish();
        return n;
    }

    /** Splits a text-format line, decoding backslash escapes; the NULL marker becomes null. */
    private void splitText(String l, List<String> out) {
        StringBuilder cur = new StringBuilder();
        boolean raw = true;
        int start = 0;
        for (int i = 0; i <= l.length(); i++) {
            if (i == l.length() || l.charAt(i) == delimiter) {
                String rawText = l.substring(start, i);
                out.add(rawText.equals(nullString) ? null : raw ? rawText : cur.toString());
                cur.setLength(0);
                raw = true;
                start = i + 1;
                continue;
            }
            char ch = l.charAt(i);
            if (ch == '\\' && i + 1 < l.length()) {
                if (raw) {
                    cur.append(l, start, i);
                    raw = false;
                }
                char e = l.charAt(++i);
                switch (e) {
                    case 'b' -> cur.append('\b');
                    case 'f' -> cur.append('\f');
                    case 'n' -> cur.append('\n');
                    case 'r' -> cur.append('\r');
                    case 't' -> cur.append('\t');
                    case 'v' -> cur.append('\u000b');
                    case 'x' -> {
                        int j = i + 1;
                        int v = 0;
                        while (j < l.length() && j < i + 3 && Character.digit(l.charAt(j), 16) >= 0) {
                            v = v * 16 + Character.digit(l.charAt(j), 16);
                            j++;
                        }
                        if (j == i + 1) {
                            cur.append('x');
                        } else {
                            cur.append((char) v);
                            i = j - 1;
                        }
                    }
                    default -> {
                        if (e >= '0' && e <= '7') {
                            int j = i;
                            int v = 0;
                            while (j < l.length() && j < i + 3 && l.charAt(j) >= '0' && l.charAt(j) <= '7') {
                                v = v * 8 + (l.charAt(j) - '0');
                                j++;
                            }
                            cur.append((char) v);
                            i = j - 1;
                        } else {
                            cur.append(e);
                        }
                    }
                }
            } else if (!raw) {
                cur.append(ch);
            }
        }
    }

    /** A CSV field's value: the NULL string unquoted is null, unless FORCE_NOT_NULL; quoted too with FORCE_NULL. */
    private String csvValue(String text, boolean quoted, int index) {
        if (!text.equals(nullString) || index >= inputColumns.size()) {
            return text;
        }
        String column = inputColumns.get(index);
        if (quoted) {
            return extra.forceNull(column) ? null : text;
        }
        return extra.forceNotNull(column) ? text : null;
    }

    /** Splits a CSV record; false when a quoted field continues on the next line. */
    private boolean splitCsv(String l, List<String> out) {
        StringBuilder cur = new StringBuilder();
        boolean inQuotes = false;
        boolean wasQuoted = false;
        for (int i = 0; i < l.length(); i++) {
            char ch = l.charAt(i);
            if (inQuotes) {
                if (ch == escape && i + 1 < l.length() && l.charAt(i + 1) == quote && escape != quote) {
                    cur.append(quote);
                    i++;
                } else if (ch == quote) {
                    if (escape == quote && i + 1 < l.length() && l.charAt(i + 1) == quote) {
                        cur.append(quote);
                        i++;
                    } else {
                        inQuotes = false;
                    }
                } else {
                    cur.append(ch);
                }
            } else if (ch == quote) {
                inQuotes = true;
                wasQuoted = true;
            } else if (ch == delimiter) {
                out.add(csvValue(cur.toString(), wasQuoted, out.size()));
                cur.setLength(0);
                wasQuoted = false;
            } else {
                cur.append(ch);
            }
        }
        if (inQuotes) {
            return false;
        }
        out.add(csvValue(cur.toString(), wasQuoted, out.size()));
        return true;
    }

    private long copyOut(AnalyzedQuery q, ExecContext ctx, ResultSink sink) {
        List<ResultColumn> cols = q.columns();
        if (binary) {
            return copyOutBinary(q, ctx, sink);
        }
        sink.copyOutStart(false, cols.size());
        StringBuilder sb = new StringBuilder();
        if (header) {
            for (int i = 0; i < cols.size(); i++) {
                if (i > 0) {
                    sb.append(delimiter);
                }
                if (csv) {
                    sb.append(csvField(cols.get(i).name(), false));
                } else {
                    escapeText(cols.get(i).name(), sb);
                }
            }
            sb.append('\n');
            emit(sink, sb);
        }
        long n = 0;
        try (RowSource rows = q.plan().open(ctx)) {
            Object[] row;
            while ((row = rows.next()) != null) {
                for (int i = 0; i < cols.size(); i++) {
                    if (i > 0) {
                        sb.append(delimiter);
                    }
                    Object v = row[i];
                    if (v == null) {
                        sb.append(nullString);
                        continue;
                    }
                    String text = TextIO.output(cols.get(i).type(), v, ctx.settings(), ctx.regLookup());
                    if (csv) {
                        sb.append(csvField(text, extra.forceQuote(cols.get(i).name())));
                    } else {
                        escapeText(text, sb);
                    }
                }
                sb.append('\n');
                n++;
                if (sb.length() > 1 << 15) {
                    emit(sink, sb);
                }
                ctx.checkInterruptsCheaply();
            }
        }
        emit(sink, sb);
        sink.copyDone();
        return n;
    }

    private long copyOutBinary(AnalyzedQuery q, ExecContext ctx, ResultSink sink) {
        List<PgType> types = q.columns().stream().map(ResultColumn::type).toList();
        sink.copyOutStart(true, types.size());
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(1 << 16);
        out.writeBytes(BinaryCopy.header());
        long n = 0;
        try (RowSource rows = q.plan().open(ctx)) {
            Object[] row;
            while ((row = rows.next()) != null) {
                BinaryCopy.tuple(out, types, row);
                n++;
                if (out.size() > 1 << 15) {
                    sink.copyData(out.toByteArray(), 0, out.size());
                    out.reset();
                }
                ctx.checkInterruptsCheaply();
            }
        }
        out.writeBytes(BinaryCopy.trailer());
        sink.copyData(out.toByteArray(), 0, out.size());
        sink.copyDone();
        return n;
    }

    private static void emit(ResultSink sink, StringBuilder sb) {
        if (sb.length() > 0) {
            byte[] b = sb.toString().getBytes(StandardCharsets.UTF_8);
            sink.copyData(b, 0, b.length);
            sb.setLength(0);
        }
    }

    private void escapeText(String text, StringBuilder sb) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append(delimiter == '\t' ? "\\t" : "\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                case '\u000b' -> sb.append("\\v");
                default -> {
                    if (ch == delimiter) {
                        sb.append('\\');
                    }
                    sb.append(ch);
                }
            }
        }
    }

    private String csvField(String text, boolean force) {
        boolean needs = force || text.equals(nullString) || text.isEmpty() && nullString.isEmpty();
        for (int i = 0; i < text.length() && !needs; i++) {
            char ch = text.charAt(i);
            needs = ch == delimiter || ch == quote || ch == '\n' || ch == '\r' || ch == escape;
        }
        if (!needs) {
            return text;
        }
        StringBuilder sb = new StringBuilder().append(quote);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == quote || ch == escape) {
                sb.append(escape);
            }
            sb.append(ch);
        }
        return sb.append(quote).toString();
    }
}
