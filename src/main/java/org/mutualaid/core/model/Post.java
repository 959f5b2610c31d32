package org.mutualaid.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A need or an offer. number is what members type (#1, #2, ... per chat); id is internal.
 * claimer is null unless the post is claimed. An anonymous post was asked for in a private chat:
 * messages to its group never name its author, nor whoever claimed it.
 */
public record Post(
        long id,
        long chatId,
        int number,
        PostKind kind,
        PostStatus status,
        Member author,
        Member claimer,
        String text,
        List<String> tags,
        Set<String> categories,
        Instant createdAt,
        boolean anonymous) {

    public Post {
        tags = List.copyOf(tags);
        categories = Set.copyOf(categories);
    }

    /** A post with its author's name shown. */
    public Post(long id, long chatId, int number, PostKind kind, PostStatus status, Member author, Member claimer, String text,
                List<String> tags, Set<String> categories, Instant createdAt) {
        this(id, chatId, number, kind, status, author, claimer, text, tags, categories, createdAt, false);
    }

    /**
     * What makes a need urgent besides the #urgent tag: members say it in these words, read
     * anywhere in the text in any case. "Right now" is not among them: "the bus fare is a lot right
     * now" is no emergency.
     */
    private static final List<String> URGENT_WORDS = List.of("urgent", "emergency", "asap", "tonight", "immediately");

    /** Tagged #urgent or saying so in one of URGENT_WORDS; the digest lists urgent needs first. */
    public boolean urgent() {
        return urgent(text, tags);
    }

    public static boolean urgent(String text, List<String> tags) {
        String lower = text.toLowerCase(Locale.ROOT);
        return tags.contains("urgent") || URGENT_WORDS.stream().anyMatch(lower::contains);
    }

    public boolean isAuthor(Member m) {
        return author.id() == m.id();
    }

    public boolean isClaimer(Member m) {
        return claimer != null && claimer.id() == m.id();
    }
}
