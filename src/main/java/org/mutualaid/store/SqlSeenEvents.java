package org.mutualaid.store;

import java.time.Instant;
import org.jdbi.v3.core.Handle;
import org.mutualaid.core.port.SeenEvents;

final class SqlSeenEvents implements SeenEvents {
    private final Handle h;

    SqlSeenEvents(Handle h) {
        this.h = h;
    }

    @Override
    public boolean markSeen(String platform, String eventId, Instant at) {
        return h.createUpdate("INSERT OR IGNORE INTO seen_event (platform, event_id, seen_at) VALUES (:p, :e, :at)")
                .bind("p", platform).bind("e", eventId).bind("at", at.toEpochMilli())
                .execute() == 1;
    }

    @Override
    public int forgetBefore(Instant before) {
        return h.createUpdate("DELETE FROM seen_event WHERE seen_at < :before").bind("before", before.toEpochMilli()).execute();
    }
}
