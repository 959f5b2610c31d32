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
    /**
     * A suggested post is quoted longer than a listing's line: whoever reads it decides from it, and
     * an offer's limits ("no big dogs", "weekends only") tend to come after its first words. Half
     * of all offers fit in 160 characters; three suggestions of that length stay a short message.
     */
    static final int SUGGESTED_CHARS = 160;
    /** Telegram takes 4,096 characters a message; listings stop well before, leaving room for the last lines. */
    public static final int LISTING_BUDGET = 3_600;

    private PostLines() {}

    /** Names are cut in listings, so that a page of posts always fits in one message. */
    static final int NAME_CHARS = 32;
    /** 15 lines of this many UTF-16 units (as Telegram counts) and a header stay under 4,096 */
    static final int LINE_UNITS = 240;

    /** How a group reads the author of an anonymous post. */
    public static final String NEIGHBOUR = "a neighbour";

    /** The author's name as the group may read it: "a neighbour" for an anonymous post. */
    public static String authorName(Post p) {
        return p.anonymous() ? NEIGHBOUR : p.author().name();
    }

    /** The claimer's name as the group may read it: whoever claimed an anonymous post is not named either. */
    public static String claimerName(Post p) {
        return p.claimer() == null ? "nobody" : p.anonymous() ? "a neighbour" : p.claimer().name();
    }

    /** Names the author so that they are notified; an anonymous post's author is not named. */
    public static Message.Builder author(Message.Builder b, Post p) {
        return p.anonymous() ? b.text(NEIGHBOUR) : b.mention(p.author().ref(), p.author().name());
    }

    /** "Only Ana, who posted #3," or, for an anonymous post, "Only the neighbour who posted #3". */
    public static String onlyAuthor(Post p) {
        return p.anonymous() ? "Only the neighbour who posted #" + p.number() : "Only " + p.author().name() + ", who posted #" + p.number() + ",";
    }

    /** "#3 need · Ana · 2d · text…  (claimed by Bo)" */
    public static void listing(Message.Builder b, Post p, Instant now) {
        String head = "#" + p.number() + " " + p.kind().word() + " · ";
        String author = TextRules.firstWords(authorName(p), NAME_CHARS);
        String age = " · " + age(p.createdAt(), now) + " · ";
        String tail = p.status() == PostStatus.CLAIMED && p.claimer() != null
                ? p.anonymous() ? " (claimed)" : " (claimed by " + TextRules.firstWords(p.claimer().name(), NAME_CHARS) + ")" : "";
        int room = LINE_UNITS - head.length() - author.length() - age.length() - tail.length();
        // a story told in several messages is one line of the list: its line breaks would read as more posts
        String oneLine = p.text().replaceAll("\\s*\\R\\s*", " / ");
        b.text(head).text(author).text(age + TextRules.fitUnits(TextRules.firstWords(oneLine, FIRST_WORDS), room) + tail);
    }

    /** "#1 Maya: "text…"" with the author named so that they are notified. */
    static void suggestion(Message.Builder b, Post p, String reason) {
        author(b.text("• #" + p.number() + " "), p)
                .text(": \"" + TextRules.firstWords(p.text(), SUGGESTED_CHARS) + "\"");
        if (reason != null && !reason.isBlank()) b.text(" (" + reason + ")");
    }

    /** How anyone takes the post up: a nameless one only privately, where nobody sees who. */
    public static String anyoneCan(Post p) {
        return p.anonymous() ? "Anyone who can: send me /claim " + p.number() + " in a private chat." : "Anyone who can: /claim " + p.number() + ".";
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
