package org.mutualaid.core.port;

import java.time.Instant;
import java.util.List;
import org.mutualaid.platform.Destination;
import org.mutualaid.platform.Message;
import org.mutualaid.platform.Outgoing;

/** Messages waiting to be sent. Written in the transaction that caused them; read by the dispatcher. */
public interface Outbox {
    long add(Destination to, Message message, Instant at);

    /** A pending row and how often sending it was tried before. */
    record Due(Outgoing message, int attempts) {}

    /** Pending rows of one platform whose time has come, oldest first. */
    List<Due> due(String platform, Instant now, int limit);

    void markSent(long id, Instant at);

    void markFailed(long id, String reason, Instant at);

    void retryLater(long id, Instant notBefore, String reason);
}
