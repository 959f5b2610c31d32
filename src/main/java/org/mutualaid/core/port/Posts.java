package org.mutualaid.core.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mutualaid.core.model.Member;
import org.mutualaid.core.model.NewPost;
import org.mutualaid.core.model.Post;
import org.mutualaid.core.model.PostKind;
import org.mutualaid.core.model.PostStatus;

public interface Posts {
    /**
     * Erases the text and tags of posts closed before this time, keeping what the statistics need
     * (kind, categories, dates, outcome). Returns how many were erased.
     */
    int eraseClosedText(Instant closedBefore);

    /** Replaces a post's text (and tags) with this one; the search index is not touched, so only for closed posts. */
    void replaceClosedText(long postId, String text);

    /** Erases the text and tags of every post of this author, closed or not; returns how many. */
    int eraseTextOf(long authorId);

    /** Live posts, in every chat, that this member has claimed. */
    List<Post> claimedBy(long memberId);

    /** Keeps the matcher's profile of a live post (Matcher.profileToKeep); a closed or erased post keeps none. */
    void keepProfile(long postId, String profile);

    /**
     * Open posts with text whose profile is not kept, or was made by other matching rules than
     * rulesVersion: those with ids below belowId, newest first, at most limit.
     */
    List<Post> openWithoutProfile(String rulesVersion, long belowId, int limit);

    /** Stores the post as open with the given per-chat number and makes it findable by the matcher. */
    Post insert(NewPost post, int number);

    Optional<Post> byNumber(long chatId, int number);

    Optional<Post> byId(long id);

    /** The posts with these ids, in no particular order; ids that do not exist are left out. */
    List<Post> byIds(List<Long> ids);

    /** Moves the post to a new status; the matcher only finds open posts. claimer is null unless claimed. */
    void setStatus(long postId, PostStatus status, Member claimer, Instant now);

    /** Live posts (open or claimed) of a chat, newest first. kind and tag may be null for all. */
    List<Post> live(long chatId, PostKind kind, String tag, int offset, int limit);

    int countLive(long chatId, PostKind kind, String tag);

    /** Whether any post of the chat, open or closed, is tagged #tag (a tag as stored: lower case, no #). */
    boolean anyTagged(long chatId, String tag);

    /** The member's live posts in one chat, newest first. */
    List<Post> liveByAuthor(long chatId, long authorId);

    /**
     * The member's open post of that kind with this text (in any case), or holding it whole, among the chat's
     * newest open posts, if any: the same post sent twice, or a story joined into one and its first message
     * typed again. Only the newest are looked at, so that the check costs
     * the same in a long history: a post sent again by a double tap or a bad connection is among them.
     */
    Optional<Post> recentTwin(long chatId, long authorId, PostKind kind, String text, boolean anonymous);

    /** Who closed the post by /done, /cancel or /close; opening it again forgets them. */
    void recordCloser(long postId, long memberId);

    /** The member's own post, in any chat, that they marked done or withdrew most recently at or after since, if any. */
    Optional<Post> lastClosedBy(long authorId, Instant since);

    /** When the post closed; empty while it is live. */
    Optional<Instant> closedAt(long postId);

    /** A post, when it closed (null while it is live), and whether someone other than its author closed it. */
    record Closing(Post post, Instant closedAt, boolean closedByOther) {}

    /** The chat's live posts and those closed at or after closedSince, by number. */
    List<Closing> forExport(long chatId, Instant closedSince);

    /** The member's live posts in every chat, with the chat, newest first. */
    List<Post> liveByAuthorEverywhere(long authorId);
}
