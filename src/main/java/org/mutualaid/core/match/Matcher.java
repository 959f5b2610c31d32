package org.mutualaid.core.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mutualaid.core.model.Post;
import org.mutualaid.core.port.CandidateSearch;
import org.mutualaid.core.port.Transaction;

/**
 * Suggests open posts of the other kind for a new post. Full-text search finds candidates that
 * share words or categories; they are then scored on shared categories (the strongest signal:
 * both are about rides), related categories (dialysis is medical and transport) and shared words.
 * Nothing below the threshold is suggested: a wrong suggestion is noise in a busy group.
 */
public final class Matcher {

    public static final int MAX_SUGGESTIONS = 3;
    private static final int CANDIDATES = 60;
    private static final double SHARED_CATEGORY = 1.0;
    private static final double RELATED_CATEGORY = 0.35;
    private static final double SHARED_WORD = 0.3;
    private static final double THRESHOLD = 0.95;
    /** a suggestion far below the best one is dropped: the best one is what the poster should see */
    private static final double RELATIVE_FLOOR = 0.5;

    private final Taxonomy taxonomy;
    private final StopWords stopWords;

    public Matcher(Taxonomy taxonomy, StopWords stopWords) {
        this.taxonomy = taxonomy;
        this.stopWords = stopWords;
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }

    /** The categories a new post is tagged with: from its words and its #tags. */
    public Set<String> categorize(String text) {
        return taxonomy.categorize(text);
    }

    public List<Suggestion> suggestFor(Post post, Transaction tx) {
        PostProfile mine = PostProfile.of(post.text(), taxonomy, stopWords);
        if (mine.stems().isEmpty() && mine.categoryHits().isEmpty()) return List.of();
        List<String> words = stopWords.contentWords(Words.of(post.text()));
        List<CandidateSearch.Candidate> found = tx.candidates().search(post.chatId(), post.kind().other(), words,
                List.copyOf(mine.categoryHits().keySet()), CANDIDATES);
        List<Suggestion> scored = new ArrayList<>();
        for (CandidateSearch.Candidate c : found) {
            Post other = tx.posts().byId(c.postId()).orElse(null);
            if (other == null || other.author().id() == post.author().id()) continue;
            long needId = post.kind() == org.mutualaid.core.model.PostKind.NEED ? post.id() : other.id();
            long offerId = needId == post.id() ? other.id() : post.id();
            if (tx.suggestions().wasSuggested(needId, offerId)) continue;
            Suggestion s = score(mine, other);
            if (s.score() >= THRESHOLD) scored.add(s);
        }
        scored.sort(Comparator.comparingDouble(Suggestion::score).reversed()
                .thenComparing(s -> -s.post().id()));
        List<Suggestion> top = new ArrayList<>();
        for (Suggestion s : scored) {
            if (top.size() == MAX_SUGGESTIONS) break;
            if (!top.isEmpty() && s.score() < top.get(0).score() * RELATIVE_FLOOR) break;
            top.add(s);
        }
        return top;
    }

    Suggestion score(PostProfile mine, Post other) {
        PostProfile theirs = PostProfile.of(other.text(), taxonomy, stopWords);
        Set<String> shared = new LinkedHashSet<>();
        for (String c : mine.categoryHits().keySet()) if (theirs.categoryHits().containsKey(c)) shared.add(c);
        int related = 0;
        for (String c : mine.categoryHits().keySet()) {
            Category cat = taxonomy.category(c).orElse(null);
            if (cat == null) continue;
            for (String r : cat.related()) if (theirs.categoryHits().containsKey(r) && !shared.contains(r)) related++;
        }
        Set<String> words = new LinkedHashSet<>(mine.stems());
        words.retainAll(theirs.stems());
        double score = SHARED_CATEGORY * shared.size() + RELATED_CATEGORY * Math.min(related, 2)
                + SHARED_WORD * Math.min(words.size(), 4);
        return new Suggestion(other, score, reason(shared, words));
    }

    private String reason(Set<String> sharedCategories, Set<String> sharedWords) {
        if (!sharedCategories.isEmpty()) {
            List<String> labels = sharedCategories.stream().limit(2)
                    .map(id -> taxonomy.category(id).map(Category::label).orElse(id)).toList();
            return "both about: " + String.join("; ", labels);
        }
        return "both mention " + String.join(", ", sharedWords.stream().limit(3).toList());
    }

    /** For callers that only have the categories map, e.g. listings. */
    public Map<String, Integer> categoryHits(String text) {
        return taxonomy.hits(Words.of(text));
    }
}
