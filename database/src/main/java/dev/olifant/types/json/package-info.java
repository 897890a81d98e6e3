/**
 * json and jsonb (utils/adt/json*.c, jsonpath*.c). A document is parsed by {@code JsonParser}
 * (PostgreSQL's lexer rules, 22P02 errors with its DETAIL and {@code JSON data, line N: ...}
 * CONTEXT) into an immutable {@link dev.olifant.types.json.JsonValue} tree.
 *
 * <p>Java values: json is the text exactly as written ({@code String}); jsonb is a
 * {@code String} too, always in jsonb's canonical text form (members sorted shorter key first,
 * then bytewise, the last duplicate winning; numbers as numeric prints them; {@code ", "} and
 * {@code ": "} separators). The canonical text makes jsonb values cheap to store, send and
 * print; operators and functions parse it back into the tree ({@link dev.olifant.types.json.Jsonb#parse})
 * and print the result with {@link dev.olifant.types.json.Jsonb#text}. jsonb's btree order and
 * hash ({@link dev.olifant.types.json.Jsonb#compare}, {@link dev.olifant.types.json.Jsonb#hash})
 * compare trees, so {@code 1.0} equals {@code 1}. json's operators keep the source span of every
 * value ({@link dev.olifant.types.json.Json.Doc}) and return sub-documents as written.
 * {@link dev.olifant.types.json.JsonPath} is a basic SQL/JSON path evaluator; path features
 * outside it raise 0A000.
 */
package dev.olifant.types.json;
