package org.mutualaid.platform;

/** The send side of a platform adapter. Only the outbox dispatcher calls it. */
public interface Messenger {
    String platform();

    SendResult send(Outgoing message);

    /**
     * How long to hold back a message to this destination to stay within the platform's rate
     * limits; zero to send now. Asked right before each send.
     */
    default java.time.Duration delayBefore(Destination to) {
        return java.time.Duration.ZERO;
    }
}
