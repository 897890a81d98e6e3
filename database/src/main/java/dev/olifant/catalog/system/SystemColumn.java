package dev.olifant.catalog.system;

import dev.olifant.types.PgType;

/** A column of a system view. */
public record SystemColumn(String name, PgType type) {
}
