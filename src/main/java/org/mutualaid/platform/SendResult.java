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

    /** Can never succeed as it is (a message the platform refuses). */
    record Permanent(String reason) implements SendResult {}

    /** The bot may no longer write there (removed from the group, blocked by the member): stop sending there. */
    record Gone(String reason) implements SendResult {}

    /** The chat has a new id (a Telegram group upgraded to a supergroup): send there instead. */
    record Moved(String newRef) implements SendResult {}

    /** A message sent in parts: the first partsSent went out, then the rest ended as then. */
    record Partly(int partsSent, SendResult then) implements SendResult {
        public Partly {
            if (then instanceof Sent || then instanceof Partly) throw new IllegalArgumentException("then must be a failure");
        }
    }
}
