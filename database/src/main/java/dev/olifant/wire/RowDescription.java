package dev.olifant.wire;

import dev.olifant.session.Field;
import java.util.List;

/** RowDescription ('T'): the columns of the rows that follow. */
public record RowDescription(List<Field> fields) implements BackendMessage {

    @Override
    public void writeTo(MessageWriter out) {
        out.begin('T').int16(fields.size());
        for (Field f : fields) {
            out.cstring(f.name()).int32(f.tableOid()).int16(f.columnNumber()).int32(f.typeOid())
                    .int16(f.typeSize()).int32(f.typeModifier()).int16(f.format());
        }
        out.end();
    }
}
