/**
 * PostgreSQL's data types (utils/adt): the type registry with pg_type's OIDs, the value
 * representation of each type, text and binary I/O, type modifiers, casts and comparison.
 * Operators, functions and aggregates over these values live in {@code dev.olifant.types.func}.
 *
 * <h2>Values</h2>
 * SQL NULL is Java {@code null}; otherwise bool is {@code Boolean}, int2/int4/int8 are
 * {@code Short}/{@code Integer}/{@code Long}, float4/float8 {@code Float}/{@code Double},
 * numeric a {@code BigDecimal} whose scale is the display scale (never negative), the string
 * types (text, varchar, bpchar, name, "char", json, jsonb, unknown) {@code String} — bpchar kept
 * padded, "char" a string of zero or one character whose code is the byte, json the text as
 * written, jsonb its canonical text form (parsed into the {@code types.json} tree by the
 * operators and functions that need the structure; see that package), jsonpath its text — bytea {@code byte[]}, date/time/timestamp/timestamptz {@code LocalDate},
 * {@code LocalTime}, {@code LocalDateTime} and {@code Instant}, interval {@link dev.olifant.types.Interval},
 * uuid {@code UUID}, oid and the reg* types {@code Long} (unsigned 32-bit values), arrays
 * (int2vector and oidvector included, with lower bound 0) {@link dev.olifant.types.ArrayValue},
 * records {@link dev.olifant.types.RowValue} (the field values with the record's
 * {@link dev.olifant.types.RecordDescriptor}). A record-typed expression names its shape by its
 * typmod, an index into {@link dev.olifant.types.RecordTypes} (as PostgreSQL's anonymous record
 * typmods index its record cache); typmod -1 is a record of unknown shape.
 * PostgreSQL's special values map to Java's extremes: {@code infinity} / {@code -infinity} are
 * {@code LocalDate.MAX/MIN}, {@code LocalDateTime.MAX/MIN} and {@code Instant.MAX/MIN}; time
 * {@code 24:00:00} is {@code LocalTime.MAX}. numeric NaN and ±Infinity cannot be represented
 * and raise 0A000.
 *
 * <h2>Entry points</h2>
 * {@link dev.olifant.types.TextIO} (typinput / typoutput), {@link dev.olifant.types.BinaryIO}
 * (typreceive / typsend), {@link dev.olifant.types.Typmods} (typmod encoding, format_type, length
 * coercion), {@link dev.olifant.types.Casts} (pg_cast and coercion pathways),
 * {@link dev.olifant.types.ValueOps} (btree ordering, equality, hashing) and
 * {@link dev.olifant.types.Literals} (types of numeric literals). The other classes are the
 * per-family implementations behind them.
 *
 * <h2>Compatibility</h2>
 * Behaviour is pinned to PostgreSQL 15 by reference tests whose expected output and errors were
 * produced by a PostgreSQL 15 server (see the {@code *.tsv} files next to the tests).
 */
package dev.olifant.types;
