package dev.olifant.wire;

import dev.olifant.error.PgException;
import dev.olifant.error.Severity;
import dev.olifant.error.SqlState;
import dev.olifant.session.Field;
import dev.olifant.session.ResultSink;
import dev.olifant.session.Session;
import dev.olifant.session.StartupRequest;
import dev.olifant.session.StatementDescription;
import dev.olifant.session.TransactionStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A scripted session for protocol tests: a few recognised query strings produce fixed results,
 * and every call is recorded so that tests can check what the wire layer asked for.
 */
final class FakeSession implements Session {
    static final Field INT_FIELD = new Field("n", 0, (short) 0, 23, (short) 4, -1, (short) 0);

    final StartupRequest request;
    final List<String> calls = new CopyOnWriteArrayList<>();
    final CountDownLatch cancelled = new CountDownLatch(1);
    final CountDownLatch running = new CountDownLatch(1);
    volatile String copiedIn;
    volatile boolean closed;
    private final Map<String, String> statements = new HashMap<>();
    private final Map<String, Integer> portals = new HashMap<>();
    private TransactionStatus status = TransactionStatus.IDLE;

    FakeSession(StartupRequest request) {
        this.request = request;
    }

    @Override
    public Map<String, String> reportedParameters() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("server_version", "15.0");
        m.put("client_encoding", "UTF8");
        return m;
    }

    @Override
    public void simpleQuery(String sql, ResultSink sink) {
        calls.add("query " + sql);
        switch (sql) {
            case "" -> sink.emptyQuery();
            case "begin" -> {
                status = TransactionStatus.IN_TRANSACTION;
                sink.commandComplete("BEGIN");
            }
            case "fail" -> throw new PgException(SqlState.SYNTAX_ERROR, Severity.ERROR,
                    "syntax error at or near \"fail\"", "some detail", "some hint", 1, null);
            case "notice" -> {
                sink.notice(new PgException(SqlState.WARNING, Severity.WARNING, "careful", null, null, 0, null));
                sink.commandComplete("DO");
            }
            case "copy in" -> {
                InputStream in = sink.copyIn(false, 2);
                try {
                    copiedIn = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                sink.commandComplete("COPY 2");
            }
            case "copy out" -> {
                sink.copyOutStart(false, 1);
                byte[] data = "a\nb\n".getBytes(StandardCharsets.UTF_8);
                sink.copyData(data, 0, 2);
                sink.copyData(data, 2, 2);
                sink.copyDone();
                sink.commandComplete("COPY 2");
            }
            case "sleep" -> {
                running.countDown();
                try {
                    if (!cancelled.await(10, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("not cancelled");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new PgException(SqlState.QUERY_CANCELED, "canceling statement due to user request");
            }
            case "crash" -> throw new IllegalStateException("boom");
            default -> {
                int rows = sql.startsWith("rows ") ? Integer.parseInt(sql.substring(5)) : 1;
                sink.rowDescription(List.of(INT_FIELD));
                for (int i = 1; i <= rows; i++) {
                    sink.dataRow(new byte[][] {Integer.toString(i).getBytes(StandardCharsets.UTF_8)});
                }
                sink.commandComplete("SELECT " + rows);
            }
        }
    }

    @Override
    public void parse(String name, String sql, int[] parameterTypeOids) {
        calls.add("parse " + name + " " + sql + " " + parameterTypeOids.length);
        if (sql.equals("fail")) {
            throw new PgException(SqlState.SYNTAX_ERROR, "syntax error at or near \"fail\"");
        }
        statements.put(name, sql);
    }

    @Override
    public StatementDescription describeStatement(String name) {
        calls.add("describe statement " + name);
        String sql = statement(name);
        return new StatementDescription(new int[] {23}, sql.startsWith("insert") ? null : List.of(INT_FIELD));
    }

    @Override
    public void bind(String portalName, String statementName, short[] parameterFormats, byte[][] parameterValues,
            short[] resultFormats) {
        calls.add("bind " + portalName + " " + statementName + " " + parameterValues.length);
        String sql = statement(statementName);
        if (parameterValues.length != 1) {
            throw PgException.of(SqlState.PROTOCOL_VIOLATION,
                    "bind message supplies %d parameters, but prepared statement \"%s\" requires 1",
                    parameterValues.length, statementName);
        }
        portals.put(portalName, sql.startsWith("rows ") ? Integer.parseInt(sql.substring(5)) : 0);
    }

    @Override
    public List<Field> describePortal(String portalName) {
        calls.add("describe portal " + portalName);
        portal(portalName);
        return List.of(INT_FIELD);
    }

    @Override
    public boolean execute(String portalName, int maxRows, ResultSink sink) {
        calls.add("execute " + portalName + " " + maxRows);
        int left = portal(portalName);
        int n = maxRows == 0 ? left : Math.min(left, maxRows);
        for (int i = 0; i < n; i++) {
            sink.dataRow(new byte[][] {"x".getBytes(StandardCharsets.UTF_8)});
        }
        portals.put(portalName, left - n);
        if (left - n > 0) {
            return false;
        }
        sink.commandComplete("SELECT " + n);
        return true;
    }

    @Override
    public void closeStatement(String name) {
        calls.add("close statement " + name);
        statements.remove(name);
    }

    @Override
    public void closePortal(String name) {
        calls.add("close portal " + name);
        portals.remove(name);
    }

    @Override
    public void sync() {
        calls.add("sync");
    }

    @Override
    public void extendedProtocolError() {
        calls.add("extended error");
    }

    @Override
    public TransactionStatus transactionStatus() {
        return status;
    }

    @Override
    public void cancel() {
        calls.add("cancel");
        cancelled.countDown();
    }

    @Override
    public void close() {
        closed = true;
    }

    private String statement(String name) {
        String sql = statements.get(name);
        if (sql == null) {
            throw PgException.of(SqlState.INVALID_SQL_STATEMENT_NAME, "prepared statement \"%s\" does not exist", name);
        }
        return sql;
    }

    private int portal(String name) {
        Integer left = portals.get(name);
        if (left == null) {
            throw PgException.of(SqlState.INVALID_CURSOR_NAME, "portal \"%s\" does not exist", name);
        }
        return left;
    }
}
