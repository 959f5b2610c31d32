package org.mutualaid.core.handler;

import org.mutualaid.core.command.Command;
import org.mutualaid.core.command.CommandParser;
import org.mutualaid.core.model.Post;
import org.mutualaid.core.model.PostStatus;
import org.mutualaid.core.port.Outbox;
import org.mutualaid.platform.Destination;
import org.mutualaid.platform.Message;

/**
 * /wipe: a group's coordinators (on Telegram, its administrators) erase everything the bot holds
 * about the group, after typing the confirmation in full. Members stay: they may be in other groups.
 */
public final class WipeHandler {

    public void handle(Context ctx, Command.Wipe cmd) {
        if (ctx.refuseUnlessCoordinator("/wipe")) return;
        if (!cmd.confirmed()) {
            ctx.reply("This erases everything I hold about this group: every post, claim, suggestion, setting and word. "
                    + "It cannot be undone. To go ahead, type: /wipe " + CommandParser.WIPE_CONFIRMATION);
            return;
        }
        long chatId = ctx.chat().id();
        // closing first takes the open posts out of the search index
        for (Post p : ctx.tx().posts().live(chatId, null, null, 0, Integer.MAX_VALUE)) {
            ctx.tx().posts().setStatus(p.id(), PostStatus.CANCELLED, p.claimer(), ctx.now());
        }
        ctx.tx().outbox().deleteAboutChat(chatId);
        ctx.tx().outbox().deleteTo(ctx.chat().platform(), ctx.chat().ref());
        ctx.tx().chats().wipe(chatId);
        ctx.tx().outbox().addErasedWhenSent(Destination.chat(ctx.chat().platform(), ctx.chat().ref()),
                Message.of("Done. I have erased everything I held about this group. New posts start again from #1."), ctx.now(), Outbox.About.NOTHING);
    }
}
