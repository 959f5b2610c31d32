package org.mutualaid.core.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The bot passing messages between the author of an anonymous post and the member who claimed it,
 * so that neither learns who the other is until the author shares their contact. The messages
 * themselves are never kept here: they are outbox rows, deleted once sent.
 */
public interface Relays {

    /** sharedAt is null until the author shared their contact with the helper. */
    record Relay(long id, long postId, long authorId, long helperId, Instant sharedAt) {}

    Relay open(long postId, long authorId, long helperId, Instant at);

    /** The post's active relay, if any. */
    Optional<Relay> activeFor(long postId);

    /** The member's active relays, as author or helper, oldest first. */
    List<Relay> activeOf(long memberId);

    void markShared(long relayId, Instant at);

    void end(long relayId, Instant at);

    /** Deletes every relay the member took part in (for /forget); returns how many. */
    int forget(long memberId);
}
