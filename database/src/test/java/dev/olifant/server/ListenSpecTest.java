package dev.olifant.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

class ListenSpecTest {

    @Test
    void entriesAreTrimmedAndEmptyMeansNone() {
        assertThat(ListenSpec.entries(" 127.0.0.1 , ::1,, ")).containsExactly("127.0.0.1", "::1");
        assertThat(ListenSpec.entries("")).isEmpty();
        assertThat(ListenSpec.entries("''")).isEmpty();
        assertThat(ListenSpec.entries(null)).isEmpty();
        assertThat(ListenSpec.entries("'/tmp'")).containsExactly("/tmp");
    }

    @Test
    void starIsTheWildcardAddress() throws Exception {
        assertThat(ListenSpec.tcpAddresses("*", 5432)).containsExactly(new InetSocketAddress(5432));
    }

    @Test
    void addressesResolveWithThePort() throws Exception {
        assertThat(ListenSpec.tcpAddresses("127.0.0.1,127.0.0.1", 6000))
                .containsExactly(new InetSocketAddress("127.0.0.1", 6000));
    }
}
