package dev.olifant.types.func;

import dev.olifant.types.PgType;
import dev.olifant.types.Types;
import java.util.List;
import java.util.stream.Collectors;

/** Type names as PostgreSQL's format_type_be prints them in error messages ({@code integer}, {@code text[]}). */
public final class TypeNames {
    private TypeNames() {
    }

    public static String format(PgType type) {
        if (type == null) {
            return "-";
        }
        if (type.isArray() && type.length() == -1) {
            PgType element = Types.elementOf(type);
            if (element != null) {
                return format(element) + "[]";
            }
        }
        return switch (type.name()) {
            case "bool" -> "boolean";
            case "int2" -> "smallint";
            case "int4" -> "integer";
            case "int8" -> "bigint";
            case "float4" -> "real";
            case "float8" -> "double precision";
            case "varchar" -> "character varying";
            case "bpchar" -> "character";
            case "timestamp" -> "timestamp without time zone";
            case "timestamptz" -> "timestamp with time zone";
            case "time" -> "time without time zone";
            case "timetz" -> "time with time zone";
            case "varbit" -> "bit varying";
            case "char" -> "\"char\"";
            case "any" -> "\"any\"";
            default -> type.name();
        };
    }

    static String formatList(List<PgType> types) {
        return types.stream().map(TypeNames::format).collect(Collectors.joining(", "));
    }
}
