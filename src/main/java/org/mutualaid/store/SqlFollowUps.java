package org.mutualaid.store;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.mutualaid.core.model.Post;
import org.mutualaid.core.model.PostKind;
import org.mutualaid.core.port.FollowUps;

final class SqlFollowUps implements FollowUps {

    private static final String ACTIVE_CLAIM = "JOIN claim cl ON cl.post_id = p.id AND cl.ended_at IS NULL\n";

    private final Handle h;

    SqlFollowUps(Handle h) {
        this.h = h;
    }

    @Override
    public List<Post> claimsToRemind(long chatId, Instant claimedBefore) {
        return posts(SqlPosts.SELECT + ACTIVE_CLAIM + """
                 WHERE p.chat_id = :chat AND p.status = 'claimed' AND cl.created_at < :t AND cl.reminded_at IS NULL
                ORDER BY cl.created_at""", chatId, claimedBefore, Integer.MAX_VALUE);
    }

    @Override
    public void markClaimReminded(long postId, Instant at) {
        h.createUpdate("UPDATE claim SET reminded_at = :at WHERE post_id = :post AND ended_at IS NULL")
                .bind("post", postId).bind("at", at.toEpochMilli()).execute();
    }

    @Override
    public List<Post> needsToBump(long chatId, Instant postedBefore) {
        return posts(SqlPosts.SELECT + """
                 WHERE p.chat_id = :chat AND p.kind = 'need' AND p.status = 'open' AND p.created_at < :t AND p.bumped_at IS NULL
                ORDER BY p.id""", chatId, postedBefore, Integer.MAX_VALUE);
    }

    @Override
    public void markBumped(long postId, Instant at) {
        h.createUpdate("UPDATE post SET bumped_at = :at WHERE id = :id").bind("id", postId).bind("at", at.toEpochMilli()).execute();
    }

    @Override
    public List<Post> expiring(long chatId, PostKind kind, Instant startedBefore, boolean onlyUnwarned) {
        return h.createQuery(SqlPosts.SELECT + """
                 WHERE p.chat_id = :chat AND p.kind = :kind AND p.status = 'open'
                   AND coalesce(p.renewed_at, p.created_at) < :t
                   AND (NOT :unwarned OR p.expiry_warned_at IS NULL)
                ORDER BY p.id""")
                .bind("chat", chatId).bind("kind", kind.word()).bind("t", startedBefore.toEpochMilli()).bind("unwarned", onlyUnwarned)
                .map((rs, c) -> SqlPosts.map(rs)).list();
    }

    @Override
    public List<Post> expiringWarned(long chatId, PostKind kind, Instant startedBefore, Instant warnedBefore) {
        return h.createQuery(SqlPosts.SELECT + """
                 WHERE p.chat_id = :chat AND p.kind = :kind AND p.status = 'open'
                   AND coalesce(p.renewed_at, p.created_at) < :t AND p.expiry_warned_at < :warned
                ORDER BY p.id""")
                .bind("chat", chatId).bind("kind", kind.word()).bind("t", startedBefore.toEpochMilli())
                .bind("warned", warnedBefore.toEpochMilli())
                .map((rs, c) -> SqlPosts.map(rs)).list();
    }

    @Override
    public void markExpiryWarned(long postId, Instant at) {
        h.createUpdate("UPDATE post SET expiry_warned_at = :at WHERE id = :id").bind("id", postId).bind("at", at.toEpochMilli()).execute();
    }

    @Override
    public void renew(long postId, Instant at) {
        h.createUpdate("UPDATE post SET renewed_at = :at, expiry_warned_at = NULL WHERE id = :id")
                .bind("id", postId).bind("at", at.toEpochMilli()).execute();
    }

    @Override
    public List<Post> postedBetween(long chatId, Instant from, Instant to) {
        return h.createQuery(SqlPosts.SELECT + " WHERE p.chat_id = :chat AND p.created_at >= :from AND p.created_at < :to ORDER BY p.id")
                .bind("chat", chatId).bind("from", from.toEpochMilli()).bind("to", to.toEpochMilli())
                .map((rs, c) -> SqlPosts.map(rs)).list();
    }

    @Override
    public List<Post> openNeeds(long chatId, int limit) {
        return posts(SqlPosts.SELECT + " WHERE p.chat_id = :chat AND p.kind = 'need' AND p.status = 'open' ORDER BY p.urgent DESC, p.id",
                chatId, limit);
    }

    @Override
    public int countOpenNeeds(long chatId) {
        return h.createQuery("SELECT count(*) FROM post WHERE chat_id = :chat AND kind = 'need' AND status = 'open'")
                .bind("chat", chatId).mapTo(Integer.class).one();
    }

    @Override
    public List<Integer> needsNeverSuggested(long chatId, int limit) {
        return h.createQuery("""
                SELECT p.number FROM post p
                WHERE p.chat_id = :chat AND p.kind = 'need' AND p.status = 'open'
                  AND NOT EXISTS (SELECT 1 FROM suggestion s WHERE s.need_id = p.id AND s.dismissed_at IS NULL)
                ORDER BY p.id LIMIT :limit""")
                .bind("chat", chatId).bind("limit", limit).mapTo(Integer.class).list();
    }

    @Override
    public Claims claims(long chatId, Instant staleBefore, int staleLimit, int underWayLimit) {
        String select = SqlPosts.selectWith("cl.created_at < :t AS stale, cl.created_at AS claimed_at") + ACTIVE_CLAIM
                + " WHERE p.chat_id = :chat AND p.status = 'claimed'";
        List<Post> stale = new ArrayList<>();
        List<Post> underWay = new ArrayList<>();
        h.createQuery("SELECT * FROM (" + select + " AND cl.created_at < :t ORDER BY cl.created_at LIMIT :stale)"
                        + " UNION ALL SELECT * FROM (" + select + " AND cl.created_at >= :t ORDER BY cl.created_at LIMIT :underWay)"
                        + " ORDER BY stale DESC, claimed_at")
                .bind("chat", chatId).bind("t", staleBefore.toEpochMilli()).bind("stale", staleLimit).bind("underWay", underWayLimit)
                .map((rs, c) -> {
                    (rs.getBoolean("stale") ? stale : underWay).add(SqlPosts.map(rs));
                    return null;
                }).list();
        return new Claims(stale, underWay);
    }

    @Override
    public List<Pair> suggestionsNotActedOn(long chatId, Instant madeBefore, int limit) {
        List<long[]> ids = h.createQuery("""
                SELECT s.need_id, s.offer_id FROM suggestion s
                JOIN post n ON n.id = s.need_id JOIN post o ON o.id = s.offer_id
                WHERE n.chat_id = :chat AND n.status = 'open' AND o.status = 'open' AND s.dismissed_at IS NULL
                  AND s.created_at < :t
                ORDER BY s.created_at LIMIT :limit""")
                .bind("chat", chatId).bind("t", madeBefore.toEpochMilli()).bind("limit", limit)
                .map((rs, c) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        if (ids.isEmpty()) return List.of();
        List<Long> all = new ArrayList<>();
        for (long[] pair : ids) {
            all.add(pair[0]);
            all.add(pair[1]);
        }
        Map<Long, Post> posts = h.createQuery(SqlPosts.SELECT + " WHERE p.id IN (<ids>)").bindList("ids", all)
                .map((rs, c) -> SqlPosts.map(rs)).stream().collect(Collectors.toMap(Post::id, p -> p, (a, b) -> a));
        List<Pair> pairs = new ArrayList<>();
        for (long[] pair : ids) pairs.add(new Pair(posts.get(pair[0]), posts.get(pair[1])));
        return pairs;
    }

    @Override
    public List<Done> doneSince(long chatId, Instant from) {
        return h.createQuery("""
                SELECT number, closed_at FROM post WHERE chat_id = :chat AND status = 'done' AND closed_at >= :f
                ORDER BY closed_at DESC""")
                .bind("chat", chatId).bind("f", from.toEpochMilli())
                .map((rs, c) -> new Done(rs.getInt(1), Instant.ofEpochMilli(rs.getLong(2)))).list();
    }

    @Override
    public Stats stats(long chatId, Instant from, Instant to) {
        long f = from.toEpochMilli();
        long t = to.toEpochMilli();
        int posted = count("SELECT count(*) FROM post WHERE chat_id = :chat AND created_at >= :f AND created_at <= :t", chatId, f, t);
        int matched = count("""
                SELECT count(*) FROM post p WHERE p.chat_id = :chat AND p.created_at >= :f AND p.created_at <= :t
                  AND EXISTS (SELECT 1 FROM suggestion s WHERE s.need_id = p.id OR s.offer_id = p.id)""", chatId, f, t);
        int claimed = count("""
                SELECT count(DISTINCT cl.post_id) FROM claim cl JOIN post p ON p.id = cl.post_id
                WHERE p.chat_id = :chat AND cl.created_at >= :f AND cl.created_at <= :t""", chatId, f, t);
        int fulfilled = count("SELECT count(*) FROM post WHERE chat_id = :chat AND status = 'done' AND closed_at >= :f AND closed_at <= :t",
                chatId, f, t);
        int expired = count("SELECT count(*) FROM post WHERE chat_id = :chat AND status = 'expired' AND closed_at >= :f AND closed_at <= :t",
                chatId, f, t);
        List<Long> durations = h.createQuery("""
                SELECT closed_at - created_at FROM post
                WHERE chat_id = :chat AND status = 'done' AND closed_at >= :f AND closed_at <= :t ORDER BY 1""")
                .bind("chat", chatId).bind("f", f).bind("t", t).mapTo(Long.class).list();
        Duration median = durations.isEmpty() ? null : Duration.ofMillis(durations.size() % 2 == 1
                ? durations.get(durations.size() / 2)
                : (durations.get(durations.size() / 2 - 1) + durations.get(durations.size() / 2)) / 2);
        return new Stats(posted, matched, claimed, fulfilled, expired, median);
    }

    private int count(String sql, long chatId, long from, long to) {
        return h.createQuery(sql).bind("chat", chatId).bind("f", from).bind("t", to).mapTo(Integer.class).one();
    }

    private List<Post> posts(String sql, long chatId, int limit) {
        return h.createQuery(sql + " LIMIT :limit").bind("chat", chatId).bind("limit", limit).map((rs, c) -> SqlPosts.map(rs)).list();
    }

    private List<Post> posts(String sql, long chatId, Instant t, int limit) {
        return h.createQuery(sql + " LIMIT :limit").bind("chat", chatId).bind("t", t.toEpochMilli()).bind("limit", limit)
                .map((rs, c) -> SqlPosts.map(rs)).list();
    }
}
