package org.mutualaid.platform;

import java.util.ArrayList;
import java.util.List;

/**
 * What the bot says, independent of any platform: spans of text and mentions, rows of buttons, and
 * at most one file (attachment, null for none; the text is then its caption). Adapters render it
 * (HTML for Telegram, plain text for the console) and escape member text there.
 */
public record Message(List<Span> spans, List<List<Button>> buttons, Attachment attachment) {

    public Message {
        spans = List.copyOf(spans);
        buttons = buttons.stream().map(List::copyOf).toList();
        if (spans.isEmpty()) throw new IllegalArgumentException("empty message");
    }

    public Message(List<Span> spans, List<List<Button>> buttons) {
        this(spans, buttons, null);
    }

    public static Message of(String text) {
        return builder().text(text).build();
    }

    /** The text as a person reads it with names written out; what the console prints. */
    public String plainText() {
        StringBuilder sb = new StringBuilder();
        for (Span span : spans) {
            if (span instanceof Span.Text t) sb.append(t.value());
            else if (span instanceof Span.Mention m) sb.append(m.name());
            else if (span instanceof Span.BotLink l) sb.append(l.label());
        }
        return sb.toString();
    }

    /** Characters (UTF-16 units, as Telegram counts them) of one span as a reader sees it. */
    static int length(Span span) {
        if (span instanceof Span.Text t) return t.value().length();
        if (span instanceof Span.Mention m) return m.name().length();
        return ((Span.BotLink) span).label().length();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final List<Span> spans = new ArrayList<>();
        private final List<List<Button>> buttons = new ArrayList<>();
        private Attachment attachment;

        public Builder text(String text) {
            if (!text.isEmpty()) {
                // merge neighbouring text so stored messages stay small
                if (!spans.isEmpty() && spans.get(spans.size() - 1) instanceof Span.Text last) {
                    spans.set(spans.size() - 1, new Span.Text(last.value() + text));
                } else {
                    spans.add(new Span.Text(text));
                }
            }
            return this;
        }

        public Builder line(String text) {
            return text(text).newline();
        }

        public Builder newline() {
            return text("\n");
        }

        public Builder mention(String memberRef, String name) {
            spans.add(new Span.Mention(memberRef, name));
            return this;
        }

        public Builder botLink(String label, String payload) {
            spans.add(new Span.BotLink(label, payload));
            return this;
        }

        public Builder buttonRow(List<Button> row) {
            if (!row.isEmpty()) buttons.add(row);
            return this;
        }

        /** Sends this file with the message. */
        public Builder attach(Attachment file) {
            this.attachment = file;
            return this;
        }

        public boolean isEmpty() {
            return spans.isEmpty();
        }

        /** Characters (UTF-16 units, as Telegram counts them) of the text so far, names written out. */
        public int length() {
            int n = 0;
            for (Span s : spans) n += Message.length(s);
            return n;
        }

        public Message build() {
            // a trailing newline renders as an empty line on some platforms
            if (!spans.isEmpty() && spans.get(spans.size() - 1) instanceof Span.Text last) {
                String trimmed = last.value().stripTrailing();
                if (trimmed.isEmpty()) spans.remove(spans.size() - 1);
                else spans.set(spans.size() - 1, new Span.Text(trimmed));
            }
            return new Message(spans, buttons, attachment);
        }
    }
}
