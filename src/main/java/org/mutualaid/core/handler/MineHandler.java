package org.mutualaid.core.handler;

import java.util.List;
import org.mutualaid.core.model.Chat;
import org.mutualaid.core.model.Post;
import org.mutualaid.platform.Message;

/** /mine: the sender's live posts; in a private chat with the bot, across every group. */
public final class MineHandler {

    private static final int MAX = 30;

    public void handle(Context ctx) {
        boolean everywhere = ctx.chat().privateChat();
        List<Post> posts = everywhere
                ? ctx.tx().posts().liveByAuthorEverywhere(ctx.sender().id())
                // in the group, a post asked for privately would tell everyone whose it is
                : ctx.tx().posts().liveByAuthor(ctx.chat().id(), ctx.sender().id()).stream().filter(p -> !p.anonymous()).toList();
        if (posts.isEmpty()) {
            ctx.reply(everywhere ? "You have no open posts in any group." : "You have no open posts here. Post one with /need or /offer.");
            return;
        }
        Message.Builder b = Message.builder();
        b.line("Your open posts" + (everywhere ? "" : " here") + ":");
        long lastChat = -1;
        int shown = 0;
        for (Post p : posts) {
            if (shown == MAX || b.length() > PostLines.LISTING_BUDGET) break;
            shown++;
            if (everywhere && p.chatId() != lastChat) {
                lastChat = p.chatId();
                String title = ctx.tx().chats().byId(p.chatId()).map(Chat::title).filter(t -> t != null && !t.isBlank())
                        .orElse("a group");
                b.line("In " + title + ":");
            }
            ctx.concerning(p);
            PostLines.listing(b, p, ctx.now());
            b.newline();
        }
        if (posts.size() > shown) b.line("…and " + (posts.size() - shown) + " more.");
        // closing a post sent without a name in its group would tell everyone whose it is
        boolean nameless = posts.stream().anyMatch(Post::anonymous);
        b.text(!everywhere ? "When one is sorted: /done and its number. To withdraw one: /cancel and its number."
                : nameless ? "To close one: /done or /cancel and its number, here. Those without your name only here: in the group, everyone would see it is yours."
                : "To close one: /done or /cancel and its number, here or in its group.");
        ctx.reply(b.build());
    }
}
