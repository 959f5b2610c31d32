package org.mutualaid.core.handler;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mutualaid.core.command.Command;
import org.mutualaid.core.model.Chat;
import org.mutualaid.core.model.Member;
import org.mutualaid.core.model.Post;
import org.mutualaid.core.model.PostStatus;
import org.mutualaid.core.port.Outbox;
import org.mutualaid.platform.Destination;
import org.mutualaid.platform.Message;

/**
 * /forget, in a private chat, after one confirmation: erases what the bot holds about the member
 * in every group. Their open posts close, posts they had claimed open again for others, the text
 * of all their posts and their name are erased. Numbers and counts stay as they were.
 */
public final class ForgetHandler {

    public void handle(Context ctx, Command.Forget cmd) {
        if (!ctx.chat().privateChat()) {
            ctx.refuse("For your privacy, please send /forget to me in a private chat.");
            return;
        }
        if (!cmd.confirmed()) {
            ctx.reply("This erases what I hold about you in every group: the text of your posts (your open ones close), "
                    + "your name, the messages I sent you and those I pass on for you. Posts you offered to help with open again for others. "
                    + "It cannot be undone. To go ahead, type /forget yes");
            return;
        }
        Member me = ctx.sender();
        List<Post> withdrawn = ctx.tx().posts().liveByAuthorEverywhere(me.id());
        List<Post> released = ctx.tx().posts().claimedBy(me.id());
        // a group told in one breath of a post with their name and one without would know both are theirs: there, the
        // nameless ones close without a word in the group (whoever was talking through the bot hears it privately)
        Set<Long> named = new HashSet<>();
        for (Post p : withdrawn) if (!p.anonymous()) named.add(p.chatId());
        for (Post p : released) if (!p.anonymous()) named.add(p.chatId());
        for (Post p : withdrawn) {
            RelayHandler.close(ctx.inGroup(group(ctx, p)), p, "#" + p.number() + " was withdrawn by its author.");
            ctx.tx().posts().setStatus(p.id(), PostStatus.CANCELLED, p.claimer(), ctx.now());
            ctx.tx().claims().end(p.id(), "cancelled", ctx.now());
            if (!p.anonymous() || !named.contains(p.chatId())) tellGroup(ctx, p, Message.of("#" + p.number() + " is withdrawn by its author."));
        }
        for (Post p : released) {
            RelayHandler.close(ctx.inGroup(group(ctx, p)), p, "The neighbour who offered on #" + p.number() + " had to step back, so it is open again.");
            ctx.tx().posts().setStatus(p.id(), PostStatus.OPEN, null, ctx.now());
            ctx.tx().claims().end(p.id(), "unclaimed", ctx.now());
            if (p.anonymous() && named.contains(p.chatId())) continue;
            Message.Builder b = Message.builder().text("The neighbour who claimed #" + p.number() + " had to step back, so it is open again. ");
            if (!p.anonymous()) b.mention(p.author().ref(), p.author().name()).text(", your " + p.kind().word() + " is still listed. ");
            tellGroup(ctx, p, b.text(PostLines.anyoneCan(p)).build());
        }
        // rows about the member: quoting their posts, carrying their words, to them or naming them
        ctx.tx().outbox().deleteAbout(ctx.chat().platform(), me.ref(), me.id());
        ctx.tx().relays().forget(me.id());
        ctx.tx().posts().eraseTextOf(me.id());
        ctx.tx().outbox().deleteTo(ctx.chat().platform(), ctx.chat().ref());
        ctx.tx().members().anonymise(me.id());
        ctx.tx().platformState().forgetMember(ctx.chat().platform(), me.ref());
        ctx.tx().chats().forgetPrivate(ctx.chat().id());
        // the last word to them is deleted once sent, so that not even their chat's id stays behind
        ctx.tx().outbox().addErasedWhenSent(Destination.chat(ctx.chat().platform(), ctx.chat().ref()),
                Message.of("Done. I have erased what I held about you. If you write to me again, I start afresh."), ctx.now(), Outbox.About.NOTHING);
    }

    private static void tellGroup(Context ctx, Post p, Message message) {
        Chat group = group(ctx, p);
        ctx.tell(Destination.chat(group.platform(), group.ref()), message);
    }

    private static Chat group(Context ctx, Post p) {
        return ctx.tx().chats().byId(p.chatId()).orElseThrow();
    }
}
