package org.mutualaid.platform;

/**
 * A message waiting in (or taken from) the outbox. id is the outbox row id, 0 before it is stored;
 * partsSent counts the parts of a long message that a platform already accepted.
 */
public record Outgoing(long id, Destination to, Message message, int partsSent) {
    public Outgoing {
        if (to == null || message == null) throw new IllegalArgumentException("destination and message are required");
        if (partsSent < 0) throw new IllegalArgumentException("partsSent < 0");
    }

    public Outgoing(long id, Destination to, Message message) {
        this(id, to, message, 0);
    }
}
