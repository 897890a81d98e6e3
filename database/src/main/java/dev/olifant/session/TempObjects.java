package dev.olifant.session;

import dev.olifant.catalog.Catalog;
import dev.olifant.catalog.Namespace;
import dev.olifant.commands.TempSchema;
import dev.olifant.error.PgException;
import java.io.InputStream;
import java.util.List;

/**
 * A session's temporary objects at its end (PostgreSQL's RemoveTempRelationsCallback): they are
 * dropped in a transaction of their own before the session's locks go, so whoever waits for
 * one of its session-level locks finds them gone.
 */
final class TempObjects {
    private TempObjects() {
    }

    static void dropAtExit(PgSession session) {
        Catalog cat = session.database().committed();
        Namespace ns = cat.namespace(session.tempNamespaceName());
        if (ns == null || TempSchema.isEmpty(cat, ns)) {
            return;
        }
        session.interrupts.allowExitCleanup();
        try {
            session.simpleQuery("DISCARD TEMP", DISCARD);
        } catch (RuntimeException e) {
            // the objects stay until the next session with this schema number ends or discards them
            System.getLogger(TempObjects.class.getName()).log(System.Logger.Level.WARNING,
                    "could not remove temporary objects of schema " + ns.name() + ": " + e.getMessage());
        }
    }

    /** Drops everything the cleanup statement reports. */
    private static final ResultSink DISCARD = new ResultSink() {
        @Override
        public void rowDescription(List<Field> fields) {
        }

        @Override
        public void dataRow(byte[][] values) {
        }

        @Override
        public void commandComplete(String tag) {
        }

        @Override
        public void emptyQuery() {
        }

        @Override
        public void notice(PgException notice) {
        }

        @Override
        public void parameterStatus(String name, String value) {
        }

        @Override
        public InputStream copyIn(boolean binary, int columnCount) {
            return InputStream.nullInputStream();
        }

        @Override
        public void copyOutStart(boolean binary, int columnCount) {
        }

        @Override
        public void copyData(byte[] data, int offset, int length) {
        }

        @Override
        public void copyDone() {
        }
    };
}
