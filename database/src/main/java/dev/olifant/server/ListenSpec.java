package dev.olifant.server;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Parses {@code listen_addresses} and {@code unix_socket_directories}: comma-separated lists
 * where blanks around entries are ignored and an empty list (also written {@code ''}, as in
 * postgresql.conf) means none.
 */
final class ListenSpec {
    private ListenSpec() {
    }

    static List<String> entries(String value) {
        List<String> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        for (String part : value.split(",")) {
            String entry = part.trim();
            if (entry.length() >= 2 && (entry.startsWith("'") && entry.endsWith("'")
                    || entry.startsWith("\"") && entry.endsWith("\""))) {
                entry = entry.substring(1, entry.length() - 1).trim();
            }
            if (!entry.isEmpty()) {
                out.add(entry);
            }
        }
        return out;
    }

    /**
     * The socket addresses to bind for the listen_addresses entries: {@code *} is the wildcard
     * address (all interfaces, both IPv4 and IPv6 where the system has both), and a host name
     * binds every address it resolves to, as PostgreSQL does for {@code localhost}.
     */
    static List<InetSocketAddress> tcpAddresses(String listenAddresses, int port) throws UnknownHostException {
        Set<InetSocketAddress> out = new LinkedHashSet<>();
        for (String entry : entries(listenAddresses)) {
            if (entry.equals("*")) {
                out.add(new InetSocketAddress(port));
            } else {
                for (InetAddress a : InetAddress.getAllByName(entry)) {
                    out.add(new InetSocketAddress(a, port));
                }
            }
        }
        return new ArrayList<>(out);
    }
}
