package org.mutualaid.store;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.mutualaid.core.model.Chat;
import org.mutualaid.core.model.ChatSettings;
import org.mutualaid.core.model.FollowUpRules;
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
            for (String sql : List.of("DELETE FROM coordinator WHERE chat_id = :id", "DELETE FROM chat_synonym WHERE chat_id = :id",
                    "DELETE FROM chat_member WHERE chat_id = :id", "DELETE FROM chat WHERE id = :id")) {
                h.createUpdate(sql).bind("id", id).execute();
            }
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

    @Override
    public Instant createdAt(long chatId) {
        return Instant.ofEpochMilli(h.createQuery("SELECT created_at FROM chat WHERE id = :id").bind("id", chatId).mapTo(Long.class).one());
    }

    @Override
    public ChatSettings settings(long chatId, FollowUpRules d) {
        return h.createQuery("""
                SELECT time_zone, digest_at, digest_to, reminders, quiet, need_expiry_days, offer_expiry_days, last_digest_day, last_bump_day,
                       last_digest_at
                FROM chat WHERE id = :id""")
                .bind("id", chatId)
                .map((rs, c) -> {
                    String digest = rs.getString("digest_at");
                    String quiet = rs.getString("quiet");
                    LocalTime[] q = quiet == null ? new LocalTime[] {d.quietFrom(), d.quietUntil()}
                            : new LocalTime[] {LocalTime.parse(quiet.substring(0, 5)), LocalTime.parse(quiet.substring(6))};
                    int reminders = rs.getInt("reminders");
                    boolean remindersSet = !rs.wasNull();
                    int needDays = rs.getInt("need_expiry_days");
                    boolean needSet = !rs.wasNull();
                    int offerDays = rs.getInt("offer_expiry_days");
                    boolean offerSet = !rs.wasNull();
                    return new ChatSettings(
                            rs.getString("time_zone") == null ? d.zone() : ZoneId.of(rs.getString("time_zone")),
                            digest == null ? d.digestAt() : digest.equals("off") ? null : LocalTime.parse(digest),
                            rs.getString("digest_to") == null ? ChatSettings.DigestTo.PRIVATE
                                    : ChatSettings.DigestTo.valueOf(rs.getString("digest_to").toUpperCase(java.util.Locale.ROOT)),
                            !remindersSet || reminders != 0, q[0], q[1],
                            needSet ? Duration.ofDays(needDays) : d.needExpiry(),
                            offerSet ? Duration.ofDays(offerDays) : d.offerExpiry(),
                            rs.getString("last_digest_day") == null ? null : LocalDate.parse(rs.getString("last_digest_day")),
                            rs.getString("last_bump_day") == null ? null : LocalDate.parse(rs.getString("last_bump_day")),
                            rs.getObject("last_digest_at") == null ? null : Instant.ofEpochMilli(rs.getLong("last_digest_at")));
                })
                .one();
    }

    @Override
    public void saveSettings(long chatId, ChatSettings s, FollowUpRules d) {
        String digest = s.digestAt() == null ? "off" : s.digestAt().toString();
        String quiet = s.quietFrom() + "-" + s.quietUntil();
        h.createUpdate("""
                UPDATE chat SET time_zone = :zone, digest_at = :digest, digest_to = :to, reminders = :reminders, quiet = :quiet,
                                need_expiry_days = :need, offer_expiry_days = :offer
                WHERE id = :id""")
                .bind("id", chatId)
                .bind("zone", s.zone().equals(d.zone()) ? null : s.zone().getId())
                .bind("digest", Objects.equals(s.digestAt(), d.digestAt()) ? null : digest)
                .bind("to", s.digestTo() == ChatSettings.DigestTo.PRIVATE ? null : s.digestTo().word())
                .bind("reminders", s.reminders() ? null : 0)
                .bind("quiet", s.quietFrom().equals(d.quietFrom()) && s.quietUntil().equals(d.quietUntil()) ? null : quiet)
                .bind("need", s.needExpiry().equals(d.needExpiry()) ? null : s.needExpiry().toDays())
                .bind("offer", s.offerExpiry().equals(d.offerExpiry()) ? null : s.offerExpiry().toDays())
                .execute();
    }

    @Override
    public void markDigest(long chatId, LocalDate day, Instant at) {
        h.createUpdate("UPDATE chat SET last_digest_day = :day, last_digest_at = :at WHERE id = :id")
                .bind("id", chatId).bind("day", day.toString()).bind("at", at.toEpochMilli()).execute();
    }

    @Override
    public void markBump(long chatId, LocalDate day) {
        h.createUpdate("UPDATE chat SET last_bump_day = :day WHERE id = :id").bind("id", chatId).bind("day", day.toString()).execute();
    }

    @Override
    public void wipe(long chatId) {
        for (String sql : List.of(
                "DELETE FROM suggestion WHERE need_id IN (SELECT id FROM post WHERE chat_id = :id) OR offer_id IN (SELECT id FROM post WHERE chat_id = :id)",
                "DELETE FROM claim WHERE post_id IN (SELECT id FROM post WHERE chat_id = :id)",
                "DELETE FROM relay WHERE post_id IN (SELECT id FROM post WHERE chat_id = :id)",
                "DELETE FROM post_profile WHERE post_id IN (SELECT id FROM post WHERE chat_id = :id)",
                "DELETE FROM chat_member WHERE chat_id = :id",
                "DELETE FROM post WHERE chat_id = :id",
                "DELETE FROM coordinator WHERE chat_id = :id",
                "DELETE FROM chat_synonym WHERE chat_id = :id",
                "DELETE FROM chat WHERE id = :id")) {
            h.createUpdate(sql).bind("id", chatId).execute();
        }
        h.execute("INSERT INTO post_search (post_search) VALUES ('optimize')");
    }

    @Override
    public void forgetPrivate(long chatId) {
        h.createUpdate("DELETE FROM chat WHERE id = :id AND is_private = 1").bind("id", chatId).execute();
    }

    @Override
    public void noteMember(long chatId, long memberId, Instant now) {
        h.createUpdate("""
                INSERT INTO chat_member (chat_id, member_id, last_seen_at)
                SELECT :chat, :member, :now FROM chat WHERE id = :chat AND is_private = 0
                ON CONFLICT (chat_id, member_id) DO UPDATE SET last_seen_at = excluded.last_seen_at """)
                .bind("chat", chatId).bind("member", memberId).bind("now", now.toEpochMilli()).execute();
    }

    @Override
    public void forgetMember(long chatId, long memberId) {
        h.createUpdate("DELETE FROM chat_member WHERE chat_id = :chat AND member_id = :member")
                .bind("chat", chatId).bind("member", memberId).execute();
    }

    @Override
    public boolean isMember(long chatId, long memberId) {
        return h.createQuery("SELECT EXISTS (SELECT 1 FROM chat_member WHERE chat_id = :chat AND member_id = :member)")
                .bind("chat", chatId).bind("member", memberId).mapTo(Boolean.class).one();
    }

    @Override
    public List<Chat> groupsOf(long memberId) {
        return h.createQuery("""
                SELECT c.id, c.platform, c.platform_ref, c.title, c.is_private FROM chat_member m JOIN chat c ON c.id = m.chat_id
                WHERE m.member_id = :member AND c.is_private = 0 AND c.unreachable_since IS NULL
                ORDER BY lower(coalesce(c.title, '')), c.id """)
                .bind("member", memberId).map((rs, c) -> map(rs)).list();
    }

    @Override
    public List<Chat> reachableGroups() {
        return h.createQuery("SELECT " + COLUMNS + " FROM chat WHERE is_private = 0 AND unreachable_since IS NULL ORDER BY id")
                .map((rs, c) -> map(rs)).list();
    }

    @Override
    public Optional<Chat> find(String platform, String ref) {
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
