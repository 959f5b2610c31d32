package org.mutualaid.store;

import java.time.Instant;
import org.jdbi.v3.core.Handle;
import org.mutualaid.core.port.Claims;

final class SqlClaims implements Claims {
    private final Handle h;

    SqlClaims(Handle h) {
        this.h = h;
    }

    @Override
    public void open(long postId, long claimerId, Instant at) {
        h.createUpdate("INSERT INTO claim (post_id, claimer_id, created_at) VALUES (:post, :claimer, :at)")
                .bind("post", postId).bind("claimer", claimerId).bind("at", at.toEpochMilli()).execute();
    }

    @Override
    public void end(long postId, String outcome, Instant at) {
        h.createUpdate("UPDATE claim SET ended_at = :at, outcome = :outcome WHERE post_id = :post AND ended_at IS NULL")
                .bind("post", postId).bind("outcome", outcome).bind("at", at.toEpochMilli()).execute();
    }
}
