package org.mutualaid.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.mutualaid.core.command.TextRules;
import org.mutualaid.core.model.Member;
import org.mutualaid.core.model.NewPost;
import org.mutualaid.core.model.Post;
import org.mutualaid.core.model.PostKind;
import org.mutualaid.core.model.PostStatus;
import org.mutualaid.core.port.Posts;

final class SqlPosts implements Posts {

    static final String SELECT = """
            SELECT p.id, p.chat_id, p.number, p.kind, p.status, p.text, p.tags, p.categories, p.created_at, p.anonymous, p.closed_at,
                   a.id AS a_id, a.platform AS a_platform, a.platform_ref AS a_ref, a.display_name AS a_name,
                   c.id AS c_id, c.platform AS c_platform, c.platform_ref AS c_ref, c.display_name AS c_name
            FROM post p
            JOIN member a ON a.id = p.author_id
            LEFT JOIN member c ON c.id = p.claimer_id
            """;
    /** SELECT with more columns before the post's own. */
    static String selectWith(String columns) {
        return "SELECT " + columns + ", " + SELECT.stripLeading().substring("SELECT ".length());
    }

    private static final String LIVE = "p.status IN ('open', 'claimed')";
    /** how many of an author's newest live posts in a chat are looked at for the same post sent twice */
    private static final int RECENT_TWIN_WINDOW = 30;
    private static final String FILTER = """
             AND (:kind IS NULL OR p.kind = :kind)
             AND (:tag IS NULL OR instr(' ' || p.tags || ' ' || p.categories || ' ', ' ' || :tag || ' ') > 0)""";

    private final Handle h;
    private final TermStatistics stats;

    SqlPosts(Handle h, TermStatistics stats) {
        this.h = h;
        this.stats = stats;
    }

    @Override
    public Post insert(NewPost p, int number) {
        // a post's text is never edited while it is live, so its urgency is read once, here
        boolean urgent = Post.urgent(p.text(), p.tags());
        long id = h.createUpdate("""
                INSERT INTO post (chat_id, number, kind, author_id, status, text, tags, categories, created_at, updated_at, anonymous, urgent)
                VALUES (:chat, :number, :kind, :author, 'open', :text, :tags, :cats, :at, :at, :anonymous, :urgent)""")
                .bind("anonymous", p.anonymous()).bind("urgent", urgent)
                .bind("chat", p.chatId()).bind("number", number).bind("kind", p.kind().word())
                .bind("author", p.author().id()).bind("text", p.text())
                .bind("tags", String.join(" ", p.tags())).bind("cats", String.join(" ", p.categories()))
                .bind("at", p.createdAt().toEpochMilli())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        Post post = new Post(id, p.chatId(), number, p.kind(), PostStatus.OPEN, p.author(), null, p.text(), p.tags(),
                p.categories(), p.createdAt(), p.anonymous());
        SearchIndex.add(h, stats, post);
        return post;
    }

    @Override
    public int eraseClosedText(Instant closedBefore) {
        int erased = h.createUpdate("""
                UPDATE post SET text = '', tags = ''
                WHERE status IN ('done', 'cancelled', 'expired') AND closed_at < :before AND text <> ''""")
                .bind("before", closedBefore.toEpochMilli()).execute();
        if (erased > 0) {
            // a suggestion's reason may quote words of the posts
            h.execute("""
                    UPDATE suggestion SET reason = NULL WHERE reason IS NOT NULL
                      AND (need_id IN (SELECT id FROM post WHERE text = '') OR offer_id IN (SELECT id FROM post WHERE text = ''))""");
            // the search index dropped closed posts when they closed; merging its segments drops their words for good
            h.execute("INSERT INTO post_search (post_search) VALUES ('optimize')");
        }
        return erased;
    }

    @Override
    public void recordCloser(long postId, long memberId) {
        h.createUpdate("UPDATE post SET closed_by = :member WHERE id = :id").bind("member", memberId).bind("id", postId).execute();
    }

    @Override
    public Optional<Post> lastClosedBy(long authorId, Instant since) {
        return h.createQuery(SELECT + " WHERE p.author_id = :author AND p.closed_by = :author AND p.status IN ('done', 'cancelled') AND p.closed_at >= :since"
                        + " ORDER BY p.closed_at DESC, p.id DESC LIMIT 1")
                .bind("author", authorId).bind("since", since.toEpochMilli()).map((rs, c) -> map(rs)).findOne();
    }

    @Override
    public Optional<Instant> closedAt(long postId) {
        return h.createQuery("SELECT closed_at FROM post WHERE id = :id AND closed_at IS NOT NULL").bind("id", postId)
                .mapTo(Long.class).findOne().map(Instant::ofEpochMilli);
    }

    @Override
    public void replaceClosedText(long postId, String text) {
        h.createUpdate("UPDATE post SET text = :text, tags = '' WHERE id = :id AND status NOT IN ('open', 'claimed')")
                .bind("id", postId).bind("text", text).execute();
        h.createUpdate("DELETE FROM post_profile WHERE post_id = :id").bind("id", postId).execute();
    }

    @Override
    public int eraseTextOf(long authorId) {
        int erased = h.createUpdate("UPDATE post SET text = '', tags = '' WHERE author_id = :author AND text <> ''")
                .bind("author", authorId).execute();
        h.createUpdate("DELETE FROM post_profile WHERE post_id IN (SELECT id FROM post WHERE author_id = :author)")
                .bind("author", authorId).execute();
        h.createUpdate("""
                UPDATE suggestion SET reason = NULL
                WHERE need_id IN (SELECT id FROM post WHERE author_id = :author) OR offer_id IN (SELECT id FROM post WHERE author_id = :author)""")
                .bind("author", authorId).execute();
        h.execute("INSERT INTO post_search (post_search) VALUES ('optimize')");
        return erased;
    }

    @Override
    public void keepProfile(long postId, String profile) {
        h.createUpdate("""
                INSERT OR REPLACE INTO post_profile (post_id, profile)
                SELECT id, :profile FROM post WHERE id = :id AND status IN ('open', 'claimed') AND text <> ''""")
                .bind("id", postId).bind("profile", profile).execute();
    }

    @Override
    public List<Post> openWithoutProfile(String rulesVersion, long belowId, int limit) {
        // newest first, and below the last batch's ids: each batch walks on from where the last stopped
        return h.createQuery(SELECT + """
                 LEFT JOIN post_profile pp ON pp.post_id = p.id
                 WHERE p.id < :below AND p.status = 'open' AND p.text <> ''
                   AND (pp.profile IS NULL OR substr(pp.profile, 1, length(:version)) <> :version)
                 ORDER BY p.id DESC LIMIT :limit""")
                .bind("below", belowId).bind("version", rulesVersion).bind("limit", limit).map((rs, c) -> map(rs)).list();
    }

    @Override
    public List<Post> claimedBy(long memberId) {
        return h.createQuery(SELECT + " WHERE p.claimer_id = :member AND p.status = 'claimed' ORDER BY p.id")
                .bind("member", memberId).map((rs, c) -> map(rs)).list();
    }

    @Override
    public Optional<Post> byNumber(long chatId, int number) {
        return h.createQuery(SELECT + " WHERE p.chat_id = :chat AND p.number = :number")
                .bind("chat", chatId).bind("number", number).map((rs, c) -> map(rs)).findOne();
    }

    @Override
    public Optional<Post> byId(long id) {
        return h.createQuery(SELECT + " WHERE p.id = :id").bind("id", id).map((rs, c) -> map(rs)).findOne();
    }

    @Override
    public List<Post> byIds(List<Long> ids) {
        if (ids.isEmpty()) return List.of();
        // one statement for any number of ids, prepared once, rather than one per count of ids
        return h.createQuery(SELECT + " WHERE p.id IN (SELECT value FROM json_each(:ids))").bind("ids", jsonArray(ids))
                .map((rs, c) -> map(rs)).list();
    }

    static String jsonArray(List<Long> ids) {
        StringBuilder b = new StringBuilder(ids.size() * 8).append('[');
        for (int i = 0; i < ids.size(); i++) b.append(i == 0 ? "" : ",").append(ids.get(i).longValue());
        return b.append(']').toString();
    }

    @Override
    public void setStatus(long postId, PostStatus status, Member claimer, Instant now) {
        Post before = byId(postId).orElseThrow(() -> new StoreException("No post with id " + postId));
        h.createUpdate("""
                UPDATE post SET status = :status, claimer_id = :claimer, updated_at = :now,
                       closed_at = CASE WHEN :live THEN NULL ELSE :now END,
                       closed_by = CASE WHEN :live THEN NULL ELSE closed_by END,
                       -- open again after a claim: its expiry clock starts afresh, so it is not closed at once
                       renewed_at = CASE WHEN :status = 'open' AND status = 'claimed' THEN :now ELSE renewed_at END,
                       expiry_warned_at = CASE WHEN :status = 'open' AND status = 'claimed' THEN NULL ELSE expiry_warned_at END
                WHERE id = :id""")
                .bind("status", status.word()).bind("claimer", claimer == null ? null : claimer.id())
                .bind("now", now.toEpochMilli()).bind("live", status.isLive()).bind("id", postId).execute();
        boolean wasSearchable = before.status() == PostStatus.OPEN;
        boolean searchable = status == PostStatus.OPEN;
        if (wasSearchable && !searchable) SearchIndex.remove(h, stats, before);
        if (!wasSearchable && searchable) SearchIndex.add(h, stats, before);
        // a closed post is no candidate, and its profile holds its words
        if (!status.isLive()) h.createUpdate("DELETE FROM post_profile WHERE post_id = :id").bind("id", postId).execute();
    }

    @Override
    public List<Post> live(long chatId, PostKind kind, String tag, int offset, int limit) {
        return filtered(h.createQuery(SELECT + " WHERE p.chat_id = :chat AND " + LIVE + FILTER
                + " ORDER BY p.id DESC LIMIT :limit OFFSET :offset"), chatId, kind, tag)
                .bind("limit", limit).bind("offset", offset)
                .map((rs, c) -> map(rs)).list();
    }

    @Override
    public int countLive(long chatId, PostKind kind, String tag) {
        return filtered(h.createQuery("SELECT count(*) FROM post p WHERE p.chat_id = :chat AND " + LIVE + FILTER), chatId, kind, tag)
                .mapTo(Integer.class).one();
    }

    @Override
    public boolean anyTagged(long chatId, String tag) {
        return h.createQuery("SELECT EXISTS (SELECT 1 FROM post p WHERE p.chat_id = :chat AND instr(' ' || p.tags || ' ', ' ' || :tag || ' ') > 0)")
                .bind("chat", chatId).bind("tag", tag).mapTo(Boolean.class).one();
    }

    private static Query filtered(Query q, long chatId, PostKind kind, String tag) {
        return q.bind("chat", chatId).bind("kind", kind == null ? null : kind.word()).bind("tag", tag);
    }

    @Override
    public List<Post> liveByAuthor(long chatId, long authorId) {
        return h.createQuery(SELECT + " WHERE p.author_id = :author AND p.chat_id = :chat AND " + LIVE + " ORDER BY p.id DESC")
                .bind("author", authorId).bind("chat", chatId).map((rs, c) -> map(rs)).list();
    }

    @Override
    public Optional<Post> recentTwin(long chatId, long authorId, PostKind kind, String text, boolean anonymous) {
        // the author's own newest live posts, by the index on (author, status): in a busy group the same need sent again
        // hours later is still found, however many posts came between; the words are compared in Java: "...for 3 weeks!"
        // sent again as "...for 3 weeks" is the same post
        // only ids and texts are read for the comparison, and the whole post for a twin alone: this runs on every new post
        String words = TextRules.sameWordsKey(text);
        // kind and namelessness are checked on the rows read, so that the index alone finds and limits them; named, as
        // the planner without statistics takes the older index on (author, status) and reads every live post of the author
        return h.createQuery("SELECT id, text FROM (SELECT id, text, kind, anonymous FROM post INDEXED BY post_live_by_author_in_chat WHERE author_id = :author AND chat_id = :chat "
                        + "AND status IN ('open', 'claimed') ORDER BY id DESC LIMIT " + RECENT_TWIN_WINDOW + ") WHERE kind = :kind AND anonymous = :anonymous ORDER BY id DESC")
                .bind("anonymous", anonymous).bind("author", authorId).bind("chat", chatId).bind("kind", kind.word())
                .map((rs, c) -> java.util.Map.entry(rs.getLong(1), rs.getString(2))).list().stream()
                .filter(e -> TextRules.repeats(words, TextRules.sameWordsKey(e.getValue()))).findFirst().flatMap(e -> byId(e.getKey()));
    }

    @Override
    public List<Closing> forExport(long chatId, Instant closedSince) {
        return h.createQuery(SELECT.replaceFirst("SELECT ", "SELECT p.closed_by IS NOT NULL AND p.closed_by <> p.author_id AS by_other, ")
                        + " WHERE p.chat_id = :chat AND (" + LIVE + " OR p.closed_at >= :since) ORDER BY p.number")
                .bind("chat", chatId).bind("since", closedSince.toEpochMilli())
                .map((rs, c) -> {
                    long closed = rs.getLong("closed_at");
                    Instant closedAt = rs.wasNull() ? null : Instant.ofEpochMilli(closed);
                    return new Closing(map(rs), closedAt, rs.getBoolean("by_other"));
                }).list();
    }

    @Override
    public List<Post> liveByAuthorEverywhere(long authorId) {
        return h.createQuery(SELECT + " WHERE p.author_id = :author AND " + LIVE + " ORDER BY p.chat_id, p.id DESC")
                .bind("author", authorId).map((rs, c) -> map(rs)).list();
    }

    static Post map(ResultSet rs) throws SQLException {
        Member author = new Member(rs.getLong("a_id"), rs.getString("a_platform"), rs.getString("a_ref"), rs.getString("a_name"));
        long claimerId = rs.getLong("c_id");
        Member claimer = rs.wasNull() ? null
                : new Member(claimerId, rs.getString("c_platform"), rs.getString("c_ref"), rs.getString("c_name"));
        return new Post(rs.getLong("id"), rs.getLong("chat_id"), rs.getInt("number"), PostKind.fromWord(rs.getString("kind")),
                PostStatus.fromWord(rs.getString("status")), author, claimer, rs.getString("text"),
                words(rs.getString("tags")).stream().toList(), words(rs.getString("categories")),
                Instant.ofEpochMilli(rs.getLong("created_at")), rs.getInt("anonymous") != 0);
    }

    static Set<String> words(String s) {
        Set<String> out = new LinkedHashSet<>();
        if (s != null) Arrays.stream(s.split(" ")).filter(w -> !w.isEmpty()).forEach(out::add);
        return out;
    }
}
