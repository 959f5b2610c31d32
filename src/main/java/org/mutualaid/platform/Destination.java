package org.mutualaid.platform;

/**
 * Where a message goes: into a chat, privately to one member, or as the short answer to a button press
 * (ref is then the platform's id of the press; the answer is shown to the presser only).
 */
public record Destination(String platform, Kind kind, String ref, String replyToRef, String threadRef) {

    public enum Kind { CHAT, MEMBER, PRESS }

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

    public static Destination press(String platform, String pressRef) {
        return new Destination(platform, Kind.PRESS, pressRef, null, null);
    }
}
