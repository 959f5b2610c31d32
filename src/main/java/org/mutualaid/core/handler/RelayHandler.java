package org.mutualaid.core.handler;

import java.util.List;
import java.util.Optional;
import org.mutualaid.core.command.Command;
import org.mutualaid.core.command.CommandParser;
import org.mutualaid.core.model.Chat;
import org.mutualaid.core.model.Member;
import org.mutualaid.core.model.Post;
import org.mutualaid.core.model.PostKind;
import org.mutualaid.core.model.PostStatus;
import org.mutualaid.core.port.Relays.Relay;
import org.mutualaid.platform.Button;
import org.mutualaid.platform.Destination;
import org.mutualaid.platform.Message;

/**
 * When someone claims an anonymous post, the bot passes messages between them and its author
 * (/reply n text), so that neither learns who the other is, until the author shares their contact
 * (/share n). Either side ends it (/endrelay n); it ends by itself when the post closes or the
 * helper steps back. The messages are outbox rows carrying their writer's words: deleted once sent.
 */
public final class RelayHandler {

    /** The anonymous post was just claimed: opens the relay and tells both sides privately. */
    static void open(Context group, Post post, Member helper) {
        open(group, post, helper, false);
    }

    /** The same; again when the post was opened again with the helper it had, who are then not introduced as strangers. */
    static void open(Context group, Post post, Member helper, boolean again) {
        Relay relay = group.tx().relays().open(post.id(), post.author().id(), helper.id(), group.now());
        int n = post.number();
        String where = PublishHandler.title(group.chat());
        if (again) {
            reopened(group, post, helper, relay, where);
            return;
        }
        String tag = " " + CommandParser.conversationTag(relay.id());
        String what = post.kind() == PostKind.NEED ? "help with your need" : "take your offer";
        tell(group, post.author(), Message.builder()
                .text("Someone would like to " + what + " #" + n + " in " + where + " " + PostLines.quote(post) + tag + ". ")
                .text("I'll pass messages between you without telling either who the other is: type /reply " + n
                        + " and your message. Shall I give them your contact, so you can talk directly? /share " + n
                        + ". To stop: /endrelay " + n + ".")
                .buttonRow(List.of(new Button("Share my contact", CommandParser.shareAction(n, relay.id())),
                        new Button("End this", CommandParser.endRelayAction(n, relay.id()))))
                .build());
        if (group.tx().members().canWritePrivately(helper.id())) {
            tell(group, helper, Message.builder()
                    .text((post.kind() == PostKind.NEED ? "Thank you for offering on #" : "You asked for offer #") + n + " in " + where + " "
                            + PostLines.quote(post) + tag + ". ")
                    .text("It was posted without a name, so I'll pass messages between you: type /reply " + n
                            + " and your message. I've asked its author whether to share their contact with you. To stop: /endrelay " + n + ".")
                    .buttonRow(List.of(new Button("End this", CommandParser.endRelayAction(n, relay.id()))))
                    .build());
        }
    }

    /** The same two put in touch again after their post was opened again: not introduced as strangers. */
    private static void reopened(Context group, Post post, Member helper, Relay relay, String where) {
        int n = post.number();
        String tag = " " + CommandParser.conversationTag(relay.id());
        String talk = "Messages pass between you through me again: /reply " + n + " and your message. To stop: /endrelay " + n + ".";
        tell(group, post.author(), Message.builder()
                .text("Your " + post.kind().word() + " #" + n + " in " + where + " " + PostLines.quote(post) + tag
                        + " is open again, with the same neighbour helping. " + talk + " To give them your contact: /share " + n + ".")
                .buttonRow(List.of(new Button("Share my contact", CommandParser.shareAction(n, relay.id())),
                        new Button("End this", CommandParser.endRelayAction(n, relay.id()))))
                .build());
        if (group.tx().members().canWritePrivately(helper.id())) {
            tell(group, helper, Message.builder()
                    .text("#" + n + " in " + where + " " + PostLines.quote(post) + tag + " is open again, and you're still down to help. " + talk)
                    .buttonRow(List.of(new Button("End this", CommandParser.endRelayAction(n, relay.id()))))
                    .build());
        }
    }

    /** The post closed or its helper stepped back: the relay ends, and both sides hear why. */
    static boolean close(Context group, Post post, String why) {
        return close(group, post, why, why);
    }

    /** The same, with words of its own for the author and for the helper. Whether there was a conversation to end. */
    static boolean close(Context group, Post post, String toAuthor, String toHelper) {
        Optional<Relay> relay = group.tx().relays().activeFor(post.id());
        if (relay.isEmpty()) return false;
        group.tx().relays().end(relay.get().id(), group.now());
        String closed = " I have closed your conversation about #" + post.number() + " in " + PublishHandler.title(group.chat()) + ".";
        // whoever did it hears the answer to what they did; this note is for the other side
        long actor = group.sender().id();
        if (post.author().id() != actor) tell(group, post.author(), Message.of(toAuthor + closed));
        if (post.claimer() != null && post.claimer().id() == relay.get().helperId() && post.claimer().id() != actor
                && group.tx().members().canWritePrivately(post.claimer().id())) {
            tell(group, post.claimer(), Message.of(toHelper + closed));
        }
        return true;
    }

    /** /reply n text: passes the words to the other side. */
    public void reply(Context ctx, Command.Reply cmd) {
        if (cmd.conversation() != null && !ctx.tx().relays().activeOf(ctx.sender().id()).stream()
                .anyMatch(r -> r.id() == cmd.conversation())) {
            // an answer to a message of a conversation that has ended: a later helper of the same post must not get it
            ctx.refuse("That conversation has ended, so I didn't pass this on. /relays shows the ones still open.");
            return;
        }
        Optional<Found> found = cmd.conversation() != null ? findById(ctx, cmd.conversation()) : find(ctx, cmd.number(), null, "/reply");
        if (found.isEmpty()) return;
        Found f = found.get();
        ctx.concerning(f.post());
        ctx.carryingWordsOf(ctx.sender());
        Member other = f.other(ctx.sender());
        if (!ctx.tx().members().canWritePrivately(other.id())) {
            ctx.refuse("They haven't opened a private chat with me yet, so I can't pass this on. I asked them to in the group; please try again later.");
            return;
        }
        boolean fromAuthor = f.post().isAuthor(ctx.sender());
        // on an offer, the one who took it up asked for it: "who offered" is its author
        String helper = f.post().kind() == PostKind.NEED ? "the neighbour who offered" : "the neighbour who asked for it";
        Message words = Message.builder()
                .line("About #" + cmd.number() + " in " + PublishHandler.title(f.group()) + " " + CommandParser.conversationTag(f.relay().id()) + ", "
                        + (fromAuthor ? "the neighbour who posted it" : helper) + " writes:")
                .line(cmd.text())
                .text("To answer: /reply " + cmd.number() + " and your message.")
                .build();
        ctx.tx().outbox().addWordsOf(Destination.member(ctx.chat().platform(), other.ref()), words, ctx.now(), ctx.sender().ref(), ctx.about());
        ctx.reply("Passed on to " + (fromAuthor ? helper : "the neighbour who posted #" + cmd.number()) + ".");
    }

    /** /share n: the author gives the helper their contact. */
    public void share(Context ctx, Command.ShareContact cmd) {
        Optional<Found> found = find(ctx, cmd.number(), cmd.group(), cmd.conversation(), "/share");
        if (found.isEmpty()) return;
        Found f = found.get();
        ctx.concerning(f.post());
        ctx.carryingWordsOf(ctx.sender());
        if (!f.post().isAuthor(ctx.sender())) {
            ctx.refuse("Only the neighbour who posted #" + cmd.number() + " can share their contact.");
            return;
        }
        if (f.relay().sharedAt() != null) {
            ctx.refuse("You have already shared your contact for #" + cmd.number() + ".");
            return;
        }
        Member helper = f.other(ctx.sender());
        if (!ctx.tx().members().canWritePrivately(helper.id())) {
            ctx.refuse("They haven't opened a private chat with me yet, so I can't pass on your contact. Please try again later.");
            return;
        }
        ctx.tx().relays().markShared(f.relay().id(), ctx.now());
        ctx.tx().outbox().addWordsOf(Destination.member(ctx.chat().platform(), helper.ref()), Message.builder()
                .text("The neighbour who posted #" + cmd.number() + " in " + PublishHandler.title(f.group()) + " shared their contact: ")
                .mention(ctx.sender().ref(), ctx.sender().name()).text(". You can write to them directly now.").build(),
                ctx.now(), ctx.sender().ref(), ctx.about());
        ctx.answerPress("Shared.");
        ctx.reply("I gave them your contact. They still don't know anything else about you. /reply " + cmd.number() + " still works.");
    }

    /** /endrelay n: either side stops the conversation. */
    public void end(Context ctx, Command.EndRelay cmd) {
        Optional<Found> found = find(ctx, cmd.number(), cmd.group(), cmd.conversation(), "/endrelay");
        if (found.isEmpty()) return;
        Found f = found.get();
        ctx.concerning(f.post());
        ctx.tx().relays().end(f.relay().id(), ctx.now());
        Member other = f.other(ctx.sender());
        boolean byAuthor = f.post().isAuthor(ctx.sender());
        // the claim outlives the conversation: both hear how to let it go, so nobody is left waiting on help that won't come
        boolean claimed = f.post().status() == PostStatus.CLAIMED && f.post().claimer() != null
                && f.post().claimer().id() == f.relay().helperId();
        String unclaim = "/unclaim " + cmd.number();
        if (ctx.tx().members().canWritePrivately(other.id())) {
            ctx.tellPrivately(other, Message.of(
                    (byAuthor ? "The neighbour who posted #" : "The neighbour who offered on #") + cmd.number() + " in "
                            + PublishHandler.title(f.group()) + " ended the conversation. I won't pass on messages about it any more."
                            + (!claimed ? "" : byAuthor ? " You're still down to help with it; if you won't be helping now: " + unclaim + "."
                            : " If they won't be helping after all, " + unclaim + " opens it for others.")));
        }
        ctx.answerPress("Ended.");
        ctx.reply("Ended. I won't pass on messages about #" + cmd.number() + " any more. The post itself stays as it is"
                + (!claimed ? "." : byAuthor ? ", still claimed: if they won't be helping now, " + unclaim + " opens it for others."
                : ", and you're still down to help; if you won't be helping now: " + unclaim + "."));
    }

    /** The number of the post of the sender's latest open conversation, or null when they have none. */
    public Integer latestNumber(Context ctx) {
        List<Relay> relays = ctx.tx().relays().activeOf(ctx.sender().id());
        if (relays.isEmpty()) return null;
        return ctx.tx().posts().byId(relays.get(relays.size() - 1).postId()).map(Post::number).orElse(null);
    }

    /** /relays: the sender's open conversations. */
    public void list(Context ctx) {
        if (!ctx.chat().privateChat()) {
            ctx.refuse("Please ask me in a private chat.");
            return;
        }
        List<Relay> relays = ctx.tx().relays().activeOf(ctx.sender().id());
        if (relays.isEmpty()) {
            ctx.reply("You have no conversations through me right now. Type /help to see what I can do.");
            return;
        }
        Message.Builder b = Message.builder().line("Conversations I pass on for you, without names:");
        for (Relay r : relays) {
            Optional<Post> post = ctx.tx().posts().byId(r.postId());
            if (post.isEmpty()) continue;
            Post p = post.get();
            ctx.concerning(p);
            String where = ctx.tx().chats().byId(p.chatId()).map(PublishHandler::title).orElse("your group");
            b.line("• #" + p.number() + " in " + where + " " + PostLines.quote(p)
                    + (p.isAuthor(ctx.sender()) ? " (your post)" : " (you offered)"));
        }
        b.text("To write: /reply and the number, then your message. To stop: /endrelay and the number.");
        ctx.reply(b.build());
    }

    private record Found(Relay relay, Post post, Chat group) {
        Member other(Member me) {
            return post.isAuthor(me) ? post.claimer() : post.author();
        }
    }

    /** As find, or the conversation a button was made for, if it is still open. */
    private static Optional<Found> find(Context ctx, int number, Integer group, Long conversation, String command) {
        if (conversation == null) return find(ctx, number, group, command);
        Optional<Found> found = findById(ctx, conversation);
        if (found.isEmpty()) ctx.refuse("That conversation has ended. /relays shows the ones still open.");
        return found;
    }

    /**
     * The sender's one active relay about post number n (in the group with this number, when given);
     * refuses and returns empty otherwise.
     */
    private static Optional<Found> find(Context ctx, int number, Integer group, String command) {
        if (!ctx.chat().privateChat()) {
            ctx.refuse("For your privacy, please use " + command + " in a private chat with me.");
            return Optional.empty();
        }
        List<Found> all = ctx.tx().relays().activeOf(ctx.sender().id()).stream()
                .flatMap(r -> ctx.tx().posts().byId(r.postId()).filter(p -> p.number() == number && p.claimer() != null
                                && p.claimer().id() == r.helperId())
                        .flatMap(p -> ctx.tx().chats().byId(p.chatId()).map(c -> new Found(r, p, c))).stream())
                .toList();
        List<Found> found = group == null ? all : all.stream().filter(f -> f.group().id() == group).toList();
        if (found.isEmpty()) {
            ctx.refuse("You have no conversation about #" + number + (group != null ? " in that group" : "") + " through me. /relays shows yours.");
            return Optional.empty();
        }
        if (found.size() > 1) {
            ctx.refuse("You have conversations about a #" + number + " in more than one group. Which one? "
                    + (command.equals("/reply")
                    ? "Please answer by replying to my last message about it, so I can tell."
                    : YourGroups.choices(YourGroups.of(ctx, found.stream().map(Found::post).toList()), command + " " + number)));
            return Optional.empty();
        }
        return Optional.of(found.get(0));
    }

    /** The sender's open conversation with this id (named by the bot message they answered). */
    private static Optional<Found> findById(Context ctx, long conversation) {
        return ctx.tx().relays().activeOf(ctx.sender().id()).stream().filter(r -> r.id() == conversation).findFirst()
                .flatMap(r -> ctx.tx().posts().byId(r.postId()).flatMap(p -> ctx.tx().chats().byId(p.chatId()).map(c -> new Found(r, p, c))));
    }

    private static void tell(Context ctx, Member to, Message message) {
        ctx.tellPrivately(to, message);
    }
}
