package org.mutualaid.core.handler;

import java.time.Duration;
import java.time.Instant;
import org.mutualaid.core.command.TextRules;
import org.mutualaid.core.model.Post;
import org.mutualaid.core.model.PostStatus;
import org.mutualaid.platform.Message;

/** How a post reads in one line of a listing or a suggestion. */
public final class PostLines {

    static final int FIRST_WORDS = 70;
    /** Telegram takes 4,096 characters a message; listings stop well before, leaving room for the last lines. */
    public static final int LISTING_BUDGET = 3_600;

    private PostLines() {}

    /** Names are cut in listings, so that a page of posts always fits in one message. */
    static final int NAME_CHARS = 32;
    /** 15 lines of this many UTF-16 units (as Telegram counts) and a header stay under 4,096 */
    static final int LINE_UNITS = 240;

    /** "#3 need · Ana · 2d · text…  (claimed by Bo)" */
    public static void listing(Message.Builder b, Post p, Instant now) {
        String head = "#" + p.number() + " " + p.kind().word() + " · ";
        String author = TextRules.firstWords(p.author().name(), NAME_CHARS);
        String age = " · " + age(p.createdAt(), now) + " · ";
        String tail = p.status() == PostStatus.CLAIMED && p.claimer() != null
                ? " (claimed by " + TextRules.firstWords(p.claimer().name(), NAME_CHARS) + ")" : "";
        int room = LINE_UNITS - head.length() - author.length() - age.length() - tail.length();
        b.text(head).text(author).text(age + TextRules.fitUnits(TextRules.firstWords(p.text(), FIRST_WORDS), room) + tail);
    }

    /** "#1 Maya: "text…"" with the author named so that they are notified. */
    static void suggestion(Message.Builder b, Post p, String reason) {
        b.text("• #" + p.number() + " ").mention(p.author().ref(), p.author().name())
                .text(": \"" + TextRules.firstWords(p.text(), FIRST_WORDS) + "\"");
        if (reason != null && !reason.isBlank()) b.text(" (" + reason + ")");
    }

    public static String quote(Post p) {
        return "\"" + TextRules.firstWords(p.text(), 50) + "\"";
    }

    public static String age(Instant created, Instant now) {
        Duration d = Duration.between(created, now);
        if (d.isNegative() || d.toMinutes() < 1) return "just now";
        if (d.toHours() < 1) return d.toMinutes() + "m";
        if (d.toDays() < 1) return d.toHours() + "h";
        return d.toDays() + "d";
    }
}
