package dev.olifant.catalog;

import dev.olifant.types.PgType;
import java.util.List;

/**
 * A user-defined function or procedure (a pg_proc row): its signature and its source, which its
 * language interprets when called.
 *
 * @param kind         'f' function, 'p' procedure
 * @param argNames     one name per parameter (all modes), "" for an unnamed one
 * @param argTypes     one type per parameter (all modes)
 * @param argModes     one of 'i', 'o', 'b', 'v' per parameter
 * @param argDefaults  the DEFAULT expressions' SQL text of the trailing input parameters, in order
 * @param returnType   the result type (void for a procedure, record for several OUT parameters)
 * @param returnsSet   RETURNS SETOF / TABLE
 * @param volatility   'i', 's' or 'v'
 * @param parallel     's', 'r' or 'u'
 */
public record Routine(long oid, String name, long namespaceOid, long ownerOid, char kind, List<String> argNames,
        List<PgType> argTypes, List<Character> argModes, List<String> argDefaults, PgType returnType,
        boolean returnsSet, String language, String body, char volatility, boolean strict, char parallel) {

    public Routine {
        argNames = List.copyOf(argNames);
        argTypes = List.copyOf(argTypes);
        argModes = List.copyOf(argModes);
        argDefaults = List.copyOf(argDefaults);
    }

    /** The types of the parameters callers pass (IN, INOUT, VARIADIC), in order. */
    public List<PgType> inputTypes() {
        java.util.ArrayList<PgType> in = new java.util.ArrayList<>();
        for (int i = 0; i < argTypes.size(); i++) {
            if (argModes.get(i) != 'o' && argModes.get(i) != 't') {
                in.add(argTypes.get(i));
            }
        }
        return in;
    }

    /** The names of the input parameters, in order ("" for unnamed ones). */
    public List<String> inputNames() {
        java.util.ArrayList<String> in = new java.util.ArrayList<>();
        for (int i = 0; i < argTypes.size(); i++) {
            if (argModes.get(i) != 'o' && argModes.get(i) != 't') {
                in.add(argNames.get(i));
            }
        }
        return in;
    }

    public Routine withOid(long newOid) {
        return new Routine(newOid, name, namespaceOid, ownerOid, kind, argNames, argTypes, argModes, argDefaults,
                returnType, returnsSet, language, body, volatility, strict, parallel);
    }
}
