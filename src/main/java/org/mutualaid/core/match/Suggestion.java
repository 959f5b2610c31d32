package org.mutualaid.core.match;

import org.mutualaid.core.model.Post;

/**
 * A post of the other kind, with the chance that a coordinator would suggest it, a few words on
 * why, and what the chance rests on (null where the posts share nothing: the chance is then 0).
 */
public record Suggestion(Post post, double score, String reason, Evidence evidence) {}
