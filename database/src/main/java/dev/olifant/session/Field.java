package dev.olifant.session;

/**
 * One column of a RowDescription.
 *
 * @param tableOid       the table the column comes from, or 0
 * @param columnNumber   its attribute number in that table, or 0
 * @param typeSize       pg_type.typlen (negative for variable length)
 * @param typeModifier   pg_attribute.atttypmod (-1 when none)
 * @param format         0 = text, 1 = binary
 */
public record Field(String name, int tableOid, short columnNumber, int typeOid, short typeSize,
        int typeModifier, short format) {

    public Field withFormat(short newFormat) {
        return new Field(name, tableOid, columnNumber, typeOid, typeSize, typeModifier, newFormat);
    }
}
