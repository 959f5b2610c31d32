package org.mutualaid.store;

import java.time.Instant;
import org.jdbi.v3.core.Handle;
import org.mutualaid.core.port.Suggestions;

final class SqlSuggestions implements Suggestions {
    private final Handle h;

    SqlSuggestions(Handle h) {
        this.h = h;
    }

    @Override
    public boolean record(long needId, long offerId, long forPostId, int rank, double score, String reason, Instant at) {
        return h.createUpdate("""
                INSERT OR IGNORE INTO suggestion (need_id, offer_id, for_post_id, rank, score, reason, created_at)
                VALUES (:need, :offer, :for, :rank, :score, :reason, :at)""")
                .bind("need", needId).bind("offer", offerId).bind("for", forPostId).bind("rank", rank)
                .bind("score", score).bind("reason", reason).bind("at", at.toEpochMilli()).execute() == 1;
    }

    @Override
    public boolean dismiss(long needId, long offerId, Instant at) {
        return h.createUpdate("""
                UPDATE suggestion SET dismissed_at = :at WHERE need_id = :need AND offer_id = :offer AND dismissed_at IS NULL""")
                .bind("need", needId).bind("offer", offerId).bind("at", at.toEpochMilli()).execute() == 1;
    }

    @Override
    public java.util.List<Integer> suggestedFor(long postId) {
        return h.createQuery("""
                SELECT other.number FROM suggestion s
                JOIN post other ON other.id = CASE WHEN s.need_id = :post THEN s.offer_id ELSE s.need_id END
                WHERE s.for_post_id = :post AND s.dismissed_at IS NULL ORDER BY s.rank""")
                .bind("post", postId).mapTo(Integer.class).list();
    }

    @Override
    public java.util.Set<Long> partnersOf(long postId) {
        return new java.util.HashSet<>(h.createQuery("""
                SELECT offer_id FROM suggestion WHERE need_id = :post
                UNION ALL SELECT need_id FROM suggestion WHERE offer_id = :post""")
                .bind("post", postId).mapTo(Long.class).list());
    }
}
