package org.mutualaid.core.port;

import java.time.Instant;

public interface Claims {
    void open(long postId, long claimerId, Instant at);

    /** Ends the post's active claim, if any, with an outcome: done, unclaimed or cancelled. */
    void end(long postId, String outcome, Instant at);
}
