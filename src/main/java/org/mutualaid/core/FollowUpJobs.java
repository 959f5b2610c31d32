package org.mutualaid.core;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.mutualaid.core.command.CommandParser;
import org.mutualaid.core.command.PostAction;
import org.mutualaid.core.handler.Digest;
import org.mutualaid.core.handler.PostLines;
import org.mutualaid.core.model.Chat;
import org.mutualaid.core.model.ChatSettings;
import org.mutualaid.core.model.FollowUpRules;
import org.mutualaid.core.model.Member;
import org.mutualaid.core.model.Post;
import org.mutualaid.core.model.PostKind;
import org.mutualaid.core.model.PostStatus;
import org.mutualaid.core.port.Outbox;
import org.mutualaid.core.port.Storage;
import org.mutualaid.core.port.Transaction;
import org.mutualaid.platform.Button;
import org.mutualaid.platform.Destination;
import org.mutualaid.platform.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the bot does by itself, run every minute or so: the daily digest, claim reminders, the
 * daily "still waiting" bump, expiry warnings and expiry. Each job of each chat runs in its own
 * transaction, which writes its messages and marks it done together: a crash never loses or
 * doubles one, and one chat's failure does not stop the others.
 */
public final class FollowUpJobs {

    private static final Logger log = LoggerFactory.getLogger(FollowUpJobs.class);
    private static final java.time.Duration WARN_BEFORE = java.time.Duration.ofDays(1);
    private static final java.time.Duration WARNED_AT_LEAST = java.time.Duration.ofHours(12);

    private final Storage storage;
    private final Clock clock;
    private final FollowUpRules rules;
    private final java.util.Set<String> platforms;

    /** platforms: those the bot runs on now; chats of others (a console test on the same file) are left alone. */
    public FollowUpJobs(Storage storage, Clock clock, FollowUpRules rules, java.util.Set<String> platforms) {
        this.storage = storage;
        this.clock = clock;
        this.rules = rules;
        this.platforms = java.util.Set.copyOf(platforms);
    }

    /** Runs every job that is due in every group; returns how many jobs failed (they are logged). */
    public int runDue() {
        List<Chat> chats;
        try {
            chats = storage.inTransaction(tx -> tx.chats().reachableGroups());
        } catch (RuntimeException e) {
            log.error("Could not list the chats for the daily jobs; will try again", e);
            return 1;
        }
        int failed = 0;
        for (Chat chat : chats) {
            if (!platforms.contains(chat.platform())) continue;
            failed += run("digest", chat, this::digestIfDue);
            failed += run("reminders", chat, this::remindersIfDue);
            failed += run("expiry", chat, this::expiry);
        }
        return failed;
    }

    private interface Job {
        void run(Transaction tx, Chat chat, ChatSettings s, Instant now);
    }

    private int run(String name, Chat chat, Job job) {
        try {
            storage.inTransaction(tx -> {
                job.run(tx, chat, tx.chats().settings(chat.id(), rules), clock.instant());
                return null;
            });
            return 0;
        } catch (RuntimeException e) {
            log.error("The {} job of chat {} failed; the other chats go on, and it is tried again later", name, chat.id(), e);
            return 1;
        }
    }

    /** Once per local day at the set time, or at start if today's fell due while the bot was down. */
    private void digestIfDue(Transaction tx, Chat chat, ChatSettings s, Instant now) {
        if (s.digestAt() == null) return;
        ZonedDateTime local = now.atZone(s.zone());
        LocalDate today = local.toLocalDate();
        // the day of the last digest in the zone as it is now, so that a change of zone skips no day and doubles none
        LocalDate last = s.lastDigestAt() != null ? s.lastDigestAt().atZone(s.zone()).toLocalDate() : s.lastDigestDay();
        if (last != null && !last.isBefore(today)) return;
        if (local.toLocalTime().isBefore(s.digestAt())) return;
        // a group the bot joins after the day's digest time has its first digest at the next one:
        // one a minute after joining would break into the group's first conversation
        if (last == null && joinedAfterDigestTime(tx.chats().createdAt(chat.id()).atZone(s.zone()), today, s.digestAt())) return;
        List<Post> quoted = new java.util.ArrayList<>();
        Message digest = Digest.build(tx, chat, s, rules, now, quoted);
        Outbox.About about = Outbox.About.NOTHING.andChat(chat.id());
        for (Post p : quoted) about = about.and(p);
        Digest.deliver(tx, chat, s, digest, about, now);
        tx.chats().markDigest(chat.id(), today, now);
    }

    private static boolean joinedAfterDigestTime(ZonedDateTime joined, LocalDate today, LocalTime digestAt) {
        return joined.toLocalDate().equals(today) && !joined.toLocalTime().isBefore(digestAt);
    }

    private void remindersIfDue(Transaction tx, Chat chat, ChatSettings s, Instant now) {
        if (!s.reminders()) return;
        ZonedDateTime local = now.atZone(s.zone());
        if (s.isQuiet(local.toLocalTime())) return;
        for (Post p : tx.followUps().claimsToRemind(chat.id(), now.minus(rules.claimAfter()))) {
            remindClaim(tx, chat, p, now);
            tx.followUps().markClaimReminded(p.id(), now);
        }
        LocalDate today = local.toLocalDate();
        if (s.lastBumpDay() != null && !s.lastBumpDay().isBefore(today)) return;
        List<Post> waiting = tx.followUps().needsToBump(chat.id(), now.minus(rules.bumpAfter()));
        if (waiting.isEmpty()) return;
        Message.Builder b = Message.builder().line("Still waiting for help:");
        for (Post p : waiting.subList(0, Math.min(10, waiting.size()))) {
            b.line("• #" + p.number() + " " + PostLines.quote(p) + " (" + PostLines.age(p.createdAt(), now) + ")");
        }
        if (waiting.size() > 10) b.line("…and " + (waiting.size() - 10) + " more: /list needs");
        b.text("Can you help? Type /claim and the number.");
        Outbox.About about = Outbox.About.NOTHING.andChat(chat.id());
        for (Post p : waiting) about = about.and(p);
        tx.outbox().add(Destination.chat(chat.platform(), chat.ref()), b.build(), now, about);
        for (Post p : waiting) tx.followUps().markBumped(p.id(), now);
        tx.chats().markBump(chat.id(), today);
    }

    /** One message to the claimer and the author, each privately where possible; else one in the group naming both. */
    private void remindClaim(Transaction tx, Chat chat, Post p, Instant now) {
        String title = chat.title() == null ? "your group" : chat.title();
        String about = "#" + p.number() + " " + PostLines.quote(p) + " in " + title;
        List<Member> people = List.of(p.claimer(), p.author());
        boolean bothPrivately = people.stream().allMatch(m -> tx.members().canWritePrivately(m.id()));
        if (bothPrivately || p.anonymous()) {
            for (Member m : people) {
                if (!tx.members().canWritePrivately(m.id())) continue;
                tx.outbox().add(Destination.member(chat.platform(), m.ref()), Message.of("Did it happen? " + about
                        + " was claimed " + rules.claimAfter().toDays() + " days ago. If it's sorted, type /done " + p.number()
                        + (p.anonymous() ? " here" : " in the group") + ". If plans changed: /unclaim " + p.number() + "."), now, Outbox.About.post(p));
            }
            if (bothPrivately) return;
        }
        Message.Builder b = Message.builder();
        // an anonymous post's people are not named in the group
        if (p.anonymous()) b.text("#" + p.number() + " " + PostLines.quote(p) + " was claimed " + rules.claimAfter().toDays() + " days ago: did it happen?");
        else b.mention(p.claimer().ref(), p.claimer().name()).text(" and ").mention(p.author().ref(), p.author().name())
                .text(": did #" + p.number() + " " + PostLines.quote(p) + " happen?");
        tx.outbox().add(Destination.chat(chat.platform(), chat.ref()), b
                .text(" If it's sorted: /done " + p.number() + ". If plans changed: /unclaim " + p.number() + ".")
                .buttonRow(List.of(new Button("Done", CommandParser.action(PostAction.DONE, p.number())),
                        new Button("Unclaim", CommandParser.action(PostAction.UNCLAIM, p.number()))))
                .build(), now, Outbox.About.post(p));
    }

    /** Warn the author a day before; then close as expired, leaving /list. Warnings wait out quiet hours. */
    private void expiry(Transaction tx, Chat chat, ChatSettings s, Instant now) {
        boolean quiet = s.isQuiet(now.atZone(s.zone()).toLocalTime());
        for (PostKind kind : PostKind.values()) {
            java.time.Duration life = s.expiry(kind);
            // a post whose warning was missed (the bot was down, the expiry was shortened) is warned first
            List<Post> expired = tx.followUps().expiringWarned(chat.id(), kind, now.minus(life), now.minus(WARNED_AT_LEAST));
            for (Post p : expired) {
                tx.posts().setStatus(p.id(), PostStatus.EXPIRED, p.claimer(), now);
                tx.claims().end(p.id(), "expired", now);
            }
            if (!expired.isEmpty()) {
                log.info("Chat {}: {} {}s expired", chat.id(), expired.size(), kind.word());
            }
            if (quiet) continue;
            for (Post p : tx.followUps().expiring(chat.id(), kind, now.minus(life).plus(WARN_BEFORE), true)) {
                warn(tx, chat, p, now);
                tx.followUps().markExpiryWarned(p.id(), now);
            }
        }
    }

    private void warn(Transaction tx, Chat chat, Post p, Instant now) {
        // a post asked for privately is renewed privately: typing /renew in the group would say whose it is
        String where = !tx.members().canWritePrivately(p.author().id()) ? "." : p.anonymous() ? " here." : " in the group.";
        String what = "Your " + p.kind().word() + " #" + p.number() + " " + PostLines.quote(p) + " closes tomorrow. To keep it open: /renew "
                + p.number() + where;
        if (tx.members().canWritePrivately(p.author().id())) {
            tx.outbox().add(Destination.member(chat.platform(), p.author().ref()), Message.of(what), now, Outbox.About.post(p));
        } else {
            tx.outbox().add(Destination.chat(chat.platform(), chat.ref()), PostLines.author(Message.builder(), p)
                    .text(p.anonymous() ? ": the " + p.kind().word() + " #" + p.number() + " " + PostLines.quote(p) + " closes tomorrow. To keep it open: /renew "
                            + p.number() + "." : ": " + what).buttonRow(List.of(new Button("Keep it open", CommandParser.action(PostAction.RENEW, p.number()))))
                    .build(), now, Outbox.About.post(p));
        }
    }
}
