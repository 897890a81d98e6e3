package dev.olifant.sql.analyze;

/**
 * PostgreSQL's "Perhaps you meant to reference the column ..." hint: the visible columns closest
 * to a missing name by Levenshtein distance, at most 3 edits and never more than half of the
 * candidate's characters; a qualifier that does not name the table adds its own distance.
 */
final class FuzzyColumns {
    private static final int MAX_DISTANCE = 3;

    private FuzzyColumns() {
    }

    static String hint(Scope scope, String qualifier, String column) {
        int best = MAX_DISTANCE + 1;
        String first = null;
        String second = null;
        for (Scope s = scope; s != null; s = s.parent()) {
            for (RangeEntry e : s.entries()) {
                int penalty = 0;
                if (qualifier != null) {
                    if (e.alias() == null) {
                        continue;
                    }
                    penalty = levenshtein(qualifier, e.alias());
                    if (penalty > MAX_DISTANCE) {
                        continue;
                    }
                }
                for (String name : e.names()) {
                    int d = levenshtein(column, name);
                    if (d > name.length() / 2) {
                        continue;
                    }
                    d += penalty;
                    String full = (e.alias() == null ? "" : e.alias() + ".") + name;
                    if (d < best) {
                        best = d;
                        first = full;
                        second = null;
                    } else if (d == best && first != null && second == null) {
                        second = full;
                    }
                }
            }
        }
        if (first == null) {
            return null;
        }
        if (second != null) {
            return "Perhaps you meant to reference the column \"" + first + "\" or the column \"" + second + "\".";
        }
        return "Perhaps you meant to reference the column \"" + first + "\".";
    }

    static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
