package org.mutualaid.core.port;

import java.util.List;
import java.util.Map;
import org.mutualaid.core.model.Post;
import org.mutualaid.core.model.PostKind;

/** Retrieval of open posts for the matcher, and how rare words are among them. */
public interface CandidateSearch {

    /**
     * The open posts of one kind in one chat that contain any of the words, the newest limit of
     * them, and those filed under any of the categories, the newest limit of them; each post once,
     * in no particular order.
     */
    List<Post> find(long chatId, PostKind kind, List<String> words, List<String> categories, int limit);

    /**
     * The matcher's profiles kept with these posts (Posts.keepProfile), by post id; posts without
     * one are left out.
     */
    Map<Long, String> keptProfiles(List<Long> postIds);

    /** In how many open posts (of every chat) a word stem occurs, as Stemmer.stem makes it. */
    int documentFrequency(String stem);

    /** How many open posts there are in all. */
    int openPosts();
}
