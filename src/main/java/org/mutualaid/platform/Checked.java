package org.mutualaid.platform;

import java.util.List;
import java.util.Map;

/**
 * What the platform said just now of the sender's place in their groups, asked by the adapter
 * before a private command (see {@link Checks}). A group it could not ask about is left out: what
 * the bot stored stands for it.
 *
 * @param standings    where the sender stands in each group asked about, by the group's platform id
 * @param coordinators each group's coordinators as the platform lists them now, by the group's platform id
 */
public record Checked(Map<String, Standing> standings, Map<String, List<Person>> coordinators) {

    /** Where a member stands in a group. */
    public enum Standing {
        /** Not in the group (left, or removed). */
        LEFT,
        /** In the group, without coordinating it. */
        MEMBER,
        /** In the group, and coordinating it (Telegram: an administrator or its owner). */
        COORDINATOR
    }

    public static final Checked NOTHING = new Checked(Map.of(), Map.of());

    public Checked {
        standings = Map.copyOf(standings);
        coordinators = coordinators.entrySet().stream()
                .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
    }

    public boolean isEmpty() {
        return standings.isEmpty() && coordinators.isEmpty();
    }
}
