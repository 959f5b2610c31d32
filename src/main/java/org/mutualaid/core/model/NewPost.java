package org.mutualaid.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A post about to be stored; the store gives it its id and per-chat number. */
public record NewPost(long chatId, PostKind kind, Member author, String text, List<String> tags,
                      Set<String> categories, Instant createdAt, boolean anonymous) {
    public NewPost {
        tags = List.copyOf(tags);
        categories = Set.copyOf(categories);
    }

    public NewPost(long chatId, PostKind kind, Member author, String text, List<String> tags, Set<String> categories, Instant createdAt) {
        this(chatId, kind, author, text, tags, categories, createdAt, false);
    }
}
