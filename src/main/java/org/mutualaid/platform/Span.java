package org.mutualaid.platform;

/** A piece of a message: plain text, or a person named so that the platform can notify them. */
public sealed interface Span permits Span.Text, Span.Mention {

    record Text(String value) implements Span {
        public Text {
            if (value == null) throw new IllegalArgumentException("text is null");
        }
    }

    /** memberRef is the platform's own id of the person (Telegram user id, Matrix user id, console name). */
    record Mention(String memberRef, String name) implements Span {
        public Mention {
            if (memberRef == null || memberRef.isBlank()) throw new IllegalArgumentException("mention without member");
            if (name == null || name.isBlank()) name = "a neighbour";
        }
    }
}
