package org.mutualaid.core.model;

public enum PostStatus {
    OPEN, CLAIMED, DONE, CANCELLED, EXPIRED;

    /** Open and claimed posts are still live; the others are closed for good. */
    public boolean isLive() {
        return this == OPEN || this == CLAIMED;
    }

    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static PostStatus fromWord(String word) {
        return valueOf(word.toUpperCase(java.util.Locale.ROOT));
    }
}
