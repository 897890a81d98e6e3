package dev.olifant.sql.ast;

import java.util.List;

/**
 * A generic option {@code name [=] value} (WITH (…) storage parameters, COPY / EXPLAIN / VACUUM
 * options, CREATE DATABASE options). Option names are folded to lower case; multi-word option
 * names are joined by an underscore ({@code connection_limit}, {@code force_not_null}).
 * @param name option name
 * @param kind what kind of value was written
 * @param value the value's text: string content, number lexeme (with its sign), lower-cased word
 *     ({@code on}, {@code true}, {@code csv}), null for NONE / DEFAULT / STAR / LIST
 * @param list the names of a parenthesized list value (LIST), empty otherwise
 * @param location offset of the option name
 */
public record DefElem(
        String name,
        DefElemKind kind,
        String value,
        List<String> list,
        int location) {
    public DefElem {
        list = List.copyOf(list);
    }
}
