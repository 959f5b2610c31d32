package org.mutualaid.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.mutualaid.core.model.Member;
import org.mutualaid.core.model.Post;
import org.mutualaid.core.model.PostKind;
import org.mutualaid.core.model.PostStatus;
import org.mutualaid.core.port.CandidateSearch;

/**
 * Searches post_search. Results come newest first (rowids are negated post ids), which FTS5 walks without
 * scoring every match, so a search stops after limit rows however large the chat's history is.
 * The index holds exactly the open posts, each behind its chat and kind, so what it finds is open and
 * of that chat and kind.
 */
final class SqlCandidateSearch implements CandidateSearch {

    private final Handle h;
    private final TermStatistics stats;

    SqlCandidateSearch(Handle h, TermStatistics stats) {
        this.h = h;
        this.stats = stats;
    }

    /**
     * One statement runs both searches and reads the posts they find: a statement costs tens of
     * microseconds through JDBI. An open post has no claimer, so none is joined.
     */
    private static final String POSTS = """
            SELECT p.id, p.number, p.text, p.tags, p.categories, p.created_at, p.anonymous,
                   a.id, a.platform, a.platform_ref, a.display_name
            FROM post p JOIN member a ON a.id = p.author_id
            WHERE p.status = 'open' AND p.id IN (%s)""";
    private static final String NEWEST = "SELECT -rowid FROM (SELECT rowid FROM post_search WHERE post_search MATCH %s ORDER BY rowid LIMIT :limit)";
    private static final String BOTH = POSTS.formatted(NEWEST.formatted(":words") + " UNION ALL " + NEWEST.formatted(":categories"));
    private static final String WORDS = POSTS.formatted(NEWEST.formatted(":words"));
    private static final String CATEGORIES = POSTS.formatted(NEWEST.formatted(":categories"));

    @Override
    public List<Post> find(long chatId, PostKind kind, List<String> words, List<String> categories, int limit) {
        String prefix = SearchIndex.prefix(chatId, kind);
        List<String> wordTerms = new ArrayList<>();
        for (String w : words) if (isToken(w)) wordTerms.add("\"" + prefix + w + "\"");
        List<String> categoryTerms = new ArrayList<>();
        for (String c : categories) categoryTerms.add("\"" + prefix + SearchIndex.categoryToken(c) + "\"");
        if (wordTerms.isEmpty() && categoryTerms.isEmpty()) return List.of();
        // words and categories are searched apart, so that posts sharing a rare word are not crowded
        // out by the many recent posts that merely share a category; every term is quoted and made
        // only of letters and digits, so member text cannot inject query syntax
        Query q = h.createQuery(wordTerms.isEmpty() ? CATEGORIES : categoryTerms.isEmpty() ? WORDS : BOTH).bind("limit", limit);
        if (!wordTerms.isEmpty()) q.bind("words", String.join(" OR ", wordTerms));
        if (!categoryTerms.isEmpty()) q.bind("categories", String.join(" OR ", categoryTerms));
        return q.map((rs, c) -> new Post(rs.getLong(1), chatId, rs.getInt(2), kind, PostStatus.OPEN,
                        new Member(rs.getLong(8), rs.getString(9), rs.getString(10), rs.getString(11)), null, rs.getString(3),
                        SqlPosts.words(rs.getString(4)).stream().toList(), SqlPosts.words(rs.getString(5)),
                        Instant.ofEpochMilli(rs.getLong(6)), rs.getInt(7) != 0))
                .list();
    }

    @Override
    public Map<Long, String> keptProfiles(List<Long> postIds) {
        if (postIds.isEmpty()) return Map.of();
        Map<Long, String> out = new HashMap<>();
        h.createQuery("SELECT post_id, profile FROM post_profile WHERE post_id IN (SELECT value FROM json_each(:ids))")
                .bind("ids", SqlPosts.jsonArray(postIds))
                .map((rs, c) -> Map.entry(rs.getLong(1), rs.getString(2))).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    @Override
    public int documentFrequency(String stem) {
        return stats.documentFrequency(stem);
    }

    @Override
    public int openPosts() {
        return stats.documents();
    }

    private static boolean isToken(String w) {
        return !w.isEmpty() && w.codePoints().allMatch(Character::isLetterOrDigit);
    }
}
