package org.mutualaid.platform;

import java.util.List;

/**
 * What an adapter should ask its platform, just before a private command, because the answer
 * depends on it and nothing may have told the bot yet (a member who left a group unseen, an
 * administrator demoted since the last refresh). The core says which groups; the adapter asks,
 * outside any transaction, and hands the answers back on the Incoming (see {@link Checked}).
 *
 * @param memberOf       groups (the platform's ids) the sender is stored as a member of: are they still?
 * @param coordinatorsOf groups the sender is stored as coordinating: who coordinates them now?
 */
public record Checks(List<String> memberOf, List<String> coordinatorsOf) {

    public static final Checks NONE = new Checks(List.of(), List.of());

    public Checks {
        memberOf = List.copyOf(memberOf);
        coordinatorsOf = List.copyOf(coordinatorsOf);
    }

    public boolean isEmpty() {
        return memberOf.isEmpty() && coordinatorsOf.isEmpty();
    }
}
