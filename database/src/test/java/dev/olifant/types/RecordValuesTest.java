package dev.olifant.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Record values: record_out's quoting, record_send, the shape registry, ordering and hashing. */
class RecordValuesTest {
    private static final FormatSettings FS = TestContext.UTC.settings();

    private static RecordDescriptor shape(PgType... types) {
        List<RecordDescriptor.Field> fields = new ArrayList<>();
        for (int i = 0; i < types.length; i++) {
            fields.add(new RecordDescriptor.Field("f" + (i + 1), types[i], -1));
        }
        return new RecordDescriptor(fields);
    }

    private static RowValue row(RecordDescriptor shape, Object... values) {
        return new RowValue(shape, values);
    }

    private static String out(RowValue r) {
        return TextIO.output(Types.RECORD, r, FS, null);
    }

    @Test
    void outputQuotesAsRecordOutDoes() {
        RecordDescriptor s = shape(Types.INT4, Types.TEXT, Types.TEXT, Types.TEXT, Types.TEXT, Types.TEXT, Types.TEXT,
                Types.TEXT);
        // PostgreSQL 15: SELECT ROW(1, NULL, 'a b', '', 'x"y', 'back\slash', '(p)', 'c,d')
        assertThat(out(row(s, 1, null, "a b", "", "x\"y", "back\\slash", "(p)", "c,d")))
                .isEqualTo("(1,,\"a b\",\"\",\"x\"\"y\",\"back\\\\slash\",\"(p)\",\"c,d\")");
        assertThat(out(row(shape()))).isEqualTo("()");
        assertThat(out(row(shape(Types.INT4, Types.TEXT), null, null))).isEqualTo("(,)");
        assertThat(out(row(shape(Types.TEXT), "tab\there"))).isEqualTo("(\"tab\there\")");
    }

    @Test
    void nestedRecordsAndArraysAreQuotedByTheirText() {
        RecordDescriptor inner = shape(Types.INT4, Types.TEXT);
        RecordDescriptor outer = shape(Types.INT4, Types.RECORD, Types.INT4_ARRAY);
        ArrayValue a = ArrayValue.oneDimensional(Types.INT4, new Object[] {1, 2});
        // PostgreSQL 15: SELECT ROW(1, ROW(2, 'x y'), ARRAY[1, 2]) gives (1,"(2,""x y"")","{1,2}")
        assertThat(out(row(outer, 1, row(inner, 2, "x y"), a))).isEqualTo("(1,\"(2,\"\"x y\"\")\",\"{1,2}\")");
    }

    @Test
    void sendWritesCountThenTypedFields() {
        byte[] b = BinaryIO.send(Types.RECORD, row(shape(Types.INT4, Types.TEXT), 7, null));
        ByteBuffer buf = ByteBuffer.wrap(b);
        assertThat(buf.getInt()).isEqualTo(2);
        assertThat(buf.getInt()).isEqualTo(23);
        assertThat(buf.getInt()).isEqualTo(4);
        assertThat(buf.getInt()).isEqualTo(7);
        assertThat(buf.getInt()).isEqualTo(25);
        assertThat(buf.getInt()).isEqualTo(-1);
        assertThat(buf.hasRemaining()).isFalse();
    }

    @Test
    void shapesAreInternedAndTheWireSeesNoRecordTypmod() {
        int a = RecordTypes.typmodOf(shape(Types.INT4, Types.TEXT));
        int b = RecordTypes.typmodOf(shape(Types.INT4, Types.TEXT));
        int c = RecordTypes.typmodOf(shape(Types.TEXT, Types.INT4));
        assertThat(a).isEqualTo(b).isNotEqualTo(c).isNotNegative();
        assertThat(RecordTypes.shapeOf(Types.RECORD, a)).isEqualTo(shape(Types.INT4, Types.TEXT));
        assertThat(RecordTypes.shapeOf(Types.RECORD, -1)).isNull();
        assertThat(RecordTypes.shapeOf(Types.INT4, a)).isNull();
        assertThat(RecordTypes.publicTypmod(Types.RECORD, a)).isEqualTo(-1);
        assertThat(RecordTypes.publicTypmod(Types.VARCHAR, 14)).isEqualTo(14);
    }

    @Test
    void recordsOrderFieldByFieldWithNullsLast() {
        RecordDescriptor s = shape(Types.INT4, Types.TEXT);
        var cmp = ValueOps.comparator(Types.RECORD);
        assertThat(cmp.compare(row(s, 1, "b"), row(s, 2, "a"))).isNegative();
        assertThat(cmp.compare(row(s, 1, "b"), row(s, 1, "a"))).isPositive();
        assertThat(cmp.compare(row(s, 1, null), row(s, 1, "z"))).isPositive();
        assertThat(cmp.compare(row(s, 1, null), row(s, 1, null))).isZero();
        assertThatThrownBy(() -> cmp.compare(row(s, 1, "a"), row(shape(Types.INT4, Types.INT4), 1, 2)))
                .isInstanceOf(PgException.class)
                .hasMessage("cannot compare dissimilar column types text and integer at record column 2")
                .extracting(e -> ((PgException) e).state()).isEqualTo(SqlState.DATATYPE_MISMATCH);
        // the types are checked even where a value is null
        assertThatThrownBy(() -> cmp.compare(row(s, 1, null), row(shape(Types.INT4, Types.UNKNOWN), 1, "a")))
                .isInstanceOf(PgException.class).hasMessageContaining("text and unknown at record column 2");
    }

    @Test
    void equalRecordsHashAlike() {
        RecordDescriptor s = shape(Types.INT4, Types.NUMERIC);
        RowValue a = row(s, 1, new BigDecimal("2.0"));
        RowValue b = row(s, 1, new BigDecimal("2.00"));
        assertThat(ValueOps.equal(Types.RECORD, a, b)).isTrue();
        assertThat(ValueOps.hash(Types.RECORD, a)).isEqualTo(ValueOps.hash(Types.RECORD, b));
    }

    @Test
    void aRecordHoldsAsManyValuesAsItsShapeHasFields() {
        assertThatThrownBy(() -> new RowValue(shape(Types.INT4), new Object[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
