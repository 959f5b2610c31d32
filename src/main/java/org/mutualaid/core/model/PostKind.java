package org.mutualaid.core.model;

public enum PostKind {
    NEED, OFFER;

    public PostKind other() {
        return this == NEED ? OFFER : NEED;
    }

    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static PostKind fromWord(String word) {
        return valueOf(word.toUpperCase(java.util.Locale.ROOT));
    }
}
