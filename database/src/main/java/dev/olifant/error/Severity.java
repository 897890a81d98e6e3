package dev.olifant.error;

/** The severity field (S and V) of ErrorResponse and NoticeResponse. */
public enum Severity {
    ERROR, FATAL, PANIC, WARNING, NOTICE, DEBUG, INFO, LOG;

    public boolean isError() {
        return this == ERROR || this == FATAL || this == PANIC;
    }
}
