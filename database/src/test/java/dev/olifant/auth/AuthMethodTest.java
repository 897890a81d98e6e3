package dev.olifant.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.olifant.error.PgException;
import dev.olifant.error.Severity;
import java.net.InetSocketAddress;
import java.net.UnixDomainSocketAddress;
import org.junit.jupiter.api.Test;

class AuthMethodTest {
    private static final AuthExchange NO_EXCHANGE = new AuthExchange() {
        @Override
        public void sendRequest(int code, byte[] payload) {
            throw new AssertionError("trust asks nothing");
        }

        @Override
        public byte[] readResponse() {
            throw new AssertionError("trust asks nothing");
        }
    };

    @Test
    void methodsAreNamedAsInPgHba() {
        assertThat(AuthMethod.byName("trust")).isEqualTo(AuthMethod.TRUST);
        assertThat(AuthMethod.byName(" Reject ")).isEqualTo(AuthMethod.REJECT);
        assertThatThrownBy(() -> AuthMethod.byName("ident")).hasMessage("invalid authentication method \"ident\"");
    }

    @Test
    void trustAcceptsWithoutAnExchange() {
        AuthMethod.TRUST.authenticator().authenticate(
                new ClientIdentity("u", "d", new InetSocketAddress("127.0.0.1", 1), false), NO_EXCHANGE);
    }

    @Test
    void rejectIsFatal28000WithPostgresWording() {
        ClientIdentity local = new ClientIdentity("u", "d", UnixDomainSocketAddress.of(""), true);
        assertThatThrownBy(() -> AuthMethod.REJECT.authenticator().authenticate(local, NO_EXCHANGE))
                .isInstanceOfSatisfying(PgException.class, e -> {
                    assertThat(e.severity()).isEqualTo(Severity.FATAL);
                    assertThat(e.state().code()).isEqualTo("28000");
                    assertThat(e.getMessage()).isEqualTo(
                            "pg_hba.conf rejects connection for host \"[local]\", user \"u\", database \"d\"");
                });
    }
}
