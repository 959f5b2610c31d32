package org.mutualaid.platform;

/** A message waiting in (or taken from) the outbox. id is the outbox row id, 0 before it is stored. */
public record Outgoing(long id, Destination to, Message message) {
    public Outgoing {
        if (to == null || message == null) throw new IllegalArgumentException("destination and message are required");
    }
}
