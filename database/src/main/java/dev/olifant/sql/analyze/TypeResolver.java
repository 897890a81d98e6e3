package dev.olifant.sql.analyze;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.sql.ast.Expr;
import dev.olifant.sql.ast.NumericLiteral;
import dev.olifant.sql.ast.TypeName;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;
import dev.olifant.types.Typmods;
import java.util.List;

/** Resolves a written type name (with modifiers and array bounds) to a type and type modifier. */
public final class TypeResolver {
    /** A resolved type reference. */
    public record TypeRef(PgType type, int typmod) {
    }

    private TypeResolver() {
    }

    public static TypeRef resolve(TypeName t) {
        List<String> names = t.names();
        String name = names.get(names.size() - 1);
        if (names.size() > 1 && !names.get(names.size() - 2).equals("pg_catalog")) {
            throw new PgException(SqlState.UNDEFINED_OBJECT, "type \"" + String.join(".", names) + "\" does not exist")
                    .withPosition(t.location() + 1);
        }
        PgType type = Types.byName(name);
        if (type == null || type.category() == 'P' && type != Types.RECORD) {
            throw new PgException(SqlState.UNDEFINED_OBJECT, "type \"" + name + "\" does not exist")
                    .withPosition(t.location() + 1);
        }
        int typmod = -1;
        if (!t.typmods().isEmpty()) {
            int[] mods = new int[t.typmods().size()];
            for (int i = 0; i < mods.length; i++) {
                mods[i] = intValue(t.typmods().get(i), t);
            }
            try {
                typmod = Typmods.encode(type, mods);
            } catch (PgException e) {
                throw e.withPosition(t.location() + 1);
            }
        } else if (type == Types.BPCHAR && (name.equals("character") || name.equals("char") || name.equals("bpchar"))
                && !name.equals("bpchar")) {
            typmod = Typmods.encode(type, new int[] {1});
        }
        if (!t.arrayBounds().isEmpty()) {
            PgType arr = Types.arrayOf(type);
            if (arr == null) {
                throw new PgException(SqlState.UNDEFINED_OBJECT, "could not find array type for data type " + name)
                        .withPosition(t.location() + 1);
            }
            return new TypeRef(arr, typmod);
        }
        return new TypeRef(type, typmod);
    }

    private static int intValue(Expr e, TypeName t) {
        if (e instanceof NumericLiteral n) {
            try {
                return Integer.parseInt(n.text());
            } catch (NumberFormatException ignored) {
                // fall through to the error
            }
        }
        throw new PgException(SqlState.SYNTAX_ERROR, "type modifiers must be simple constants or identifiers")
                .withPosition(t.location() + 1);
    }
}
