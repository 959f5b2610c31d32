package org.mutualaid.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A need or an offer. number is what members type (#1, #2, ... per chat); id is internal.
 * claimer is null unless the post is claimed.
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
        Instant createdAt) {

    public Post {
        tags = List.copyOf(tags);
        categories = Set.copyOf(categories);
    }

    public boolean isAuthor(Member m) {
        return author.id() == m.id();
    }

    public boolean isClaimer(Member m) {
        return claimer != null && claimer.id() == m.id();
    }
}
