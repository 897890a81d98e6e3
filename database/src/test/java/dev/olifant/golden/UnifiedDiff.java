package dev.olifant.golden;

import java.util.ArrayList;
import java.util.List;

/**
 * Line-based unified diff (the format of {@code diff -u}), so that a failing golden file reads
 * like a patch from the expected output to the actual one.
 *
 * <p>The edit script is a longest common subsequence of the lines between the common prefix
 * and suffix. The quadratic table is bounded: when the differing middle is too large, it is
 * reported as wholly replaced, which is still a correct (if not minimal) diff.
 */
final class UnifiedDiff {

    /** Above this many table cells the middle part is shown as replaced wholesale. */
    private static final long MAX_CELLS = 4_000_000L;

    private enum Op { KEEP, DELETE, INSERT }

    private record Edit(Op op, String line) {}

    private UnifiedDiff() {}

    /** Splits text into lines; a final line terminator does not start another line. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (!lines.isEmpty() && lines.getLast().isEmpty()) {
            lines.removeLast();
        }
        return lines;
    }

    /**
     * The unified diff from {@code expected} to {@code actual} with {@code context} lines of
     * context around each change, or the empty string when the texts are equal.
     */
    static String diff(String expectedName, String actualName, String expected, String actual, int context) {
        if (expected.equals(actual)) {
            return "";
        }
        List<String> a = lines(expected);
        List<String> b = lines(actual);
        List<Edit> edits = editScript(a, b);
        StringBuilder out = new StringBuilder();
        out.append("--- ").append(expectedName).append('\n');
        out.append("+++ ").append(actualName).append('\n');
        if (edits.stream().allMatch(e -> e.op() == Op.KEEP)) {
            out.append("(the outputs differ only in their final line terminator)\n");
            return out.toString();
        }
        appendHunks(out, edits, context);
        return out.toString();
    }

    private static List<Edit> editScript(List<String> a, List<String> b) {
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < prefix; i++) {
            edits.add(new Edit(Op.KEEP, a.get(i)));
        }
        List<String> midA = a.subList(prefix, a.size() - suffix);
        List<String> midB = b.subList(prefix, b.size() - suffix);
        if ((long) midA.size() * midB.size() > MAX_CELLS) {
            midA.forEach(line -> edits.add(new Edit(Op.DELETE, line)));
            midB.forEach(line -> edits.add(new Edit(Op.INSERT, line)));
        } else {
            edits.addAll(lcsEdits(midA, midB));
        }
        for (int i = a.size() - suffix; i < a.size(); i++) {
            edits.add(new Edit(Op.KEEP, a.get(i)));
        }
        return edits;
    }

    /** Classic LCS table walk; deletions are listed before insertions within a change. */
    private static List<Edit> lcsEdits(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j))
                        ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Edit> edits = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                edits.add(new Edit(Op.KEEP, a.get(i)));
                i++;
                j++;
            } else if (j >= m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1])) {
                edits.add(new Edit(Op.DELETE, a.get(i)));
                i++;
            } else {
                edits.add(new Edit(Op.INSERT, b.get(j)));
                j++;
            }
        }
        return edits;
    }

    private static void appendHunks(StringBuilder out, List<Edit> edits, int context) {
        int k = 0;
        while (k < edits.size()) {
            if (edits.get(k).op() == Op.KEEP) {
                k++;
                continue;
            }
            // A hunk starts `context` lines before the first change and extends until a run of
            // more than 2 * context unchanged lines separates it from the next change.
            int start = Math.max(0, k - context);
            int end = k;
            int lastChange = k;
            while (end < edits.size()) {
                if (edits.get(end).op() != Op.KEEP) {
                    lastChange = end;
                } else if (end - lastChange > 2 * context) {
                    break;
                }
                end++;
            }
            end = Math.min(edits.size(), lastChange + context + 1);
            appendHunk(out, edits, start, end);
            k = end;
        }
    }

    private static void appendHunk(StringBuilder out, List<Edit> edits, int start, int end) {
        int aLine = 1;
        int bLine = 1;
        for (int i = 0; i < start; i++) {
            if (edits.get(i).op() != Op.INSERT) {
                aLine++;
            }
            if (edits.get(i).op() != Op.DELETE) {
                bLine++;
            }
        }
        int aCount = 0;
        int bCount = 0;
        StringBuilder body = new StringBuilder();
        for (int i = start; i < end; i++) {
            Edit e = edits.get(i);
            switch (e.op()) {
                case KEEP -> {
                    aCount++;
                    bCount++;
                    body.append(' ');
                }
                case DELETE -> {
                    aCount++;
                    body.append('-');
                }
                case INSERT -> {
                    bCount++;
                    body.append('+');
                }
            }
            body.append(e.line()).append('\n');
        }
        out.append("@@ -").append(range(aLine, aCount)).append(" +").append(range(bLine, bCount))
                .append(" @@\n").append(body);
    }

    /** GNU diff's range notation: an empty range names the line before it. */
    private static String range(int first, int count) {
        return switch (count) {
            case 0 -> (first - 1) + ",0";
            case 1 -> Integer.toString(first);
            default -> first + "," + count;
        };
    }
}
