package org.mutualaid.core.handler;

import java.time.Duration;
import java.time.Instant;
import org.mutualaid.core.command.TextRules;
import org.mutualaid.core.model.Post;
import org.mutualaid.core.model.PostStatus;
import org.mutualaid.platform.Message;

/** How a post reads in one line of a listing or a suggestion. */
final class PostLines {

    static final int FIRST_WORDS = 70;
    /** Telegram takes 4,096 characters a message; listings stop well before, leaving room for the last lines. */
    static final int LISTING_BUDGET = 3_600;

    private PostLines() {}

    /** "#3 need · Ana · 2d · text…  (claimed by Bo)" */
    static void listing(Message.Builder b, Post p, Instant now) {
        b.text("#" + p.number() + " " + p.kind().word() + " · ").text(p.author().name())
                .text(" · " + age(p.createdAt(), now) + " · " + TextRules.firstWords(p.text(), FIRST_WORDS));
        if (p.status() == PostStatus.CLAIMED && p.claimer() != null) b.text(" (claimed by " + p.claimer().name() + ")");
    }

    /** "#1 Maya: "text…"" with the author named so that they are notified. */
    static void suggestion(Message.Builder b, Post p, String reason) {
        b.text("• #" + p.number() + " ").mention(p.author().ref(), p.author().name())
                .text(": \"" + TextRules.firstWords(p.text(), FIRST_WORDS) + "\"");
        if (reason != null && !reason.isBlank()) b.text(" (" + reason + ")");
    }

    static String quote(Post p) {
        return "\"" + TextRules.firstWords(p.text(), 50) + "\"";
    }

    static String age(Instant created, Instant now) {
        Duration d = Duration.between(created, now);
        if (d.isNegative() || d.toMinutes() < 1) return "just now";
        if (d.toHours() < 1) return d.toMinutes() + "m";
        if (d.toDays() < 1) return d.toHours() + "h";
        return d.toDays() + "d";
    }
}
