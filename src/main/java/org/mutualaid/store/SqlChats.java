package org.mutualaid.store;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.mutualaid.core.model.Chat;
import org.mutualaid.core.port.Chats;

final class SqlChats implements Chats {
    private static final String COLUMNS = "id, platform, platform_ref, title, is_private";
    private final Handle h;

    SqlChats(Handle h) {
        this.h = h;
    }

    @Override
    public Chat resolve(String platform, String ref, String title, boolean privateChat, Instant now) {
        h.createUpdate("""
                INSERT INTO chat (platform, platform_ref, title, is_private, created_at) VALUES (:p, :r, :t, :priv, :now)
                ON CONFLICT (platform, platform_ref) DO UPDATE SET title = coalesce(excluded.title, chat.title),
                    unreachable_since = NULL
                    WHERE (excluded.title IS NOT NULL AND excluded.title IS NOT chat.title) OR chat.unreachable_since IS NOT NULL""")
                .bind("p", platform).bind("r", ref).bind("t", title).bind("priv", privateChat).bind("now", now.toEpochMilli())
                .execute();
        return find(platform, ref).orElseThrow();
    }

    @Override
    public Optional<Chat> byId(long id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM chat WHERE id = :id").bind("id", id).map((rs, c) -> map(rs)).findOne();
    }

    @Override
    public boolean move(String platform, String oldRef, String newRef) {
        Optional<Chat> old = find(platform, oldRef);
        if (old.isEmpty()) return false;
        Optional<Chat> target = find(platform, newRef);
        if (target.isPresent()) {
            long id = target.get().id();
            boolean empty = h.createQuery("SELECT NOT EXISTS (SELECT 1 FROM post WHERE chat_id = :id)").bind("id", id)
                    .mapTo(Boolean.class).one();
            if (!empty) return false;
            h.createUpdate("DELETE FROM chat WHERE id = :id").bind("id", id).execute();
        }
        h.createUpdate("UPDATE chat SET platform_ref = :new, unreachable_since = NULL WHERE id = :id")
                .bind("new", newRef).bind("id", old.get().id()).execute();
        return true;
    }

    @Override
    public void setReachable(String platform, String ref, boolean reachable, Instant now) {
        h.createUpdate("UPDATE chat SET unreachable_since = :since WHERE platform = :p AND platform_ref = :r")
                .bind("p", platform).bind("r", ref).bind("since", reachable ? null : now.toEpochMilli()).execute();
    }

    private Optional<Chat> find(String platform, String ref) {
        return h.createQuery("SELECT " + COLUMNS + " FROM chat WHERE platform = :p AND platform_ref = :r")
                .bind("p", platform).bind("r", ref).map((rs, c) -> map(rs)).findOne();
    }

    @Override
    public int takeNextPostNumber(long chatId) {
        return h.createQuery("UPDATE chat SET next_post_no = next_post_no + 1 WHERE id = :id RETURNING next_post_no - 1")
                .bind("id", chatId).mapTo(Integer.class).one();
    }

    private static Chat map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Chat(rs.getLong("id"), rs.getString("platform"), rs.getString("platform_ref"), rs.getString("title"),
                rs.getInt("is_private") != 0);
    }
}
