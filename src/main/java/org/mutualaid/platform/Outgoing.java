package org.mutualaid.platform;

/**
 * A message waiting in (or taken from) the outbox. id is the outbox row id, 0 before it is stored;
 * partsSent counts the parts of a long message that a platform already accepted. key names this
 * message and no other, for platforms that de-duplicate sends by a transaction id: a row id alone
 * is not enough, since SQLite gives a deleted last row's id to the next row (rows deleted once sent).
 */
public record Outgoing(long id, Destination to, Message message, int partsSent, String key) {
    public Outgoing {
        if (to == null || message == null) throw new IllegalArgumentException("destination and message are required");
        if (partsSent < 0) throw new IllegalArgumentException("partsSent < 0");
        if (key == null) key = String.valueOf(id);
    }

    public Outgoing(long id, Destination to, Message message, int partsSent) {
        this(id, to, message, partsSent, null);
    }

    public Outgoing(long id, Destination to, Message message) {
        this(id, to, message, 0);
    }
}
