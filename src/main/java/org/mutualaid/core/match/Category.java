package org.mutualaid.core.match;

import java.util.Set;

/** A kind of help (food, transport, ...). label is what members read: "both about: rides and transport". */
public record Category(String id, String label, Set<String> related) {
    public Category {
        related = Set.copyOf(related);
    }
}
