package dev.olifant.auth;

/**
 * The client side of an authentication conversation, as the wire layer offers it: the server
 * sends an Authentication request (AuthenticationCleartextPassword = 3, MD5Password = 5,
 * SASL = 10, SASLContinue = 11, SASLFinal = 12, each with its payload) and reads the client's
 * answer, a PasswordMessage / SASLInitialResponse / SASLResponse ('p' message body).
 * AuthenticationOk is sent by the wire layer once the authenticator returns.
 */
public interface AuthExchange {

    /** Sends an Authentication request with the given code and payload and flushes it to the client. */
    void sendRequest(int code, byte[] payload);

    /**
     * Reads the client's response body. Any message other than a password/SASL response is a
     * protocol violation (FATAL 08P01); the client hanging up ends the connection.
     */
    byte[] readResponse();
}
