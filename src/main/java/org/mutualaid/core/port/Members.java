package org.mutualaid.core.port;

import java.time.Instant;
import org.mutualaid.core.model.Member;

public interface Members {
    /** The member with this platform id, created on first sight; the shown name follows the platform. */
    Member resolve(String platform, String ref, String name, Instant now);

    /** The member with this platform id, if the bot has seen them; nobody is created. */
    java.util.Optional<Member> find(String platform, String ref);

    /** Whether the bot may write to the member privately (false once they blocked it); nothing else changes. */
    void setReachable(String platform, String ref, boolean reachable, Instant now);

    /**
     * Erases who the member was: their name and their platform id are replaced, so that nothing
     * links the record to them; their coordinator roles end. The record stays, so counts add up.
     */
    void anonymise(long memberId);

    /** The member wrote to the bot privately: from now on the bot may write to them there. */
    void markPrivate(long memberId, Instant now);

    /** Whether the bot may write to the member privately (they started a chat and did not block it). */
    boolean canWritePrivately(long memberId);
}
