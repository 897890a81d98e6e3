package dev.olifant.types.func;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;

/**
 * LIKE and ILIKE matching (like_match.c): {@code %} matches any run of characters, {@code _}
 * exactly one character, and the escape character (backslash by default) makes the next pattern
 * character literal. Matching is iterative with backtracking only to the last {@code %}, and a
 * definite mismatch after a {@code %} aborts the whole search (the ABORT shortcut of MatchText),
 * so it stays linear-ish on pathological patterns.
 */
final class LikeMatcher {
    private LikeMatcher() {
    }

    private static final int FALSE = 0;
    private static final int TRUE = 1;
    private static final int ABORT = -1;

    static boolean like(String text, String pattern) {
        return match(text, 0, pattern, 0, '\\') == TRUE;
    }

    static boolean ilike(String text, String pattern) {
        return like(StringFunctions.lower(text), StringFunctions.lower(pattern));
    }

    /** LIKE with an explicit ESCAPE character; {@code escape} -1 means none. */
    static boolean like(String text, String pattern, int escape) {
        return match(text, 0, pattern, 0, escape) == TRUE;
    }

    private static int charLength(String s, int i) {
        return Character.isHighSurrogate(s.charAt(i)) && i + 1 < s.length() ? 2 : 1;
    }

    private static int match(String t, int ti, String p, int pi, int escape) {
        int tlen = t.length();
        int plen = p.length();
        while (ti < tlen && pi < plen) {
            char c = p.charAt(pi);
            if (c == escape) {
                pi++;
                if (pi >= plen) {
                    throw endsWithEscape();
                }
                int n = charLength(p, pi);
                if (!t.regionMatches(ti, p, pi, n)) {
                    return FALSE;
                }
                ti += n;
                pi += n;
            } else if (c == '%') {
                pi++;
                while (pi < plen) {
                    char d = p.charAt(pi);
                    if (d == '%') {
                        pi++;
                    } else if (d == '_' ) {
                        if (ti >= tlen) {
                            return ABORT;
                        }
                        ti += charLength(t, ti);
                        pi++;
                    } else {
                        break;
                    }
                }
                if (pi >= plen) {
                    return TRUE;
                }
                char first = p.charAt(pi);
                if (first == escape) {
                    if (pi + 1 >= plen) {
                        throw endsWithEscape();
                    }
                    first = p.charAt(pi + 1);
                }
                while (ti < tlen) {
                    if (t.charAt(ti) == first) {
                        int r = match(t, ti, p, pi, escape);
                        if (r != FALSE) {
                            return r;
                        }
                    }
                    ti += charLength(t, ti);
                }
                return ABORT;
            } else if (c == '_') {
                ti += charLength(t, ti);
                pi++;
            } else if (c != t.charAt(ti)) {
                return FALSE;
            } else {
                ti++;
                pi++;
            }
        }
        if (ti < tlen) {
            return FALSE;
        }
        while (pi < plen && p.charAt(pi) == '%') {
            pi++;
        }
        return pi >= plen ? TRUE : ABORT;
    }

    private static PgException endsWithEscape() {
        return new PgException(SqlState.INVALID_ESCAPE_SEQUENCE, "LIKE pattern must not end with escape character");
    }
}
