package org.mutualaid.core.port;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mutualaid.core.model.Post;
import org.mutualaid.platform.Destination;
import org.mutualaid.platform.Message;
import org.mutualaid.platform.Outgoing;

/** Messages waiting to be sent. Written in the transaction that caused them; read by the dispatcher. */
public interface Outbox {

    /**
     * Whose data a message carries: the chats whose posts or conversations it quotes, and the
     * members whose posts, words or names are in it. /wipe erases every row about its chat and
     * /forget every row about its member, wherever the row was to go and whether or not it was sent.
     */
    record About(Set<Long> chatIds, Set<Long> memberIds) {
        public static final About NOTHING = new About(Set.of(), Set.of());

        public About {
            chatIds = Set.copyOf(chatIds);
            memberIds = Set.copyOf(memberIds);
        }

        /** The post's chat, its author and, if any, its claimer. */
        public static About post(Post p) {
            return NOTHING.and(p);
        }

        public About andChat(long chatId) {
            Set<Long> chats = new HashSet<>(chatIds);
            chats.add(chatId);
            return new About(chats, memberIds);
        }

        public About and(Post p) {
            Set<Long> members = new HashSet<>(memberIds);
            members.add(p.author().id());
            if (p.claimer() != null) members.add(p.claimer().id());
            Set<Long> chats = new HashSet<>(chatIds);
            chats.add(p.chatId());
            return new About(chats, members);
        }
    }

    /** A row that carries nobody's data (a notice of the bot's own). */
    default long add(Destination to, Message message, Instant at) {
        return add(to, message, at, About.NOTHING);
    }

    long add(Destination to, Message message, Instant at, About about);

    /** Like add, but the row is deleted, not kept, once sent. */
    long addErasedWhenSent(Destination to, Message message, Instant at, About about);

    /**
     * A member's own words carried to someone else (a relayed message): deleted once sent, and
     * deleted while it waits if writerRef asks to be forgotten.
     */
    long addWordsOf(Destination to, Message message, Instant at, String writerRef, About about);

    /** A pending row and how often sending it was tried before. */
    record Due(Outgoing message, int attempts) {}

    /** Records that the first parts of a long message went out, so a retry starts after them. */
    void markPartsSent(long id, int partsSent);

    /** Points pending rows for a chat that has a new id (a group upgraded to a supergroup) at the new id. */
    int retarget(String platform, String oldRef, String newRef);

    /** Fails every pending row to this chat or member: the bot may no longer write there. */
    int failPendingTo(String platform, Destination.Kind kind, String ref, String reason, Instant at);

    /**
     * Pending rows of one platform whose time has come, oldest first, at most one per place (the
     * oldest pending one), so that messages to one chat arrive in the order they were written.
     */
    default List<Due> due(String platform, Instant now, int limit) {
        return due(platform, now, limit, java.util.Set.of());
    }

    /** The same, leaving out rows to these target refs (held back by a rate limit for now). */
    List<Due> due(String platform, Instant now, int limit, java.util.Set<String> skipRefs);

    /** Marks the row sent; returns true if it was deleted instead, as asked when it was added. */
    boolean markSent(long id, Instant at);

    /**
     * For /forget: deletes every message sent or failed (they are kept only for a look when
     * something went wrong), and the pending ones about this member (About), to them, naming them
     * or carrying their words, wherever they were to go.
     */
    int deleteAbout(String platform, String memberRef, long memberId);

    /**
     * For /wipe: deletes every sent or failed row, and the pending rows about the chat (About):
     * those quoting its posts or passing on words of its conversations, wherever they were to go.
     */
    int deleteAboutChat(long chatId);

    /** Deletes every row to this chat, whatever its state. */
    int deleteTo(String platform, String chatRef);

    /** Deletes rows sent or failed before this time: delivered messages are not kept. Returns how many. */
    int deleteFinishedBefore(Instant before);

    void markFailed(long id, String reason, Instant at);

    void retryLater(long id, Instant notBefore, String reason);
}
