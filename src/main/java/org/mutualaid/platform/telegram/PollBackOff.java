package org.mutualaid.platform.telegram;

import org.telegram.telegrambots.longpolling.interfaces.BackOff;

/**
 * Pauses between failed polls: 0.5 s, doubling, at most 30 s, for as long as the outage lasts.
 * The library's default waits 15 minutes between polls once failures have gone on for 15 minutes,
 * which would leave a group unanswered that long after the network comes back.
 */
final class PollBackOff implements BackOff {

    private static final long FIRST_MS = 500;
    private static final long MAX_MS = 30_000;

    private long next = FIRST_MS;

    @Override
    public synchronized void reset() {
        next = FIRST_MS;
    }

    @Override
    public synchronized long nextBackOffMillis() {
        long wait = next;
        next = Math.min(MAX_MS, next * 2);
        return wait;
    }
}
