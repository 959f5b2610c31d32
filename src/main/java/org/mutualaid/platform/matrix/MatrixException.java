package org.mutualaid.platform.matrix;

import java.time.Duration;

/**
 * The homeserver answered with an error (status and Matrix errcode), or could not be reached
 * (status 0). Messages never include the access token: it travels only in a header.
 */
final class MatrixException extends Exception {
    private final int status;
    private final String errcode;
    private final Duration retryAfter;

    MatrixException(int status, String errcode, String message, Duration retryAfter) {
        super(status == 0 ? message : status + " " + (errcode == null ? "" : errcode + " ") + message);
        this.status = status;
        this.errcode = errcode;
        this.retryAfter = retryAfter;
    }

    static MatrixException unreachable(Throwable cause) {
        return new MatrixException(0, null, "no answer from the homeserver: " + cause.getClass().getSimpleName(), null);
    }

    int status() {
        return status;
    }

    String errcode() {
        return errcode == null ? "" : errcode;
    }

    /** How long the homeserver asked us to wait (429 M_LIMIT_EXCEEDED); null when it did not say. */
    Duration retryAfter() {
        return retryAfter;
    }

    /** The access token is no longer valid: nothing will work until the admin sets a new one. */
    boolean tokenRefused() {
        return status == 401 || "M_UNKNOWN_TOKEN".equals(errcode) || "M_MISSING_TOKEN".equals(errcode);
    }

    boolean rateLimited() {
        return status == 429 || "M_LIMIT_EXCEEDED".equals(errcode);
    }

    /** A network error or a 5xx: the same request may succeed later. */
    boolean transientFailure() {
        return status == 0 || status >= 500;
    }
}
