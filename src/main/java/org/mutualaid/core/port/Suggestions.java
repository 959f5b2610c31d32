package org.mutualaid.core.port;

import java.time.Instant;

public interface Suggestions {
    /** Records that needId and offerId were suggested together; false if that pair had been suggested before. */
    boolean record(long needId, long offerId, long forPostId, int rank, double score, String reason, Instant at);

    /** Hides the suggestion of this pair; false if they were never suggested together or it was hidden already. */
    boolean dismiss(long needId, long offerId, Instant at);

    /** The posts that were ever suggested together with this one. */
    java.util.Set<Long> partnersOf(long postId);

    /** The numbers of the posts suggested when postId was posted and not hidden since, best first. */
    java.util.List<Integer> suggestedFor(long postId);
}
