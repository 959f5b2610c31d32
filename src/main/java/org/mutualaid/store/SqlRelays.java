package org.mutualaid.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.mutualaid.core.port.Relays;

final class SqlRelays implements Relays {
    private static final String SELECT = "SELECT id, post_id, author_id, helper_id, shared_at FROM relay";
    private final Handle h;

    SqlRelays(Handle h) {
        this.h = h;
    }

    @Override
    public Relay open(long postId, long authorId, long helperId, Instant at) {
        long id = h.createUpdate("INSERT INTO relay (post_id, author_id, helper_id, opened_at) VALUES (:p, :a, :h, :at)")
                .bind("p", postId).bind("a", authorId).bind("h", helperId).bind("at", at.toEpochMilli())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        return new Relay(id, postId, authorId, helperId, null);
    }

    @Override
    public Optional<Relay> activeFor(long postId) {
        return h.createQuery(SELECT + " WHERE post_id = :p AND ended_at IS NULL").bind("p", postId).map((rs, c) -> map(rs)).findOne();
    }

    @Override
    public List<Relay> activeOf(long memberId) {
        return h.createQuery(SELECT + " WHERE (author_id = :m OR helper_id = :m) AND ended_at IS NULL ORDER BY id")
                .bind("m", memberId).map((rs, c) -> map(rs)).list();
    }

    @Override
    public void markShared(long relayId, Instant at) {
        h.createUpdate("UPDATE relay SET shared_at = :at WHERE id = :id").bind("id", relayId).bind("at", at.toEpochMilli()).execute();
    }

    @Override
    public void end(long relayId, Instant at) {
        h.createUpdate("UPDATE relay SET ended_at = :at WHERE id = :id AND ended_at IS NULL")
                .bind("id", relayId).bind("at", at.toEpochMilli()).execute();
    }

    @Override
    public int forget(long memberId) {
        return h.createUpdate("DELETE FROM relay WHERE author_id = :m OR helper_id = :m").bind("m", memberId).execute();
    }

    private static Relay map(java.sql.ResultSet rs) throws java.sql.SQLException {
        long shared = rs.getLong("shared_at");
        Instant sharedAt = rs.wasNull() ? null : Instant.ofEpochMilli(shared);
        return new Relay(rs.getLong("id"), rs.getLong("post_id"), rs.getLong("author_id"), rs.getLong("helper_id"), sharedAt);
    }
}
