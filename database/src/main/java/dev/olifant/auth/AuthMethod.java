package dev.olifant.auth;

import java.util.Locale;

/** The authentication methods that can be configured, named as in pg_hba.conf. */
public enum AuthMethod {
    /** Accept every client without asking anything. */
    TRUST(new TrustAuthenticator()),
    /** Refuse every client. */
    REJECT(new RejectAuthenticator());

    private final Authenticator authenticator;

    AuthMethod(Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    public Authenticator authenticator() {
        return authenticator;
    }

    /** The method for its pg_hba.conf name ({@code trust}, {@code reject}). */
    public static AuthMethod byName(String name) {
        for (AuthMethod m : values()) {
            if (m.name().toLowerCase(Locale.ROOT).equals(name.trim().toLowerCase(Locale.ROOT))) {
                return m;
            }
        }
        throw new IllegalArgumentException("invalid authentication method \"" + name + "\"");
    }
}
