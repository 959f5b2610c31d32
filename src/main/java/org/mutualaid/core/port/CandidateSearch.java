package org.mutualaid.core.port;

import java.util.List;
import org.mutualaid.core.model.PostKind;

/** Full-text retrieval of open posts for the matcher. */
public interface CandidateSearch {

    /** An open post and how well its words matched: bm25 over the text alone, higher is better, 0 for none. */
    record Candidate(long postId, double textScore) {}

    /**
     * Open posts of one kind in one chat that share any of the words or categories, best first.
     * words are plain lower-case tokens; categories are category ids.
     */
    List<Candidate> search(long chatId, PostKind kind, List<String> words, List<String> categories, int limit);
}
