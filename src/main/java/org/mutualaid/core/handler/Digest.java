package org.mutualaid.core.handler;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.mutualaid.core.model.Chat;
import org.mutualaid.core.model.ChatSettings;
import org.mutualaid.core.model.FollowUpRules;
import org.mutualaid.core.model.Member;
import org.mutualaid.core.model.Post;
import org.mutualaid.core.model.PostKind;
import org.mutualaid.core.port.FollowUps;
import org.mutualaid.core.port.Outbox;
import org.mutualaid.core.port.Transaction;
import org.mutualaid.platform.Destination;
import org.mutualaid.platform.Message;

/**
 * The coordinators' daily picture: what came in, what is stuck, what got done. Every line carries
 * the post's number so a coordinator can act on it. Names are written out, never mentioned, so a
 * digest notifies nobody but its reader.
 */
public final class Digest {

    private static final int MAX_LINES = 15;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private Digest() {}

    /** The digest of this chat now: what is new since the last one (or the last day, before the first). */
    public static Message build(Transaction tx, Chat chat, ChatSettings s, FollowUpRules rules, Instant now) {
        return build(tx, chat, s, rules, now, new java.util.ArrayList<>());
    }

    /** The same, adding to quoted the posts whose text or people it names. */
    public static Message build(Transaction tx, Chat chat, ChatSettings s, FollowUpRules rules, Instant now, List<Post> quoted) {
        FollowUps f = tx.followUps();
        long id = chat.id();
        Instant from = s.lastDigestAt() != null ? s.lastDigestAt() : now.minus(Duration.ofDays(1));
        Message.Builder b = Message.builder();
        String title = chat.title() == null || chat.title().isBlank() ? "your group" : chat.title();
        String heading = "Daily digest for " + title + ", " + DAY.format(now.atZone(s.zone()));
        b.line(heading + ":");
        int before = b.length();

        List<Post> fresh = f.postedBetween(id, from, now);
        if (!fresh.isEmpty()) {
            long needs = fresh.stream().filter(p -> p.kind() == PostKind.NEED).count();
            b.line("New: " + plural(needs, "need") + ", " + plural(fresh.size() - needs, "offer") + " (" + newNumbers(fresh) + ")");
        }
        int openCount = f.countOpenNeeds(id);
        if (openCount > 0) {
            // "open" as /list means it takes in claimed posts too: this list is of the needs nobody has taken up
            b.line("Open needs nobody has claimed (" + openCount + "), urgent first, then oldest:");
            for (Post p : f.openNeeds(id, MAX_LINES)) {
                quoted.add(p);
                b.line("• #" + p.number() + (p.urgent() ? " URGENT" : "") + " · " + PostLines.authorName(p) + " · "
                        + PostLines.age(p.createdAt(), now) + " · " + PostLines.quote(p));
            }
            if (openCount > MAX_LINES) b.line("  …and " + (openCount - MAX_LINES) + " more: /list needs");
        }
        List<Integer> unsuggested = f.needsNeverSuggested(id, 31);
        if (!unsuggested.isEmpty()) {
            b.line("No suggestion yet: " + unsuggested.stream().limit(30).map(n -> "#" + n).collect(Collectors.joining(", "))
                    + (unsuggested.size() > 30 ? ", …" : ""));
        }
        FollowUps.Claims claims = f.claims(id, now.minus(rules.claimAfter()), MAX_LINES + 1, 31);
        List<Post> stale = claims.stale().stream().limit(MAX_LINES).toList();
        quoted.addAll(stale);
        if (!stale.isEmpty()) {
            b.line("Claimed over " + rules.claimAfter().toDays() + " days ago, not done: " + stale.stream()
                    .map(p -> "#" + p.number() + " (" + PostLines.claimerName(p) + ")").collect(Collectors.joining(", "))
                    + (claims.stale().size() > MAX_LINES ? ", …" : ""));
        }
        // claims still young are under way: named, so that every open post is somewhere in the digest
        List<Post> underWay = claims.underWay();
        if (!underWay.isEmpty()) {
            quoted.addAll(underWay);
            b.line("Claimed, under way: " + underWay.stream().limit(30).map(p -> "#" + p.number() + " (" + PostLines.claimerName(p) + ")")
                    .collect(Collectors.joining(", ")) + (underWay.size() > 30 ? ", …" : ""));
        }
        List<FollowUps.Pair> idle = f.suggestionsNotActedOn(id, now.minus(Duration.ofDays(1)), MAX_LINES);
        if (!idle.isEmpty()) {
            b.line("Suggestions nobody took up: " + idle.stream().map(pr -> "#" + pr.need().number() + " ↔ #" + pr.offer().number())
                    .collect(Collectors.joining(", ")));
        }
        Instant weekAgo = now.minus(Duration.ofDays(7));
        List<FollowUps.Done> done = f.doneSince(id, from.isBefore(weekAgo) ? from : weekAgo);
        List<FollowUps.Done> doneSince = done.stream().filter(d -> !d.at().isBefore(from)).toList();
        long doneWeek = done.stream().filter(d -> !d.at().isBefore(weekAgo)).count();
        if (!doneSince.isEmpty() || doneWeek > 0) {
            b.line("Done: " + (doneSince.isEmpty() ? "none" : doneSince.stream().limit(30).map(d -> "#" + d.number())
                    .collect(Collectors.joining(", "))) + " since the last digest; " + doneWeek + " in the last 7 days.");
        }
        // an empty day is said in one line
        if (b.length() == before) return Message.of(heading + ": all quiet, nothing new, nothing open, nothing stuck.");
        return b.build();
    }

    /**
     * Writes the digest to the outbox: privately to each coordinator who can be written to, into
     * the group, or both, as set. When it should go privately and no coordinator can be reached,
     * the group gets a one-line hint instead of the digest, on the first day only: a daily hint
     * would be noise in the group.
     */
    public static int deliver(Transaction tx, Chat chat, ChatSettings s, Message digest, Outbox.About about, Instant now) {
        int sent = 0;
        if (s.digestTo() != ChatSettings.DigestTo.GROUP) {
            for (Member c : tx.coordinators().of(chat.id())) {
                if (!tx.members().canWritePrivately(c.id())) continue;
                tx.outbox().add(Destination.member(chat.platform(), c.ref()), digest, now, about);
                sent++;
            }
        }
        if (s.digestTo() != ChatSettings.DigestTo.PRIVATE) {
            tx.outbox().add(Destination.chat(chat.platform(), chat.ref()), digest, now, about);
            sent++;
        } else if (sent == 0 && s.lastDigestAt() == null) {
            tx.outbox().add(Destination.chat(chat.platform(), chat.ref()), Message.builder()
                    .text("Coordinators: today's digest is ready, but I can only send it to you privately. ")
                    .botLink("Open a private chat with me", "digest").text(" once, or ask me here with /digest.").build(), now);
        }
        return sent;
    }

    // a post already done or withdrawn since it came in says so, or the count reads as more open work than there is
    private static String newNumbers(List<Post> posts) {
        return posts.stream().limit(30).map(p -> "#" + p.number() + switch (p.status()) {
            case DONE -> " done";
            case CANCELLED -> " closed";
            case EXPIRED -> " expired";
            default -> "";
        }).collect(Collectors.joining(", ")) + (posts.size() > 30 ? ", …" : "");
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
