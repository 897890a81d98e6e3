package dev.olifant.exec.plan;

/** Join types as the executor runs them. */
public enum JoinKind {
    INNER("Inner"), LEFT("Left"), RIGHT("Right"), FULL("Full"), SEMI("Semi"), ANTI("Anti");

    private final String explain;

    JoinKind(String explain) {
        this.explain = explain;
    }

    public String explain() {
        return explain;
    }

    /** EXPLAIN's title for a hash or merge join: "Hash Join", "Merge Left Join", ... */
    public String joinTitle(String method) {
        return method + " " + (this == INNER ? "" : explain + " ") + "Join";
    }

    /** EXPLAIN's title for a nested loop: "Nested Loop", "Nested Loop Anti Join", ... */
    public String nestedLoopTitle() {
        return "Nested Loop" + (this == INNER ? "" : " " + explain + " Join");
    }

    /** EXPLAIN's detail lines for a keyed join: its key condition, then any residual filter. */
    static java.util.List<String> keyedDetails(String condLabel, String cond, String residual) {
        return residual == null ? java.util.List.of(condLabel + ": " + cond)
                : java.util.List.of(condLabel + ": " + cond, "Join Filter: " + residual);
    }
}
