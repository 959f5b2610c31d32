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
            ctx.reply("Please ask /coordinators in your group's chat.");
            return;
        }
        List<Member> list = ctx.tx().coordinators().of(ctx.chat().id());
        ctx.reply(list.isEmpty() ? "This group has no coordinators yet. On Telegram, they are the group's administrators."
                : "Coordinators of this group: " + list.stream().map(Member::name).collect(Collectors.joining(", ")) + ".");
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
