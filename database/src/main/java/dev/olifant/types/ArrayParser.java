package dev.olifant.types;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import java.util.ArrayList;
import java.util.List;

/** The array_in state machine: optional dimension decoration, then nested braces. */
final class ArrayParser {
    private final PgType element;
    private final int typmod;
    private final String text;
    private final FormatSettings fs;
    private final RegLookup reg;
    private final int[] dims = new int[ArrayIO.maxDimensions()];
    private int ndim = -1;
    private final List<Object> values = new ArrayList<>();
    private int pos;

    private final java.time.Instant now;

    ArrayParser(PgType element, int typmod, String text, FormatSettings fs, RegLookup reg, java.time.Instant now) {
        this.now = now;
        this.element = element;
        this.typmod = typmod;
        this.text = text;
        this.fs = fs;
        this.reg = reg;
    }

    ArrayValue parse() {
        skipSpace();
        int[] lbs = null;
        int[] ubs = null;
        int explicitDims = 0;
        if (pos < text.length() && text.charAt(pos) == '[') {
            lbs = new int[ArrayIO.maxDimensions()];
            ubs = new int[ArrayIO.maxDimensions()];
            while (pos < text.length() && text.charAt(pos) == '[') {
                if (explicitDims == ArrayIO.maxDimensions()) {
                    throw new PgException(SqlState.PROGRAM_LIMIT_EXCEEDED, "number of array dimensions ("
                            + (explicitDims + 1) + ") exceeds the maximum allowed (" + ArrayIO.maxDimensions() + ")");
                }
                pos++;
                if (pos >= text.length() || !(Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '-'
                        || text.charAt(pos) == '+')) {
                    throw ArrayIO.malformed(text, "\"[\" must introduce explicitly-specified array dimensions.");
                }
                int a = integer("Missing array dimension value.");
                int b;
                if (pos < text.length() && text.charAt(pos) == ':') {
                    pos++;
                    b = integer("Missing array dimension value.");
                } else {
                    b = a;
                    a = 1;
                }
                if (pos >= text.length() || text.charAt(pos) != ']') {
                    throw ArrayIO.malformed(text, "Missing \"]\" after array dimensions.");
                }
                pos++;
                if (b < a) {
                    throw new PgException(SqlState.ARRAY_SUBSCRIPT_ERROR, "upper bound cannot be less than lower bound");
                }
                lbs[explicitDims] = a;
                ubs[explicitDims] = b;
                explicitDims++;
            }
            skipSpace();
            if (pos >= text.length() || text.charAt(pos) != '=') {
                throw ArrayIO.malformed(text, "Missing \"=\" after array dimensions.");
            }
            pos++;
            skipSpace();
        }
        if (pos >= text.length() || text.charAt(pos) != '{') {
            throw ArrayIO.malformed(text, "Array value must start with \"{\" or dimension information.");
        }
        level(0);
        skipSpace();
        if (pos != text.length()) {
            throw ArrayIO.malformed(text, "Junk after closing right brace.");
        }
        if (values.isEmpty()) {
            return new ArrayValue(element, new int[0], new int[0], new Object[0]);
        }
        int[] d = java.util.Arrays.copyOf(dims, ndim);
        int[] lb = new int[ndim];
        java.util.Arrays.fill(lb, 1);
        if (lbs != null) {
            if (explicitDims != ndim) {
                throw ArrayIO.malformed(text, "Specified array dimensions do not match array contents.");
            }
            for (int i = 0; i < ndim; i++) {
                if (ubs[i] - lbs[i] + 1 != d[i]) {
                    throw ArrayIO.malformed(text, "Specified array dimensions do not match array contents.");
                }
                lb[i] = lbs[i];
            }
        }
        return new ArrayValue(element, d, lb, values.toArray());
    }

    private int integer(String missing) {
        int st = pos;
        if (pos < text.length() && (text.charAt(pos) == '-' || text.charAt(pos) == '+')) {
            pos++;
        }
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            pos++;
        }
        if (pos == st) {
            throw ArrayIO.malformed(text, missing);
        }
        try {
            return Integer.parseInt(text, st, pos, 10);
        } catch (NumberFormatException e) {
            throw ArrayIO.malformed(text, missing);
        }
    }

    private void skipSpace() {
        while (pos < text.length() && ScalarIO.isSpace(text.charAt(pos))) {
            pos++;
        }
    }

    /** Parses one brace level starting at '{'; returns true when it held sub-arrays. */
    private void level(int depth) {
        if (depth >= ArrayIO.maxDimensions()) {
            throw new PgException(SqlState.PROGRAM_LIMIT_EXCEEDED, "number of array dimensions (" + (depth + 1)
                    + ") exceeds the maximum allowed (" + ArrayIO.maxDimensions() + ")");
        }
        pos++; // '{'
        skipSpace();
        int count = 0;
        if (pos < text.length() && text.charAt(pos) == '}') {
            if (depth > 0 || ndim > 0) {
                throw ArrayIO.malformed(text, "Unexpected \"}\" character.");
            }
            pos++;
            return;
        }
        while (true) {
            skipSpace();
            if (pos >= text.length()) {
                throw ArrayIO.malformed(text, "Unexpected end of input.");
            }
            char c = text.charAt(pos);
            if (c == '{') {
                if (ndim >= 0 && ndim <= depth + 1) {
                    throw ArrayIO.malformed(text, "Unexpected \"{\" character.");
                }
                level(depth + 1);
            } else if (c == '}' || c == ',') {
                throw ArrayIO.malformed(text, "Unexpected \"" + c + "\" character.");
            } else {
                if (ndim < 0) {
                    ndim = depth + 1;
                } else if (ndim != depth + 1) {
                    throw ArrayIO.malformed(text, "Unexpected array element.");
                }
                scalar();
            }
            count++;
            skipSpace();
            if (pos >= text.length()) {
                throw ArrayIO.malformed(text, "Unexpected end of input.");
            }
            c = text.charAt(pos++);
            if (c == '}') {
                break;
            }
            if (c != ',') {
                throw ArrayIO.malformed(text, "Unexpected \"" + c + "\" character.");
            }
        }
        if (dims[depth] == 0) {
            dims[depth] = count;
        } else if (dims[depth] != count) {
            throw ArrayIO.malformed(text, "Multidimensional arrays must have sub-arrays with matching dimensions.");
        }
    }

    private void scalar() {
        StringBuilder sb = new StringBuilder();
        boolean quoted = false;
        boolean unquoted = false;
        int lastSignificant = 0;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '"') {
                if (quoted || unquoted) {
                    throw ArrayIO.malformed(text, "Unexpected array element.");
                }
                quoted = true;
                pos++;
                while (true) {
                    if (pos >= text.length()) {
                        throw ArrayIO.malformed(text, "Unexpected end of input.");
                    }
                    c = text.charAt(pos++);
                    if (c == '"') {
                        break;
                    }
                    if (c == '\\') {
                        if (pos >= text.length()) {
                            throw ArrayIO.malformed(text, "Unexpected end of input.");
                        }
                        c = text.charAt(pos++);
                    }
                    sb.append(c);
                }
                lastSignificant = sb.length();
            } else if (c == '\\') {
                if (quoted) {
                    throw ArrayIO.malformed(text, "Unexpected array element.");
                }
                unquoted = true;
                pos++;
                if (pos >= text.length()) {
                    throw ArrayIO.malformed(text, "Unexpected end of input.");
                }
                sb.append(text.charAt(pos++));
                lastSignificant = sb.length();
            } else if (c == ',' || c == '}') {
                break;
            } else if (c == '{') {
                throw ArrayIO.malformed(text, "Unexpected \"{\" character.");
            } else {
                if (!ScalarIO.isSpace(c)) {
                    if (quoted) {
                        throw ArrayIO.malformed(text, "Unexpected array element.");
                    }
                    unquoted = true;
                }
                sb.append(c);
                pos++;
                if (!ScalarIO.isSpace(c)) {
                    lastSignificant = sb.length();
                }
            }
        }
        sb.setLength(lastSignificant);
        String s = sb.toString();
        if (!quoted && s.equalsIgnoreCase("NULL")) {
            values.add(null);
        } else {
            values.add(TextIO.input(element, typmod, s, fs, reg, now));
        }
    }
}
