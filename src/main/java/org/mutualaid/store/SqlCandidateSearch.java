package org.mutualaid.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.mutualaid.core.model.PostKind;
import org.mutualaid.core.port.CandidateSearch;

/**
 * Searches post_search. Results come newest first (rowids are negated post ids), which FTS5 walks without
 * scoring every match, so a search stops after limit rows however large the chat's history is.
 */
final class SqlCandidateSearch implements CandidateSearch {

    private final Handle h;
    private final TermStatistics stats;

    SqlCandidateSearch(Handle h, TermStatistics stats) {
        this.h = h;
        this.stats = stats;
    }

    @Override
    public List<Long> search(long chatId, PostKind kind, List<String> words, List<String> categories, int limit) {
        String prefix = SearchIndex.prefix(chatId, kind);
        Set<Long> ids = new LinkedHashSet<>();
        List<String> wordTerms = new ArrayList<>();
        for (String w : words) if (isToken(w)) wordTerms.add("\"" + prefix + w + "\"");
        List<String> categoryTerms = new ArrayList<>();
        for (String c : categories) categoryTerms.add("\"" + prefix + SearchIndex.categoryToken(c) + "\"");
        // words and categories are searched apart, so that posts sharing a rare word are not crowded
        // out by the many recent posts that merely share a category
        ids.addAll(newest(wordTerms, limit));
        ids.addAll(newest(categoryTerms, limit));
        return List.copyOf(ids);
    }

    private List<Long> newest(List<String> terms, int limit) {
        if (terms.isEmpty()) return List.of();
        // every term is quoted and made only of letters and digits, so member text cannot inject query syntax
        return h.createQuery("SELECT -rowid FROM post_search WHERE post_search MATCH :q ORDER BY rowid LIMIT :limit")
                .bind("q", String.join(" OR ", terms)).bind("limit", limit).mapTo(Long.class).list();
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
