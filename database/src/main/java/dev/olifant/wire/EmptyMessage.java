package dev.olifant.wire;

/** The backend messages that consist of their type byte alone. */
public enum EmptyMessage implements BackendMessage {
    /** ParseComplete ('1'). */
    PARSE_COMPLETE('1'),
    /** BindComplete ('2'). */
    BIND_COMPLETE('2'),
    /** CloseComplete ('3'). */
    CLOSE_COMPLETE('3'),
    /** NoData ('n'): the statement or portal returns no rows. */
    NO_DATA('n'),
    /** PortalSuspended ('s'): Execute stopped at its row limit. */
    PORTAL_SUSPENDED('s'),
    /** EmptyQueryResponse ('I'): the query string held no statement. */
    EMPTY_QUERY('I'),
    /** CopyDone ('c'). */
    COPY_DONE('c');

    private final char type;

    EmptyMessage(char type) {
        this.type = type;
    }

    @Override
    public void writeTo(MessageWriter out) {
        out.begin(type).end();
    }
}
