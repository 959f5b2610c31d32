package org.mutualaid.core.handler;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mutualaid.core.command.Command;
import org.mutualaid.core.model.Member;
import org.mutualaid.core.model.Post;
import org.mutualaid.core.port.FollowUps;
import org.mutualaid.platform.Message;

/** /coordinators for everyone; /digest and /stats for coordinators, in the group or privately. */
public final class CoordinatorHandler {

    public void handle(Context ctx, Command command) {
        if (command instanceof Command.Coordinators) {
            coordinators(ctx);
        } else if (command instanceof Command.Digest c) {
            ofGroup(ctx, "/digest", c.choice()).ifPresent(group -> {
                List<Post> quoted = new ArrayList<>();
                Message digest = Digest.build(ctx.tx(), group.chat(), group.settings(), ctx.rules(), ctx.now(), quoted);
                quoted.forEach(ctx::concerning);
                // answered where it was asked: in the group, where the coordinator is looking, or privately
                ctx.reply(digest);
            });
        } else if (command instanceof Command.Stats c) {
            ofGroup(ctx, "/stats", c.choice()).ifPresent(group -> ctx.reply(
                    (ctx.chat().privateChat() ? PublishHandler.title(group.chat()) + "\n" : "") + stats(ctx, group.chat().id())));
        }
    }

    /** The group asked about: this one, for its coordinators; from a private chat, the one they coordinate (or chose). */
    private static Optional<Context> ofGroup(Context ctx, String command, Integer choice) {
        if (ctx.chat().privateChat()) return CoordinatedGroups.choose(ctx, command, choice).map(ctx::inGroup);
        return ctx.refuseUnlessCoordinator(command) ? Optional.empty() : Optional.of(ctx);
    }

    private static void coordinators(Context ctx) {
        if (ctx.chat().privateChat()) {
            privately(ctx);
            return;
        }
        List<Member> list = ctx.tx().coordinators().of(ctx.chat().id());
        ctx.reply(list.isEmpty() ? "This group has no coordinators yet. On Telegram, they are the group's administrators."
                : "Coordinators of this group: " + list.stream().map(Member::name).collect(Collectors.joining(", ")) + ".");
    }

    /**
     * Privately, the coordinators of each group the member is in: someone who asked without their
     * name, told to ask a coordinator, would show who they are by asking in the group.
     */
    private static void privately(Context ctx) {
        List<org.mutualaid.core.model.Chat> groups = ctx.tx().chats().groupsOf(ctx.sender().id());
        if (groups.isEmpty()) {
            ctx.reply("I don't know your group yet: I only know you're in one once you've written there. /coordinators in the group shows who they are.");
            return;
        }
        Message.Builder b = Message.builder();
        for (org.mutualaid.core.model.Chat group : groups) {
            List<Member> list = ctx.tx().coordinators().of(group.id());
            b.text("Coordinators of " + PublishHandler.title(group) + ": ");
            if (list.isEmpty()) b.text("none I know of yet.");
            for (int i = 0; i < list.size(); i++) {
                b.mention(list.get(i).ref(), list.get(i).name()).text(i == list.size() - 1 ? "." : ", ");
            }
            b.newline();
        }
        b.text("You can write to them directly; nobody in the group sees it.");
        ctx.reply(b.build());
    }

    private static String stats(Context ctx, long chatId) {
        Instant now = ctx.now();
        return "Last 7 days: " + line(ctx.tx().followUps().stats(chatId, now.minus(Duration.ofDays(7)), now)) + "\n"
                + "Last 30 days: " + line(ctx.tx().followUps().stats(chatId, now.minus(Duration.ofDays(30)), now));
    }

    private static String line(FollowUps.Stats s) {
        return s.posted() + " posted, " + s.matched() + " matched, " + s.claimed() + " claimed, " + s.fulfilled() + " fulfilled, "
                + s.expired() + " expired; median time to fulfil: " + (s.medianToFulfil() == null ? "none yet" : human(s.medianToFulfil()));
    }

    private static String human(Duration d) {
        if (d.toHours() < 1) return d.toMinutes() + " min";
        if (d.toDays() < 2) return d.toHours() + " h";
        return d.toDays() + " days";
    }
}
