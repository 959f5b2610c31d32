package org.mutualaid.store;

import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.mutualaid.core.model.PostKind;
import org.mutualaid.core.port.CandidateSearch;

final class SqlCandidateSearch implements CandidateSearch {

    private static final int MAX_TERMS = 64;
    private final Handle h;

    SqlCandidateSearch(Handle h) {
        this.h = h;
    }

    @Override
    public List<Candidate> search(long chatId, PostKind kind, List<String> words, List<String> categories, int limit) {
        List<String> terms = new ArrayList<>();
        for (String w : words) if (isToken(w)) terms.add("\"" + w + "\"");
        for (String c : categories) terms.add("\"" + SearchIndex.categoryToken(c) + "\"");
        if (terms.isEmpty()) return List.of();
        if (terms.size() > MAX_TERMS) terms = terms.subList(0, MAX_TERMS);
        // every term is quoted and made only of letters and digits, so member text cannot inject query syntax
        String query = "chat : \"" + SearchIndex.chatToken(chatId) + "\" AND kind : \"" + kind.word()
                + "\" AND {body labels} : (" + String.join(" OR ", terms) + ")";
        return h.createQuery("""
                SELECT rowid, -bm25(post_search, 0.0, 0.0, 1.0, 0.0) AS score FROM post_search
                WHERE post_search MATCH :q ORDER BY bm25(post_search, 0.0, 0.0, 1.0, 1.0) LIMIT :limit""")
                .bind("q", query).bind("limit", limit)
                .map((rs, c) -> new Candidate(rs.getLong("rowid"), rs.getDouble("score")))
                .list();
    }

    private static boolean isToken(String w) {
        return !w.isEmpty() && w.codePoints().allMatch(Character::isLetterOrDigit);
    }
}
