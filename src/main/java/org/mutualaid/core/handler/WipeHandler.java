package org.mutualaid.core.handler;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mutualaid.core.command.Command;
import org.mutualaid.core.command.CommandParser;
import org.mutualaid.core.model.Member;
import org.mutualaid.core.model.Post;
import org.mutualaid.core.model.PostStatus;
import org.mutualaid.core.port.Outbox;
import org.mutualaid.core.port.Relays;
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
        // whoever was talking through the bot about a post hears that the conversation ended, rather than
        // finding out with a /reply that goes nowhere; the note names the post's number only
        List<Member> inConversation = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        // closing first takes the open posts out of the search index
        for (Post p : ctx.tx().posts().live(chatId, null, null, 0, Integer.MAX_VALUE)) {
            Optional<Relays.Relay> relay = ctx.tx().relays().activeFor(p.id());
            if (relay.isPresent()) {
                ctx.tx().relays().end(relay.get().id(), ctx.now());
                List<Member> sides = new ArrayList<>(List.of(p.author()));
                if (p.claimer() != null && p.claimer().id() == relay.get().helperId()) sides.add(p.claimer());
                for (Member m : sides) {
                    if (!ctx.tx().members().canWritePrivately(m.id())) continue;
                    inConversation.add(m);
                    numbers.add(p.number());
                }
            }
            ctx.tx().posts().setStatus(p.id(), PostStatus.CANCELLED, p.claimer(), ctx.now());
        }
        ctx.tx().outbox().deleteAboutChat(chatId);
        ctx.tx().outbox().deleteTo(ctx.chat().platform(), ctx.chat().ref());
        ctx.tx().chats().wipe(chatId);
        for (int i = 0; i < inConversation.size(); i++) {
            ctx.tx().outbox().add(Destination.member(ctx.chat().platform(), inConversation.get(i).ref()),
                    Message.of("The group's coordinators erased everything I held about the group, so your conversation about #"
                            + numbers.get(i) + " has ended. Please post again there if you still need help or can help."),
                    ctx.now(), Outbox.About.NOTHING);
        }
        ctx.tx().outbox().addErasedWhenSent(Destination.chat(ctx.chat().platform(), ctx.chat().ref()),
                Message.of("Done. I have erased everything I held about this group. New posts start again from #1."), ctx.now(), Outbox.About.NOTHING);
    }
}
