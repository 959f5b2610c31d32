package org.mutualaid.platform;

import java.time.Duration;

/** What a platform said to one send. Only the dispatcher acts on it. */
public sealed interface SendResult {
    /** Accepted by the platform; the row is done. */
    record Sent() implements SendResult {}

    /** The platform asked us to wait (Telegram 429 retry_after, Matrix M_LIMIT_EXCEEDED). */
    record RetryAfter(Duration delay) implements SendResult {}

    /** A network error or 5xx: the same send may succeed later. */
    record Transient(String reason) implements SendResult {}

    /** Can never succeed as it is (bot removed from the chat, message refused). */
    record Permanent(String reason) implements SendResult {}
}
