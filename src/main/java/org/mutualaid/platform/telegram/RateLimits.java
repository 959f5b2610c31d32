package org.mutualaid.platform.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Telegram's published limits for bots: about one message a second into one chat, at most 20 a
 * minute into one group, at most 30 a second overall. Also remembers a 429's retry_after, so that
 * nothing else goes to that chat before it has passed. Time comes from the clock, so tests can move it.
 */
final class RateLimits {

    private static final Duration PER_CHAT_GAP = Duration.ofSeconds(1);
    private static final int GROUP_PER_MINUTE = 20;
    private static final int OVERALL_PER_SECOND = 30;
    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration SECOND = Duration.ofSeconds(1);
    /** Chats idle this long are forgotten, so the maps stay small. */
    private static final Duration FORGET_AFTER = Duration.ofMinutes(2);

    private final Clock clock;
    private final Map<String, Deque<Instant>> sentPerChat = new HashMap<>();
    private final Deque<Instant> sentOverall = new ArrayDeque<>();
    private final Map<String, Instant> pausedUntil = new HashMap<>();
    private Instant lastCleanup = Instant.EPOCH;

    RateLimits(Clock clock) {
        this.clock = clock;
    }

    /** How long to wait before the next message to this chat may go; zero if it may go now. */
    synchronized Duration delayBefore(String chatId) {
        Instant now = clock.instant();
        cleanup(now);
        Instant earliest = now;
        Instant paused = pausedUntil.get(chatId);
        if (paused != null && paused.isAfter(earliest)) earliest = paused;
        Deque<Instant> chat = sentPerChat.get(chatId);
        if (chat != null && !chat.isEmpty()) {
            earliest = max(earliest, chat.peekLast().plus(PER_CHAT_GAP));
            if (isGroup(chatId) && countSince(chat, now.minus(MINUTE)) >= GROUP_PER_MINUTE) {
                earliest = max(earliest, nthNewest(chat, GROUP_PER_MINUTE).plus(MINUTE));
            }
        }
        if (countSince(sentOverall, now.minus(SECOND)) >= OVERALL_PER_SECOND) {
            earliest = max(earliest, nthNewest(sentOverall, OVERALL_PER_SECOND).plus(SECOND));
        }
        return earliest.isAfter(now) ? Duration.between(now, earliest) : Duration.ZERO;
    }

    /** A message to this chat was accepted by Telegram just now. */
    synchronized void sent(String chatId) {
        Instant now = clock.instant();
        Deque<Instant> chat = sentPerChat.computeIfAbsent(chatId, k -> new ArrayDeque<>());
        chat.addLast(now);
        while (chat.size() > GROUP_PER_MINUTE) chat.removeFirst();
        sentOverall.addLast(now);
        while (sentOverall.size() > OVERALL_PER_SECOND) sentOverall.removeFirst();
    }

    /** Telegram answered 429 for this chat: send nothing there for wait. */
    synchronized void pause(String chatId, Duration wait) {
        pausedUntil.merge(chatId, clock.instant().plus(wait), (a, b) -> a.isAfter(b) ? a : b);
    }

    /** Telegram group and channel ids are negative; a private chat's id is the member's own, positive. */
    static boolean isGroup(String chatId) {
        return chatId.startsWith("-");
    }

    private static int countSince(Deque<Instant> times, Instant since) {
        int n = 0;
        for (var it = times.descendingIterator(); it.hasNext(); ) {
            if (it.next().isAfter(since)) n++;
            else break;
        }
        return n;
    }

    /** The n-th most recent time (n = 1 is the newest); the deque holds at least n. */
    private static Instant nthNewest(Deque<Instant> times, int n) {
        var it = times.descendingIterator();
        Instant t = null;
        for (int i = 0; i < n; i++) t = it.next();
        return t;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private void cleanup(Instant now) {
        if (Duration.between(lastCleanup, now).compareTo(FORGET_AFTER) < 0) return;
        lastCleanup = now;
        Instant horizon = now.minus(FORGET_AFTER);
        sentPerChat.values().removeIf(d -> d.isEmpty() || d.peekLast().isBefore(horizon));
        pausedUntil.values().removeIf(t -> t.isBefore(now));
    }
}
