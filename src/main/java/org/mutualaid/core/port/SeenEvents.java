package org.mutualaid.core.port;

import java.time.Instant;

public interface SeenEvents {
    /** Records the event; false if it had been recorded before (a second delivery). */
    boolean markSeen(String platform, String eventId, Instant at);

    /** Forgets events recorded before this time; returns how many. */
    int forgetBefore(Instant before);
}
