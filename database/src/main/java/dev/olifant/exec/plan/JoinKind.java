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
}
