package dev.olifant.session;

import java.util.List;

/**
 * What Describe of a prepared statement answers: ParameterDescription, then RowDescription, or
 * NoData when {@code fields} is null (the statement returns no rows).
 */
public record StatementDescription(int[] parameterTypeOids, List<Field> fields) {
}
