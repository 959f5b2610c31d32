package org.mutualaid.core.match;

import org.mutualaid.core.model.Post;

/** A post of the other kind worth showing, with a score and a few words on why. */
public record Suggestion(Post post, double score, String reason) {}
