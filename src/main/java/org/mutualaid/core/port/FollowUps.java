package org.mutualaid.core.port;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.mutualaid.core.model.Post;
import org.mutualaid.core.model.PostKind;

/** What the bot follows up by itself (reminders, bumps, expiry) and what coordinators read (digest, stats). */
public interface FollowUps {

    /** Claimed posts whose claim was made before claimedBefore and has had no reminder. */
    List<Post> claimsToRemind(long chatId, Instant claimedBefore);

    void markClaimReminded(long postId, Instant at);

    /** Open needs, with no claim, posted before postedBefore and never bumped; oldest first. */
    List<Post> needsToBump(long chatId, Instant postedBefore);

    void markBumped(long postId, Instant at);

    /**
     * Open posts of this kind (a claimed one is being helped with: claim reminders follow it up) whose expiry clock (posted, or renewed since) started before
     * startedBefore; onlyUnwarned leaves out those whose author was warned already.
     */
    List<Post> expiring(long chatId, PostKind kind, Instant startedBefore, boolean onlyUnwarned);

    /** Posts due to expire whose author was warned before warnedBefore: none closes without a warning. */
    List<Post> expiringWarned(long chatId, PostKind kind, Instant startedBefore, Instant warnedBefore);

    void markExpiryWarned(long postId, Instant at);

    /** Starts the post's expiry clock again. */
    void renew(long postId, Instant at);

    /** Posts made in [from, to), oldest first. */
    List<Post> postedBetween(long chatId, Instant from, Instant to);

    /** Open (unclaimed) needs, urgent ones (Post.urgent) first, then oldest first. */
    List<Post> openNeeds(long chatId, int limit);

    int countOpenNeeds(long chatId);

    /** The numbers of open needs that were never suggested anything, oldest first. */
    List<Integer> needsNeverSuggested(long chatId, int limit);

    /** Claimed posts, oldest claim first: those claimed before a time (stale) and the others (under way). */
    record Claims(List<Post> stale, List<Post> underWay) {}

    Claims claims(long chatId, Instant staleBefore, int staleLimit, int underWayLimit);

    /** A suggestion nobody acted on: both posts still open, not hidden, made before a time. */
    record Pair(Post need, Post offer) {}

    List<Pair> suggestionsNotActedOn(long chatId, Instant madeBefore, int limit);

    /** A post marked done: its number and when. */
    record Done(int number, Instant at) {}

    /** Posts marked done since from, newest first. */
    List<Done> doneSince(long chatId, Instant from);

    /** Counts over [from, to], both ends included, for /stats; medianToFulfil is null when nothing was done. */
    record Stats(int posted, int matched, int claimed, int fulfilled, int expired, Duration medianToFulfil) {}

    Stats stats(long chatId, Instant from, Instant to);
}
