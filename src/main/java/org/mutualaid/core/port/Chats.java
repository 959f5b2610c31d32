package org.mutualaid.core.port;

import java.time.Instant;
import java.util.Optional;
import org.mutualaid.core.model.Chat;

public interface Chats {
    /** The chat with this platform id, created on first sight; its title is kept up to date. */
    Chat resolve(String platform, String ref, String title, boolean privateChat, Instant now);

    Optional<Chat> byId(long id);

    /** The chat with this platform id, if the bot has seen it; nothing is created. */
    Optional<Chat> find(String platform, String ref);

    /**
     * The chat got a new id on its platform (a Telegram group upgraded to a supergroup): its posts,
     * numbers and settings go with it. If the new id was already seen with no posts, that empty
     * record gives way. Returns false, changing nothing, if there is no old chat or the new id
     * already has posts of its own.
     */
    boolean move(String platform, String oldRef, String newRef);

    /** Whether the bot may write there (it was removed, or added back); the chat's data is kept either way. */
    void setReachable(String platform, String ref, boolean reachable, Instant now);

    /** The chat's settings, with defaults where coordinators have set nothing. */
    org.mutualaid.core.model.ChatSettings settings(long chatId, org.mutualaid.core.model.FollowUpRules defaults);

    /** Stores the settings; a value equal to its default is stored as "default", so a new default applies. */
    void saveSettings(long chatId, org.mutualaid.core.model.ChatSettings settings, org.mutualaid.core.model.FollowUpRules defaults);

    /** When the bot first saw the chat. */
    Instant createdAt(long chatId);

    /** Records that the daily digest of this local day went out at this time. */
    void markDigest(long chatId, java.time.LocalDate day, Instant at);

    /** Records that this local day's "still waiting" message went out. */
    void markBump(long chatId, java.time.LocalDate day);

    /**
     * Deletes everything kept about a group: its posts, claims, suggestions, settings, words and
     * coordinators, and the chat's own record (a message from it later starts afresh). Open posts
     * must have been closed first, so that the search index lets go of them.
     */
    void wipe(long chatId);

    /** Deletes the record of a private chat (its id may be the member's own); a group is never deleted. */
    void forgetPrivate(long chatId);

    /** The member wrote in this group (or the platform named them as its coordinator): it is one of their groups. */
    void noteMember(long chatId, long memberId, Instant now);

    /** The member left the group or was removed from it: it is no longer one of their groups. Their posts stay. */
    void forgetMember(long chatId, long memberId);

    /** Whether the group is one of the member's (seen there, and not known to have left), reachable or not. */
    boolean isMember(long chatId, long memberId);

    /** The groups the member was seen in that the bot may write to, by title. */
    java.util.List<Chat> groupsOf(long memberId);

    /** The group chats the bot may write to, for the daily jobs. */
    java.util.List<Chat> reachableGroups();

    /** Takes the next post number of the chat (1, 2, 3, ... never reused). */
    int takeNextPostNumber(long chatId);
}
