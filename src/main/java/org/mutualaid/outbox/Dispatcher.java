package org.mutualaid.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import org.mutualaid.core.port.Outbox;
import org.mutualaid.core.port.Storage;
import org.mutualaid.platform.Destination;
import org.mutualaid.platform.Messenger;
import org.mutualaid.platform.SendResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The only code that hands messages to a platform. A row is marked sent only after the platform
 * accepted it; a refused row is retried later or, when it can never succeed, recorded as failed.
 */
public final class Dispatcher {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(2);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);
    private static final int MAX_ATTEMPTS = 50;
    private static final int MAX_PAGES = 5;

    private final Storage storage;
    private final Clock clock;
    private final Map<String, Messenger> messengers;

    public Dispatcher(Storage storage, Clock clock, List<Messenger> messengers) {
        this.storage = storage;
        this.clock = clock;
        this.messengers = messengers.stream().collect(java.util.stream.Collectors.toMap(Messenger::platform, m -> m));
    }

    /** Sends what is due now, up to limit rows per platform; returns how many were sent. */
    public int sendDue(int limit) {
        return sendDue(limit, () -> false);
    }

    /**
     * Sends what is due now, up to limit rows per platform, until stop says so; returns how many
     * were sent. A row the platform's rate limit holds back stays pending, and so do the later rows
     * to the same place, so that messages arrive in the order they were written.
     */
    public int sendDue(int limit, java.util.function.BooleanSupplier stop) {
        int sent = 0;
        for (Messenger messenger : messengers.values()) {
            // places held back are left out of the next read, so a backlog for one busy group
            // never keeps other chats waiting behind it
            Set<String> heldBack = new HashSet<>();
            for (int page = 0; page < MAX_PAGES; page++) {
                List<Outbox.Due> due;
                try {
                    Set<String> skip = Set.copyOf(heldBack);
                    due = storage.inTransaction(tx -> tx.outbox().due(messenger.platform(), clock.instant(), limit, skip));
                } catch (RuntimeException e) {
                    log.error("Could not read the outbox for {}; will try again", messenger.platform(), e);
                    break;
                }
                boolean held = false;
                for (Outbox.Due row : due) {
                    if (stop.getAsBoolean()) return sent;
                    Destination to = row.message().to();
                    if (heldBack.contains(to.ref()) || !messenger.delayBefore(to).isZero()) {
                        heldBack.add(to.ref());
                        held = true;
                        continue;
                    }
                    SendResult result = send(messenger, row);
                    if (result instanceof SendResult.Sent) {
                        sent++;
                    } else if (!(result instanceof SendResult.Permanent)) {
                        // the row is still pending: the rest of this place waits behind it
                        heldBack.add(to.ref());
                        held = true;
                    }
                }
                if (due.size() < limit || !held) break;
            }
        }
        return sent;
    }

    /** What became of the row; a Transient if its result could not be recorded (it stays pending). */
    private SendResult send(Messenger messenger, Outbox.Due row) {
        long id = row.message().id();
        SendResult result;
        try {
            result = messenger.send(row.message());
        } catch (RuntimeException e) {
            log.warn("Sending outbox row {} on {} threw; will retry", id, messenger.platform(), e);
            result = new SendResult.Transient(e.getClass().getSimpleName());
        }
        SendResult outcome = result;
        Instant now = clock.instant();
        try {
            record(row, outcome, messenger.platform(), now);
        } catch (RuntimeException e) {
            // the row stays pending and goes out again later: a message twice is better than none
            log.error("Could not record the result of outbox row {} on {}", id, messenger.platform(), e);
            return new SendResult.Transient("not recorded");
        }
        return outcome;
    }

    private void record(Outbox.Due row, SendResult outcome, String platform, Instant now) {
        long id = row.message().id();
        java.util.concurrent.atomic.AtomicBoolean erased = new java.util.concurrent.atomic.AtomicBoolean();
        storage.inTransaction(tx -> {
            Outbox outbox = tx.outbox();
            SendResult result = outcome;
            if (result instanceof SendResult.Partly p) {
                outbox.markPartsSent(id, row.message().partsSent() + p.partsSent());
                result = p.then();
            }
            Destination to = row.message().to();
            if (result instanceof SendResult.Sent) {
                if (outbox.markSent(id, now)) erased.set(true);
            } else if (result instanceof SendResult.RetryAfter r) {
                outbox.retryLater(id, now.plus(r.delay()), "rate limited");
            } else if (result instanceof SendResult.Moved m) {
                // the chat's posts and every pending row follow it; this row goes out again at once.
                // The chat may have moved already (the upgrade's service message came first).
                if (!tx.chats().move(platform, to.ref(), m.newRef())) {
                    log.info("A chat on {} has a new id; its record had moved already or cannot", platform);
                }
                outbox.retarget(platform, to.ref(), m.newRef());
            } else if (result instanceof SendResult.Gone g) {
                log.warn("Outbox row {} on {}: the bot may no longer write there ({}); stopping sends there", id, platform, g.reason());
                if (to.kind() == Destination.Kind.CHAT) tx.chats().setReachable(platform, to.ref(), false, now);
                if (to.kind() == Destination.Kind.MEMBER) tx.members().setReachable(platform, to.ref(), false, now);
                outbox.markFailed(id, g.reason(), now);
                outbox.failPendingTo(platform, to.kind(), to.ref(), g.reason(), now);
            } else if (result instanceof SendResult.Transient t) {
                if (row.attempts() + 1 >= MAX_ATTEMPTS) {
                    log.warn("Giving up on outbox row {} on {} after {} attempts: {}", id, platform, MAX_ATTEMPTS, t.reason());
                    outbox.markFailed(id, t.reason(), now);
                } else {
                    outbox.retryLater(id, now.plus(backoff(row.attempts())), t.reason());
                }
            } else if (result instanceof SendResult.Permanent p) {
                log.warn("Outbox row {} on {} can never be sent: {}", id, platform, p.reason());
                outbox.markFailed(id, p.reason(), now);
            }
            return null;
        });
        // a message sent to someone who asked to be forgotten leaves no copy in the log either
        if (erased.get()) storage.checkpoint();
    }

    /** 2 s, 4 s, 8 s, ... up to 5 minutes. */
    static Duration backoff(int previousAttempts) {
        int doublings = Math.min(previousAttempts, 20);
        Duration d = FIRST_BACKOFF.multipliedBy(1L << doublings);
        return d.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : d;
    }
}
