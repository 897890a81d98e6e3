package dev.olifant.session;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.sql.analyze.ResultColumn;
import dev.olifant.types.BinaryIO;
import dev.olifant.types.FormatSettings;
import dev.olifant.types.PgType;
import dev.olifant.types.RegLookup;
import dev.olifant.types.TextIO;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Turns result columns into RowDescription fields and rows into DataRow values, per column format. */
final class ResultEncoder {
    private final PgType[] types;
    private final boolean[] binary;
    private final FormatSettings settings;
    private final RegLookup reg;

    ResultEncoder(List<ResultColumn> columns, short[] formats, FormatSettings settings, RegLookup reg) {
        this.types = new PgType[columns.size()];
        this.binary = new boolean[columns.size()];
        for (int i = 0; i < types.length; i++) {
            types[i] = columns.get(i).type();
            binary[i] = format(formats, i, types.length) == 1;
        }
        this.settings = settings;
        this.reg = reg;
    }

    /** The format of column {@code i} under the protocol's rule: none = text, one = all, else per column. */
    static short format(short[] formats, int i, int count) {
        if (formats == null || formats.length == 0) {
            return 0;
        }
        if (formats.length == 1) {
            return formats[0];
        }
        if (formats.length != count) {
            throw new PgException(SqlState.PROTOCOL_VIOLATION, "bind message has " + formats.length
                    + " result formats but query has " + count + " columns");
        }
        return formats[i];
    }

    static List<Field> fields(List<ResultColumn> columns, short[] formats) {
        List<Field> out = new ArrayList<>(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            ResultColumn c = columns.get(i);
            out.add(new Field(c.name(), (int) c.tableOid(), (short) c.attnum(), c.type().oid(), c.type().length(),
                    dev.olifant.types.RecordTypes.publicTypmod(c.type(), c.typmod()),
                    format(formats, i, columns.size())));
        }
        return out;
    }

    byte[][] encode(Object[] row) {
        byte[][] out = new byte[types.length][];
        for (int i = 0; i < types.length; i++) {
            Object v = row[i];
            if (v == null) {
                continue;
            }
            out[i] = binary[i] ? BinaryIO.send(types[i], v)
                    : TextIO.output(types[i], v, settings, reg).getBytes(StandardCharsets.UTF_8);
        }
        return out;
    }
}
