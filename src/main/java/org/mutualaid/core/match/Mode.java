package org.mutualaid.core.match;

import java.util.List;
import java.util.Set;

/**
 * Whether a post asks for or offers a thing ("anyone have a spare fridge?", "giving away a
 * couch") or someone doing something ("need 2 people to help get a couch upstairs", "I can fix
 * leaks"). A need for hands is not met by a giveaway of the thing they would carry, and a need
 * for a thing not by someone who repairs it. Read from the way members phrase it; a post that
 * says neither, or both, is open to either.
 */
enum Mode {
    THING, SERVICE;

    private static final TermIndex MARKERS = new TermIndex();

    static {
        MARKERS.addLine("anyone have, anybody have, anyone got, anybody got, does anyone have, has anyone got, have a spare, "
                + "spare, iso, hand me down, hand me downs, borrow, lend me, loan me, giving away, give away, to give away, "
                + "free to anyone, free to a good home, must go, outgrew, outgrown, donate, donating, unopened, barely used, "
                + "in good shape, collected, come grab, come take, i have a, i have an, i have some", "THING");
        MARKERS.addLine("someone to, somebody to, someone who, somebody who, people to, anyone to, anyone able, anyone good, "
                + "can someone, could someone, can anyone, could anyone, can somebody, need someone, need somebody, need help, "
                + "help me, help with, help get, help moving, help move, i can, can help, happy to, glad to, i ll, i will, i do, "
                + "can come, can drive, can fix, can pick, can teach, can sit, can watch, can take, can call, available to", "SERVICE");
    }

    /** The modes a text names; empty when it names neither. */
    static Set<Mode> of(List<String> words) {
        Set<String> found = MARKERS.scan(words).keySet();
        if (found.isEmpty()) return Set.of();
        if (found.size() == 2) return Set.of(THING, SERVICE);
        return Set.of(Mode.valueOf(found.iterator().next()));
    }

    /** A post that is only about a thing against one that is only about a service, either way round. */
    static boolean mismatch(Set<Mode> a, Set<Mode> b) {
        return a.size() == 1 && b.size() == 1 && !a.equals(b);
    }
}
