package org.mutualaid.platform;

/** Where a message goes: into a chat, or privately to one member. */
public record Destination(String platform, Kind kind, String ref, String replyToRef, String threadRef) {

    public enum Kind { CHAT, MEMBER }

    public Destination {
        if (platform == null || platform.isBlank()) throw new IllegalArgumentException("platform is required");
        if (kind == null) throw new IllegalArgumentException("kind is required");
        if (ref == null || ref.isBlank()) throw new IllegalArgumentException("ref is required");
    }

    public static Destination chat(String platform, String chatRef) {
        return new Destination(platform, Kind.CHAT, chatRef, null, null);
    }

    public static Destination member(String platform, String memberRef) {
        return new Destination(platform, Kind.MEMBER, memberRef, null, null);
    }
}
