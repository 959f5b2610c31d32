package org.mutualaid.core;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mutualaid.core.handler.Context;
import org.mutualaid.core.model.Chat;
import org.mutualaid.core.model.Member;
import org.mutualaid.core.port.Transaction;
import org.mutualaid.platform.Checked;
import org.mutualaid.platform.Checked.Standing;
import org.mutualaid.platform.Person;

/**
 * Where members stand in groups, as their platform says: which groups are theirs (chat_member)
 * and which they coordinate. A member who left a group, or was removed, loses both there; their
 * posts stay. Nothing here records a chat or a member the bot has not met.
 */
final class MemberStandings {

    private MemberStandings() {
    }

    /** The member stands so in the group now. */
    static void apply(Transaction tx, Chat group, Member member, Standing standing, Instant now) {
        if (group.privateChat()) return;
        if (standing == Standing.LEFT) tx.chats().forgetMember(group.id(), member.id());
        else tx.chats().noteMember(group.id(), member.id(), now);
        tx.coordinators().set(group.id(), member.id(), standing == Standing.COORDINATOR);
    }

    /** The group's coordinators are now exactly these, as the platform lists them; each is one of its members. */
    static void replaceCoordinators(Transaction tx, Chat group, String platform, List<Person> coordinators, Instant now) {
        List<Member> members = coordinators.stream().map(p -> tx.members().resolve(platform, p.ref(), p.name(), now)).toList();
        tx.coordinators().replace(group.id(), members);
        // a coordinator may ask privately (/export, an anonymous need) before ever writing in the group
        for (Member m : members) tx.chats().noteMember(group.id(), m.id(), now);
    }

    /**
     * Keeps what the platform said just now of the sender's groups, before their private command
     * is handled; returns the groups they had, as stored, and no longer have.
     */
    static Context.Departures keep(Transaction tx, String platform, Member sender, Checked checked, Instant now) {
        List<Chat> left = new ArrayList<>();
        List<Chat> notCoordinating = new ArrayList<>();
        checked.coordinators().forEach((ref, list) -> group(tx, platform, ref).ifPresent(group -> {
            boolean was = tx.coordinators().isCoordinator(group.id(), sender.id());
            replaceCoordinators(tx, group, platform, list, now);
            if (was && !tx.coordinators().isCoordinator(group.id(), sender.id())) notCoordinating.add(group);
        }));
        checked.standings().forEach((ref, standing) -> group(tx, platform, ref).ifPresent(group -> {
            boolean wasMember = tx.chats().isMember(group.id(), sender.id());
            boolean wasCoordinator = tx.coordinators().isCoordinator(group.id(), sender.id());
            apply(tx, group, sender, standing, now);
            if (standing == Standing.LEFT && wasMember) left.add(group);
            if (wasCoordinator && standing != Standing.COORDINATOR && !notCoordinating.contains(group)) notCoordinating.add(group);
        }));
        java.util.Comparator<Chat> byTitle = java.util.Comparator.comparing((Chat c) -> c.title() == null ? "" : c.title().toLowerCase(java.util.Locale.ROOT))
                .thenComparingLong(Chat::id);
        left.sort(byTitle);
        notCoordinating.sort(byTitle);
        return new Context.Departures(left, notCoordinating);
    }

    private static Optional<Chat> group(Transaction tx, String platform, String ref) {
        return tx.chats().find(platform, ref).filter(c -> !c.privateChat());
    }
}
