package dev.olifant.wal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.olifant.error.PgException;
import dev.olifant.types.Interval;
import dev.olifant.types.Types;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WalLogTest {
    final MemoryWalStorage storage = new MemoryWalStorage();

    static WalOutput batch(long xid, Object... values) {
        RedoBuffer redo = new RedoBuffer();
        redo.heapInsert(42, xid, values);
        WalOutput out = new WalOutput();
        redo.encodeBatch(xid, 0, out);
        return out;
    }

    List<WalRecord> readAll(long from) throws IOException {
        WalReader r = new WalReader(storage, from);
        List<WalRecord> out = new ArrayList<>();
        for (WalRecord rec = r.next(); rec != null; rec = r.next()) {
            out.add(rec);
        }
        return out;
    }

    @Test
    void valuesRoundTrip() {
        Object[] values = {null, true, (short) 3, 4, 5L, 1.5f, 2.5d, new BigDecimal("-12.340"), "text é", new byte[] {1, 2},
            LocalDate.of(2024, 2, 29), java.time.LocalTime.of(1, 2, 3, 4000), LocalDateTime.of(1999, 12, 31, 23, 59),
            Instant.ofEpochSecond(-5, 7000), new Interval(1, 2, 3), UUID.randomUUID(),
            dev.olifant.types.ArrayValue.oneDimensional(Types.INT4, new Object[] {1, null, 3})};
        WalOutput out = new WalOutput();
        for (Object v : values) {
            out.value(v);
        }
        WalInput in = new WalInput(out.toByteArray());
        for (Object v : values) {
            assertThat(in.value()).isEqualTo(v);
        }
        assertThat(in.atEnd()).isTrue();
    }

    @Test
    void aRepeatedStringIsSharedAndADifferentOneIsNot() {
        WalOutput out = new WalOutput();
        out.str("filler").str("filler").str("other").str("filler");
        WalInput in = new WalInput(out.toByteArray());
        String a = in.str();
        String b = in.str();
        String c = in.str();
        String d = in.str();
        assertThat(b).isSameAs(a);
        assertThat(c).isEqualTo("other");
        assertThat(d).isEqualTo("filler").isNotSameAs(a);
        // One input reading record after record (reset) still compares against bytes it read before.
        in.reset(new WalOutput().str("other").toByteArray(), 0, 9);
        assertThat(in.str()).isEqualTo("other");
        // The caller may reuse its array: the same bytes overwritten with another string of the same length.
        byte[] reused = new WalOutput().str("abc").toByteArray();
        assertThat(in.reset(reused, 0, reused.length).str()).isEqualTo("abc");
        System.arraycopy(new WalOutput().str("abd").toByteArray(), 0, reused, 0, reused.length);
        assertThat(in.reset(reused, 0, reused.length).str()).isEqualTo("abd");
    }

    /**
     * The reader reuses one array for every segment. Records here are all 64 bytes, so a shorter
     * last segment has, past its end in that array, a valid record of the segment read before it:
     * the log must still end where the last segment does.
     */
    @Test
    void aShortSegmentAfterAFullOneEndsTheLogAtItsOwnEnd() throws IOException {
        int recordSize = 64;
        long perSegment = Lsn.SEGMENT_SIZE / recordSize;
        long total = 2 * perSegment + 100;
        byte[] payload = new byte[recordSize - WalRecord.HEADER_SIZE];
        try (WalWriter w = new WalWriter(storage, new WalSettings(), Lsn.START)) {
            WalOutput out = new WalOutput();
            for (long i = 0; i < total; i++) {
                java.nio.ByteBuffer.wrap(payload).putLong(i);
                WalRecord.encode(out, RecordType.COMMIT, i, payload, 0, payload.length);
                if (out.length() >= 1 << 20 || i == total - 1) {
                    w.flush(w.append(out));
                    out = new WalOutput();
                }
            }
        }
        assertThat(WalSegments.list(storage)).containsExactly(1L, 2L, 3L);
        assertThat(storage.content(WalSegments.path(3))).hasSize(100 * recordSize);
        WalReader r = new WalReader(storage, Lsn.START);
        long n = 0;
        while (r.advance()) {
            assertThat(r.xid()).isEqualTo(n);
            assertThat(new WalInput(r.buffer(), r.payloadOffset(), r.payloadLength()).i64()).isEqualTo(n);
            n++;
        }
        assertThat(n).isEqualTo(total);
        assertThat(r.position()).isEqualTo(Lsn.START + total * recordSize);
    }

    @Test
    void advanceReadsRecordsInPlaceAsNextDoes() throws IOException {
        try (WalWriter w = new WalWriter(storage, new WalSettings(), Lsn.START)) {
            long end = 0;
            for (int i = 0; i < 50; i++) {
                end = w.appendCommit(batch(100 + i, i, "row " + i));
            }
            w.flush(end);
        }
        List<WalRecord> copied = readAll(Lsn.START);
        WalReader r = new WalReader(storage, Lsn.START);
        int n = 0;
        while (r.advance()) {
            WalRecord c = copied.get(n++);
            assertThat(r.lsn()).isEqualTo(c.lsn());
            assertThat(r.type()).isEqualTo(c.type());
            assertThat(r.xid()).isEqualTo(c.xid());
            assertThat(java.util.Arrays.copyOfRange(r.buffer(), r.payloadOffset(), r.payloadOffset() + r.payloadLength()))
                    .isEqualTo(c.payload());
        }
        assertThat(n).isEqualTo(copied.size()).isEqualTo(100);
    }

    @Test
    void recordsCarryTypeXidAndCrc() throws IOException {
        try (WalWriter w = new WalWriter(storage, new WalSettings(), Lsn.START)) {
            long end = w.appendCommit(batch(7, 1, "x"));
            w.flush(end);
            assertThat(w.flushedLsn()).isEqualTo(end);
        }
        List<WalRecord> recs = readAll(Lsn.START);
        assertThat(recs).extracting(WalRecord::type).containsExactly(RecordType.HEAP_INSERT, RecordType.COMMIT);
        assertThat(recs).extracting(WalRecord::xid).containsExactly(7L, 7L);
        assertThat(recs.get(0).lsn()).isEqualTo(Lsn.START);
        assertThat(recs.get(1).lsn()).isEqualTo(recs.get(0).endLsn());
        // flip one payload byte: the CRC catches it and the log ends before that record
        byte[] seg = storage.content(WalSegments.path(1));
        seg[WalRecord.HEADER_SIZE + 3] ^= 1;
        assertThat(readAll(Lsn.START)).isEmpty();
    }

    @Test
    void tornTailIsCutAndWritingContinuesCleanly() throws IOException {
        long good;
        try (WalWriter w = new WalWriter(storage, new WalSettings(), Lsn.START)) {
            good = w.appendCommit(batch(3, "a"));
            w.flush(good);
            w.appendCommit(batch(4, "b"));
            w.flushAll();
        }
        byte[] seg = storage.content(WalSegments.path(1));
        int cut = (int) (good - Lsn.START) + 10; // half a header of the second batch
        storage.overwrite(WalSegments.path(1), java.util.Arrays.copyOf(seg, cut));
        WalReader r = new WalReader(storage, Lsn.START);
        int n = 0;
        while (r.next() != null) {
            n++;
        }
        assertThat(n).isEqualTo(2);
        assertThat(r.position()).isEqualTo(good);
        WalSegments.cutAt(storage, r.position());
        assertThat(storage.content(WalSegments.path(1))).hasSize((int) (good - Lsn.START));
        try (WalWriter w = new WalWriter(storage, new WalSettings(), good)) {
            w.flush(w.appendCommit(batch(5, "c")));
        }
        assertThat(readAll(Lsn.START)).extracting(WalRecord::xid).containsExactly(3L, 3L, 5L, 5L);
    }

    @Test
    void recordsSpanSegmentFiles() throws IOException {
        long start = Lsn.START + Lsn.SEGMENT_SIZE - 30; // the next record crosses into segment 2
        try (WalWriter w = new WalWriter(storage, new WalSettings(), start)) {
            w.flush(w.appendCommit(batch(9, "x".repeat(100))));
        }
        assertThat(WalSegments.list(storage)).containsExactly(1L, 2L);
        List<WalRecord> recs = readAll(start);
        assertThat(recs).hasSize(2);
        assertThat(new WalInput(recs.get(0).payload()).i64()).isEqualTo(42);
        assertThat(Lsn.segmentName(2)).isEqualTo("000000010000000000000002");
        assertThat(Lsn.parseSegmentName("000000010000000100000003")).isEqualTo(256 + 3);
    }

    @Test
    void missingMiddleSegmentStopsRecovery() throws IOException {
        long start = Lsn.START + Lsn.SEGMENT_SIZE - 30;
        try (WalWriter w = new WalWriter(storage, new WalSettings(), start)) {
            w.flush(w.appendCommit(batch(9, "x".repeat(100))));
            w.flush(w.appendCommit(batch(10, "y".repeat(Math.toIntExact(Lsn.SEGMENT_SIZE)))));
        }
        assertThat(WalSegments.list(storage)).containsExactly(1L, 2L, 3L);
        storage.delete(WalSegments.path(2));
        assertThatThrownBy(() -> readAll(start)).isInstanceOf(WalReader.WalGapException.class)
                .hasMessageContaining("000000010000000000000002");
    }

    @Test
    void lostWritesNeverLoseAcknowledgedCommits() throws Exception {
        WalSettings settings = new WalSettings();
        List<Long> acknowledged = java.util.Collections.synchronizedList(new ArrayList<>());
        WalWriter w = new WalWriter(storage, settings, Lsn.START);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int base = t * 1000;
            threads.add(Thread.ofVirtual().start(() -> {
                for (int i = 0; i < 200; i++) {
                    long xid = base + i + 3;
                    long end = w.appendCommit(batch(xid, "v" + xid));
                    w.flush(end);
                    acknowledged.add(xid);
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        w.appendCommit(batch(99_999, "never flushed"));
        w.abandon();
        storage.powerCut();
        List<Long> found = readAll(Lsn.START).stream().filter(r -> r.type() == RecordType.COMMIT)
                .map(WalRecord::xid).toList();
        assertThat(found).containsExactlyInAnyOrderElementsOf(acknowledged);
    }

    @Test
    void controlFileRoundTripAndCorruption() throws IOException {
        ControlFile cf = new ControlFile(ControlFile.State.IN_PRODUCTION, new ControlFile.Checkpoint(123, "a.image"),
                null, 77);
        cf.write(storage);
        assertThat(ControlFile.read(storage)).isEqualTo(cf);
        byte[] b = storage.content(ControlFile.PATH).clone();
        b[20] ^= 1;
        storage.overwrite(ControlFile.PATH, b);
        assertThatThrownBy(() -> ControlFile.read(storage)).isInstanceOf(PgException.class)
                .hasMessage("incorrect checksum in control file");
        byte[] newer = cf.encode();
        newer[11] = 9; // format version 9
        storage.overwrite(ControlFile.PATH, newer);
        assertThatThrownBy(() -> ControlFile.read(storage)).isInstanceOf(PgException.class)
                .hasMessage("database files are incompatible with server");
    }

    @Test
    void lsnText() {
        assertThat(Lsn.format(0x16B374D848L)).isEqualTo("16/B374D848");
        assertThat(Lsn.parse("16/B374D848")).isEqualTo(0x16B374D848L);
        assertThatThrownBy(() -> Lsn.parse("G/0")).hasMessage("invalid input syntax for type pg_lsn: \"G/0\"");
    }
}
