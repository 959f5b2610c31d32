package org.mutualaid.store;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.mutualaid.core.model.PostKind;
import org.mutualaid.core.port.PendingPosts;

final class SqlPendingPosts implements PendingPosts {
    private final Handle h;

    SqlPendingPosts(Handle h) {
        this.h = h;
    }

    @Override
    public void put(long memberId, PostKind kind, String text, List<Long> chatIds, Instant at) {
        h.createUpdate("""
                INSERT INTO pending_post (member_id, kind, text, chat_ids, created_at) VALUES (:m, :kind, :text, :chats, :at)
                ON CONFLICT (member_id) DO UPDATE SET kind = excluded.kind, text = excluded.text, chat_ids = excluded.chat_ids,
                    created_at = excluded.created_at""")
                .bind("m", memberId).bind("kind", kind.word()).bind("text", text)
                .bind("chats", chatIds.stream().map(String::valueOf).collect(Collectors.joining(" "))).bind("at", at.toEpochMilli())
                .execute();
    }

    @Override
    public Optional<Pending> of(long memberId, Instant notBefore) {
        return h.createQuery("SELECT kind, text, chat_ids, created_at FROM pending_post WHERE member_id = :m AND created_at >= :t")
                .bind("m", memberId).bind("t", notBefore.toEpochMilli())
                .map((rs, c) -> new Pending(memberId, PostKind.fromWord(rs.getString("kind")), rs.getString("text"),
                        Arrays.stream(rs.getString("chat_ids").split(" ")).filter(s -> !s.isEmpty()).map(Long::valueOf).toList(),
                        Instant.ofEpochMilli(rs.getLong("created_at"))))
                .findOne();
    }

    @Override
    public void remove(long memberId) {
        h.createUpdate("DELETE FROM pending_post WHERE member_id = :m").bind("m", memberId).execute();
    }

    @Override
    public int removeBefore(Instant before) {
        return h.createUpdate("DELETE FROM pending_post WHERE created_at < :t").bind("t", before.toEpochMilli()).execute();
    }
}
