package org.mutualaid.core.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mutualaid.core.model.PostKind;

/** A need or offer typed in a private chat, waiting for its author to choose the group: one per member. */
public interface PendingPosts {

    /** What waits, and the groups it was offered for, in the order they were shown. */
    record Pending(long memberId, PostKind kind, String text, List<Long> chatIds, Instant createdAt) {
        public Pending {
            chatIds = List.copyOf(chatIds);
        }
    }

    /** Keeps this one for the member, replacing any earlier one. */
    void put(long memberId, PostKind kind, String text, List<Long> chatIds, Instant at);

    /** The member's pending post, if one was kept at or after notBefore. */
    Optional<Pending> of(long memberId, Instant notBefore);

    void remove(long memberId);

    /** Deletes those kept before this time; returns how many. */
    int removeBefore(Instant before);
}
