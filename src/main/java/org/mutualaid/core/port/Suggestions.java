package org.mutualaid.core.port;

import java.time.Instant;

public interface Suggestions {
    /** Records that needId and offerId were suggested together; false if that pair had been suggested before. */
    boolean record(long needId, long offerId, long forPostId, int rank, double score, String reason, Instant at);

    /** The posts that were ever suggested together with this one. */
    java.util.Set<Long> partnersOf(long postId);

    /** The numbers of the posts suggested when postId was posted, best first. */
    java.util.List<Integer> suggestedFor(long postId);
}
