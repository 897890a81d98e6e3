package dev.olifant.wire;

/** CopyDone ('c'): the end of COPY FROM STDIN data. */
public enum CopyDone implements FrontendMessage {
    INSTANCE;
}
