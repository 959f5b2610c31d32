package org.mutualaid.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.mutualaid.core.port.Outbox;
import org.mutualaid.core.port.Storage;
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
        int sent = 0;
        for (Messenger messenger : messengers.values()) {
            List<Outbox.Due> due;
            try {
                due = storage.inTransaction(tx -> tx.outbox().due(messenger.platform(), clock.instant(), limit));
            } catch (RuntimeException e) {
                log.error("Could not read the outbox for {}; will try again", messenger.platform(), e);
                continue;
            }
            for (Outbox.Due row : due) {
                if (send(messenger, row)) sent++;
            }
        }
        return sent;
    }

    private boolean send(Messenger messenger, Outbox.Due row) {
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
            return false;
        }
        return outcome instanceof SendResult.Sent;
    }

    private void record(Outbox.Due row, SendResult outcome, String platform, Instant now) {
        long id = row.message().id();
        storage.inTransaction(tx -> {
            Outbox outbox = tx.outbox();
            if (outcome instanceof SendResult.Sent) {
                outbox.markSent(id, now);
            } else if (outcome instanceof SendResult.RetryAfter r) {
                outbox.retryLater(id, now.plus(r.delay()), "rate limited");
            } else if (outcome instanceof SendResult.Transient t) {
                if (row.attempts() + 1 >= MAX_ATTEMPTS) {
                    log.warn("Giving up on outbox row {} on {} after {} attempts: {}", id, platform, MAX_ATTEMPTS, t.reason());
                    outbox.markFailed(id, t.reason(), now);
                } else {
                    outbox.retryLater(id, now.plus(backoff(row.attempts())), t.reason());
                }
            } else if (outcome instanceof SendResult.Permanent p) {
                log.warn("Outbox row {} on {} can never be sent: {}", id, platform, p.reason());
                outbox.markFailed(id, p.reason(), now);
            }
            return null;
        });
    }

    /** 2 s, 4 s, 8 s, ... up to 5 minutes. */
    static Duration backoff(int previousAttempts) {
        int doublings = Math.min(previousAttempts, 20);
        Duration d = FIRST_BACKOFF.multipliedBy(1L << doublings);
        return d.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : d;
    }
}
