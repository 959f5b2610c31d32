package org.mutualaid.platform;

/** A piece of a message: plain text, or a person named so that the platform can notify them. */
public sealed interface Span permits Span.Text, Span.Mention, Span.BotLink {

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

    /**
     * A link that opens a private chat with the bot, carrying payload (a Telegram deep link
     * t.me/TheBot?start=payload). Platforms without such links show only the label.
     */
    record BotLink(String label, String payload) implements Span {
        public BotLink {
            if (label == null || label.isBlank()) throw new IllegalArgumentException("link without label");
            if (payload == null || !payload.matches("[A-Za-z0-9_-]{1,64}")) {
                throw new IllegalArgumentException("a start payload is 1-64 of A-Z, a-z, 0-9, _ and -");
            }
        }
    }
}
