package dev.olifant.auth;

import java.net.SocketAddress;

/**
 * Who asks to connect: the startup packet's user and database, the peer address, and whether the
 * connection came over a Unix-domain socket (where peer authentication can ask the kernel for the
 * client's operating-system user).
 */
public record ClientIdentity(String user, String database, SocketAddress remoteAddress, boolean unixSocket) {

    /** The host as PostgreSQL's messages name it: {@code [local]} for Unix-domain sockets. */
    public String hostForMessages() {
        if (unixSocket || remoteAddress == null) {
            return "[local]";
        }
        if (remoteAddress instanceof java.net.InetSocketAddress inet) {
            return inet.getAddress() == null ? inet.getHostString() : inet.getAddress().getHostAddress();
        }
        return remoteAddress.toString();
    }
}
