package org.mutualaid.core.handler;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mutualaid.core.command.Command;
import org.mutualaid.core.command.CommandParser;
import org.mutualaid.core.command.PostAction;
import org.mutualaid.core.model.Chat;
import org.mutualaid.core.model.Member;
import org.mutualaid.core.model.Post;
import org.mutualaid.core.model.PostKind;
import org.mutualaid.core.model.PostStatus;
import org.mutualaid.platform.Message;

/**
 * /claim, /unclaim, /done, /cancel and /reopen: the life of a post after it is posted. In a private chat,
 * a member acts on their own posts and on those they claimed (an anonymous post's author never
 * has to show themselves in the group); the group hears of it as usual.
 */
public final class PostActionHandler {

    private final PublishHandler publish;

    public PostActionHandler(PublishHandler publish) {
        this.publish = publish;
    }

    /**
     * "/done" without a number: which post? When the sender has exactly one post the command could
     * mean, it is named, ready to send; nothing is done without the number. In a group, posts
     * asked privately are never among them: naming one would show whose it is.
     */
    public void whichPost(Context ctx, PostAction action) {
        String cmd = "/" + action.commandName();
        Member me = ctx.sender();
        List<Post> could = switch (action) {
            case DONE -> java.util.stream.Stream.concat(liveOwn(ctx).stream(), ctx.tx().posts().claimedBy(me.id()).stream()).toList();
            case CANCEL -> liveOwn(ctx);
            case RENEW -> liveOwn(ctx).stream().filter(p -> p.status() == PostStatus.OPEN).toList();
            case UNCLAIM -> ctx.tx().posts().claimedBy(me.id());
            default -> List.of();
        };
        List<Post> here = could.stream().filter(p -> ctx.chat().privateChat() || (p.chatId() == ctx.chat().id() && !p.anonymous()))
                .distinct().toList();
        if (here.size() == 1) {
            Post p = here.get(0);
            String which = p.isAuthor(me) ? "your " + p.kind().word() + " #" + p.number() + " " + PostLines.quote(p)
                    : "#" + p.number() + " " + PostLines.quote(p) + ", which you took up,";
            ctx.refuse("Which post? If it's " + which + " send " + cmd + " " + p.number() + ".");
            return;
        }
        ctx.refuse("Which post? Type " + cmd + " and its number, like " + cmd + " 12. /list shows the numbers.");
    }

    /** The sender's live posts where they could act on them: in this group, or privately in all their groups. */
    private static List<Post> liveOwn(Context ctx) {
        long me = ctx.sender().id();
        return ctx.chat().privateChat() ? ctx.tx().posts().liveByAuthorEverywhere(me) : ctx.tx().posts().liveByAuthor(ctx.chat().id(), me);
    }

    public void handle(Context ctx, Command.OnPost cmd) {
        if (ctx.chat().privateChat()) {
            privately(ctx, cmd);
            return;
        }
        if (cmd.group() != null) {
            // a second number chooses the group only in a private chat; here "/done 1 2" means two posts,
            // and acting on the first alone would leave the member thinking both were done
            String c = "/" + cmd.action().commandName();
            ctx.refuse("One post at a time, please: " + c + " " + cmd.number() + ", then " + c + " " + cmd.group() + ".");
            return;
        }
        Optional<Post> found = ctx.tx().posts().byNumber(ctx.chat().id(), cmd.number());
        if (found.isEmpty()) {
            ctx.refuse("I can't find post #" + cmd.number() + " in this chat. /list shows the open ones.");
            return;
        }
        Post post = found.get();
        // a coordinator freeing a stalled claim, or opening a closed post again, gets the same answer whoever's post it is,
        // so it may be done in the group
        boolean coordinatorActs = ctx.senderCoordinates() && (cmd.action() == PostAction.REOPEN || cmd.action() == PostAction.DONE
                || cmd.action() == PostAction.UNCLAIM && post.status() == PostStatus.CLAIMED);
        if (post.anonymous() && !ctx.isPress() && KEPT_PRIVATE.contains(cmd.action()) && !coordinatorActs) {
            // whoever types it, and whatever would follow, the group reads the same answer: a success
            // for the author or the helper and a refusal for everyone else would tell who they are
            ctx.concerning(post);
            ctx.reply(Message.builder().text("#" + post.number() + " was posted without a name, so everything about it happens privately: "
                            + "send me /" + cmd.action().commandName() + " " + post.number() + " in a private chat. ")
                    .botLink("Open a private chat with me", CommandParser.START_HELP).text(".").build());
            return;
        }
        act(ctx, cmd.action(), post, cmd.reason());
    }

    /** What the author or the helper of an anonymous post does to it: typed in the group, it would show who they are. */
    private static final Set<PostAction> KEPT_PRIVATE = EnumSet.of(PostAction.CLAIM, PostAction.UNCLAIM, PostAction.DONE,
            PostAction.CANCEL, PostAction.RENEW, PostAction.REDACT, PostAction.REOPEN);

    private void act(Context ctx, PostAction action, Post post, String reason) {
        ctx.concerning(post);
        if (action == PostAction.REOPEN) {
            reopen(ctx, post);
            return;
        }
        if (!post.status().isLive()) {
            // a cancelled post may have been closed by its author or by a coordinator: "closed" is true of both
            String how = post.status() == PostStatus.CANCELLED ? "" : " (" + post.status().word() + ")";
            // posted again (/redact, or withdrawn and sent anew): whoever meant to help is pointed to the open one
            Optional<Post> again = post.status() == PostStatus.CANCELLED
                    ? ctx.tx().posts().recentTwin(post.chatId(), post.author().id(), post.kind(), post.text(), post.anonymous()) : Optional.empty();
            ctx.refuse(again.isPresent() && action == PostAction.REDACT
                    ? "#" + post.number() + " was already posted again without the personal details, as #" + again.get().number() + "."
                    : again.isPresent()
                    ? "#" + post.number() + " was posted again as #" + again.get().number() + ": /" + action.commandName() + " " + again.get().number() + "."
                    : "#" + post.number() + " is already closed" + how + ". /list shows what is still open.");
            return;
        }
        switch (action) {
            case CLAIM -> claim(ctx, post);
            case UNCLAIM -> unclaim(ctx, post);
            case DONE -> done(ctx, post);
            case CANCEL -> cancel(ctx, post);
            case RENEW -> renew(ctx, post);
            case CLOSE -> close(ctx, post, reason);
            case REDACT -> publish.redact(ctx, post);
            case REOPEN -> reopen(ctx, post);
        }
    }

    /**
     * /claim 12 or /done 12 in a private chat: post #12 of one of the sender's groups. To claim,
     * any open #12 there; otherwise their own #12, or the one they claimed. A number open in
     * several of their groups is told apart by the group's number, which the bot shows (YourGroups).
     */
    private void privately(Context ctx, Command.OnPost cmd) {
        String typed = "/" + cmd.action().commandName() + " " + cmd.number();
        Member me = ctx.sender();
        List<Post> candidates = new ArrayList<>();
        List<Long> coordinated = ctx.tx().coordinators().chatsOf(me.id());
        if (cmd.action() == PostAction.CLOSE) {
            if (coordinated.isEmpty()) {
                ctx.refuse("Sorry, only a group's coordinators can close posts. /coordinators in your group shows who they are.");
                return;
            }
            for (long group : coordinated) ctx.tx().posts().byNumber(group, cmd.number()).filter(p -> p.status().isLive()).ifPresent(candidates::add);
        } else if (cmd.action() == PostAction.CLAIM) {
            for (Chat group : ctx.tx().chats().groupsOf(me.id())) {
                ctx.tx().posts().byNumber(group.id(), cmd.number()).filter(p -> p.status().isLive()).ifPresent(candidates::add);
            }
        } else if (cmd.action() == PostAction.REOPEN) {
            candidates.addAll(closedToReopen(ctx, me, cmd.number()));
        } else {
            ctx.tx().posts().liveByAuthorEverywhere(me.id()).stream().filter(p -> p.number() == cmd.number()).forEach(candidates::add);
            if (cmd.action() == PostAction.UNCLAIM || cmd.action() == PostAction.DONE) {
                ctx.tx().posts().claimedBy(me.id()).stream().filter(p -> p.number() == cmd.number()).forEach(candidates::add);
            }
            if (cmd.action() == PostAction.UNCLAIM || cmd.action() == PostAction.DONE) {
                // a coordinator frees a stalled claim, or marks done what its people forgot to, from here too
                for (long group : coordinated) {
                    ctx.tx().posts().byNumber(group, cmd.number())
                            .filter(p -> (cmd.action() == PostAction.DONE ? p.status().isLive() : p.status() == PostStatus.CLAIMED)
                                    && candidates.stream().noneMatch(c -> c.id() == p.id()))
                            .ifPresent(candidates::add);
                }
            }
        }
        if (cmd.group() != null) candidates.removeIf(p -> p.chatId() != cmd.group());
        if (candidates.isEmpty()) {
            ctx.refuse(notFound(ctx, cmd, coordinated));
            return;
        }
        if (candidates.size() > 1) {
            ctx.refuse("There is a #" + cmd.number() + " in more than one of your groups. Which one? "
                    + YourGroups.choices(YourGroups.of(ctx, candidates), typed));
            return;
        }
        Post post = candidates.get(0);
        Chat group = ctx.tx().chats().byId(post.chatId()).orElseThrow();
        Context inGroup = ctx.inGroup(group);
        act(inGroup, cmd.action(), post, cmd.reason());
        // an anonymous post's helper hears from the relay what comes next
        boolean relayTold = cmd.action() == PostAction.CLAIM && post.anonymous();
        if (!inGroup.refused() && !ctx.isPress() && !relayTold) {
            // a coordinator who freed someone else's claim did not step back from anything
            boolean freed = cmd.action() == PostAction.UNCLAIM && !post.isClaimer(me);
            ctx.reply(freed ? "#" + post.number() + " is open again for others to take up. I've told " + PublishHandler.title(group) + "."
                    : actedFromPrivate(cmd.action(), post, group) + reasonPassedOn(ctx, cmd, post));
        }
    }

    /** Why a post typed privately was not found, in the words of what was asked: with a group's number, in that group alone. */
    private static String notFound(Context ctx, Command.OnPost cmd, List<Long> coordinated) {
        int n = cmd.number();
        List<Long> groups = new ArrayList<>(ctx.tx().chats().groupsOf(ctx.sender().id()).stream().map(Chat::id).toList());
        coordinated.stream().filter(g -> !groups.contains(g)).forEach(groups::add);
        if (cmd.group() != null) groups.removeIf(g -> g != cmd.group().longValue());
        List<Post> numbered = groups.stream().map(g -> ctx.tx().posts().byNumber(g, n)).flatMap(Optional::stream).toList();
        boolean live = numbered.stream().anyMatch(p -> p.status().isLive());
        String inThatGroup = cmd.group() != null ? " in that group" : "";
        return switch (cmd.action()) {
            case REOPEN -> live ? "#" + n + inThatGroup + " is still open. /list in the group shows it."
                    : "I can't find a closed post #" + n + (cmd.group() != null ? " in that group" : " of yours"
                    + (coordinated.isEmpty() ? "" : " or of the groups you coordinate")) + " to open again. /mine shows your open posts.";
            case CLAIM -> !numbered.isEmpty() ? "#" + n + inThatGroup + " is no longer open. /list in the group shows what is."
                    : "I can't find an open #" + n + (cmd.group() != null ? " in that group" : " in your groups") + ". /list in the group shows the numbers."
                    + (groups.isEmpty() ? " (I only know you're in a group once you've written there.)" : "");
            case CLOSE -> "I can't find an open #" + n + (cmd.group() != null ? " in that group" : " in the groups you coordinate")
                    + ". /list in the group shows the numbers.";
            default -> (coordinated.isEmpty() || cmd.action() != PostAction.UNCLAIM && cmd.action() != PostAction.DONE
                    ? "You have no open post #" + n + (cmd.action() == PostAction.UNCLAIM ? " that you claimed" : "") + inThatGroup
                    : "I can't find " + (cmd.action() == PostAction.UNCLAIM ? "a claimed" : "an open") + " #" + n
                    + (cmd.group() != null ? " in that group" : " among your posts, your claims or the groups you coordinate")) + ". /mine shows yours.";
        };
    }

    /**
     * Closed posts numbered n that this member may open again from a private chat: their own, in
     * the groups they are in, and any in the groups they coordinate.
     */
    private static List<Post> closedToReopen(Context ctx, Member me, int n) {
        List<Post> found = new ArrayList<>();
        Set<Long> coordinated = Set.copyOf(ctx.tx().coordinators().chatsOf(me.id()));
        Set<Long> groups = new java.util.LinkedHashSet<>(coordinated);
        ctx.tx().chats().groupsOf(me.id()).forEach(g -> groups.add(g.id()));
        for (long group : groups) {
            ctx.tx().posts().byNumber(group, n)
                    .filter(p -> !p.status().isLive() && (p.isAuthor(me) || coordinated.contains(group)))
                    .ifPresent(found::add);
        }
        return found;
    }

    /**
     * What a member reads in the private chat after acting on a group's post from there: what
     * happened, and that the group was told (naming both, for a post with names).
     */
    private static String actedFromPrivate(PostAction action, Post post, Chat group) {
        int n = post.number();
        String told = "I've told " + PublishHandler.title(group);
        return switch (action) {
            case CLAIM -> (post.kind() == PostKind.NEED
                    ? "You're down to help with " + post.author().name() + "'s need #" + n
                    : "Noted: you'd like " + post.author().name() + "'s offer #" + n)
                    + ". " + told + ", naming you both. When it's done: /done " + n + ".";
            case UNCLAIM -> "You've stepped back from #" + n + ", so it is open again. " + told + ".";
            case DONE -> "#" + n + " is marked done. " + told + ". Thank you!";
            case CANCEL -> "#" + n + " is withdrawn. " + told + ".";
            case RENEW -> "#" + n + " stays open. " + told + ".";
            case REDACT -> "#" + n + " is withdrawn and posted again without the personal details. " + told + ".";
            case REOPEN -> "#" + n + " is open again. " + told + ".";
            case CLOSE -> "#" + n + " is closed. " + told + ". If that was a mistake: /reopen " + n + ".";
        };
    }

    /** Where a reason typed with a private /close went: the group did not read it, only the author may have. */
    private static String reasonPassedOn(Context ctx, Command.OnPost cmd, Post post) {
        if (cmd.action() != PostAction.CLOSE || cmd.reason().isEmpty() || post.isAuthor(ctx.sender())) return "";
        return post.anonymous() || ctx.tx().members().canWritePrivately(post.author().id())
                ? " Your reason went to its author alone."
                : " The group did not read your reason, and I can't pass it to its author: they have not opened a private chat with me.";
    }

    /**
     * Opens a closed post again: marked done or withdrawn by mistake, closed by a coordinator in
     * error, or expired while still wanted. It keeps its number. Whoever was helping when it closed
     * still is; without a helper it is open to claim and suggested again.
     */
    private void reopen(Context ctx, Post post) {
        int n = post.number();
        boolean coordinator = ctx.senderCoordinates();
        if (!post.isAuthor(ctx.sender()) && !coordinator) {
            ctx.refuse(PostLines.onlyAuthor(post) + " or a coordinator can open it again.");
            return;
        }
        if (post.status().isLive()) {
            ctx.refuse("#" + n + " is still open" + (post.status() == PostStatus.CLAIMED ? " (claimed)" : "") + ". /list shows it.");
            return;
        }
        Optional<Post> again = ctx.tx().posts().recentTwin(post.chatId(), post.author().id(), post.kind(), post.text(), post.anonymous());
        if (again.isPresent()) {
            ctx.refuse("#" + n + " was posted again as #" + again.get().number() + ", which is open.");
            return;
        }
        Optional<java.time.Instant> closed = ctx.tx().posts().closedAt(post.id());
        if (post.text().isEmpty() || closed.isEmpty() || closed.get().isBefore(ctx.now().minus(REOPEN_WITHIN))) {
            ctx.refuse("#" + n + " closed more than " + REOPEN_WITHIN.toDays() + " days ago, so I can't open it again. If it is still "
                    + (post.kind() == PostKind.NEED ? "needed" : "on offer") + ", please post it again: /" + post.kind().word() + " and your words.");
            return;
        }
        boolean byCoordinator = coordinator && !post.isAuthor(ctx.sender());
        // marked done or closed by mistake while someone was helping: they still are, and hear so
        Member helper = post.status() == PostStatus.EXPIRED ? null : post.claimer();
        if (helper != null && ctx.tx().members().find(helper.platform(), helper.ref()).isPresent()) {
            ctx.tx().posts().setStatus(post.id(), PostStatus.CLAIMED, helper, ctx.now());
            ctx.tx().claims().open(post.id(), helper.id(), ctx.now());
            reopenedWithHelper(ctx, post, helper, byCoordinator);
            return;
        }
        ctx.tx().posts().setStatus(post.id(), PostStatus.OPEN, null, ctx.now());
        // its expiry clock starts afresh, or an old post would close again at once
        ctx.tx().followUps().renew(post.id(), ctx.now());
        publish.reopened(ctx, ctx.tx().posts().byId(post.id()).orElseThrow(), byCoordinator);
    }

    /** A post opened again with the one who was helping still on it: named in the group, or put in touch again through the bot. */
    private static void reopenedWithHelper(Context ctx, Post post, Member helper, boolean byCoordinator) {
        int n = post.number();
        ctx.answerPress("#" + n + " is open again.");
        String opened = byCoordinator ? "A coordinator opened #" + n + " again: " : "#" + n + " is open again: ";
        if (post.anonymous()) {
            RelayHandler.open(ctx, post, helper, true);
            ctx.reply(opened + "a neighbour's " + post.kind().word() + " " + PostLines.quote(post)
                    + ", with the same neighbour helping. I've put them in touch again privately.");
            if (byCoordinator) {
                PublishHandler.tellAuthor(ctx, post, Message.of("A coordinator opened your " + post.kind().word() + " #" + n + " in "
                        + PublishHandler.title(ctx.chat()) + " again, with the same neighbour helping."));
            }
            return;
        }
        Message.Builder b = PostLines.author(Message.builder().text(opened), post).text("'s " + post.kind().word() + " " + PostLines.quote(post)
                + ", still with ").mention(helper.ref(), helper.name())
                .text(". When it's done: /done " + n + ". If plans change: /unclaim " + n + ".");
        // an offer taken again is again under way for the need its taker had
        TakenOffers.linkNeed(ctx, post, helper).ifPresent(need -> b.newline().text(helper.name() + "'s need #" + need.number()
                + " is marked as under way with " + post.author().name() + " again."));
        ctx.reply(b.build());
    }

    /** Long enough to notice a mistake or a plan falling through; older posts are better posted afresh. */
    static final java.time.Duration REOPEN_WITHIN = java.time.Duration.ofDays(30);

    private void renew(Context ctx, Post post) {
        if (!post.isAuthor(ctx.sender())) {
            ctx.refuse(PostLines.onlyAuthor(post) + " can renew it.");
            return;
        }
        long days = ctx.settings().expiry(post.kind()).toDays();
        ctx.tx().followUps().renew(post.id(), ctx.now());
        ctx.answerPress("#" + post.number() + " stays open.");
        ctx.reply("#" + post.number() + " stays open for another " + days + " days.");
    }

    /**
     * A coordinator closes a post that is stuck or should not be there; the author is named so they know.
     * A reason typed in the group is read there; one typed privately goes to the author alone, as the
     * coordinator chose not to say it in front of everyone.
     */
    private void close(Context ctx, Post post, String reason) {
        if (ctx.refuseUnlessCoordinator("/close")) return;
        Member claimer = post.claimer();
        ctx.tx().posts().setStatus(post.id(), PostStatus.CANCELLED, claimer, ctx.now());
        ctx.tx().posts().recordCloser(post.id(), ctx.sender().id());
        ctx.tx().claims().end(post.id(), "cancelled", ctx.now());
        String because = reason.isEmpty() ? "." : ": " + reason + (reason.matches(".*[.!?…]$") ? "" : ".");
        boolean reasonInGroup = !ctx.actingFromPrivate();
        String closedNote = "A coordinator closed #" + post.number() + (reasonInGroup ? because : ".");
        boolean authorAway = post.author().id() != ctx.sender().id();
        // the author of a nameless post reads nothing in the group with their name: they hear it privately, with a way on,
        // in one message with the end of their conversation, if they had one
        if (post.anonymous() && authorAway) {
            String toAuthor = closedToAuthor(ctx, post, because) + " here opens it again; or ask one of the group's coordinators why"
                    + " (/coordinators shows who they are).";
            if (ctx.tx().relays().activeFor(post.id()).isPresent()) RelayHandler.close(ctx, post, toAuthor, closedNote);
            else PublishHandler.tellAuthor(ctx, post, Message.of(toAuthor));
        } else {
            RelayHandler.close(ctx, post, closedNote);
            if (!reason.isEmpty() && !reasonInGroup && authorAway && ctx.tx().members().canWritePrivately(post.author().id())) {
                PublishHandler.tellAuthor(ctx, post, Message.of(closedToAuthor(ctx, post, because) + " opens it again."));
            }
        }
        ctx.answerPress("#" + post.number() + " is closed.");
        // in the group, "/reopen" would be typed by the author of a nameless post there, for all to see
        Message.Builder closed = PostLines.author(Message.builder().text("#" + post.number() + " ("), post)
                .text("'s " + post.kind().word() + ") was closed by a coordinator" + (reasonInGroup ? because : ".") + " " + (post.anonymous()
                        ? "Its author can open it again from their private chat with me." : "/reopen " + post.number() + " opens it again."));
        TakenOffers.release(ctx, post, closed);
        ctx.reply(closed.build());
    }

    /** What a post's author reads when a coordinator closed it, up to the /reopen that undoes it. */
    private static String closedToAuthor(Context ctx, Post post, String because) {
        return "A coordinator closed your " + post.kind().word() + " #" + post.number() + " in " + PublishHandler.title(ctx.chat()) + because
                + " If you still " + (post.kind() == PostKind.NEED ? "need help" : "can help") + ", /reopen " + post.number();
    }

    private void claim(Context ctx, Post post) {
        Member me = ctx.sender();
        if (post.isAuthor(me)) {
            String why = "#" + post.number() + " is your own post. To close it: /done " + post.number() + " or /cancel " + post.number() + ".";
            // said in the group, it would tell everyone who asked anonymously
            if (post.anonymous() && !ctx.isPress() && !ctx.actingFromPrivate()) {
                PublishHandler.tellAuthor(ctx, post, Message.of(why + " Nobody in the group was told it is yours."));
            } else {
                ctx.refuse(why);
            }
            return;
        }
        if (post.status() == PostStatus.CLAIMED) {
            ctx.refuse(post.isClaimer(me)
                    ? TakenOffers.offerFor(ctx, post).map(offer -> "You're already down to help with #" + post.number() + ": "
                            + post.author().name() + " took your offer #" + offer.number() + " for it. When it's sorted: /done " + post.number() + ".")
                            .orElse("You have already claimed #" + post.number() + ". When it's sorted: /done " + post.number() + ".")
                    : "#" + post.number() + " is already claimed by " + PostLines.claimerName(post) + "."
                            // an offer of several things, or portions, is taken whole by one claim: what is left can be posted again
                            + (post.kind() == PostKind.OFFER ? " If there is more of it, " + (post.anonymous() ? "whoever offered it" : post.author().name())
                            + " can post what is left with /offer." : " /list shows what is still open."));
            return;
        }
        ctx.tx().posts().setStatus(post.id(), PostStatus.CLAIMED, me, ctx.now());
        ctx.tx().claims().open(post.id(), me.id(), ctx.now());
        if (post.anonymous()) {
            claimAnonymous(ctx, post, me);
            return;
        }
        ctx.answerPress(post.kind() == PostKind.NEED
                ? "Thank you! You're helping with #" + post.number() + "."
                : "Noted: you'd like offer #" + post.number() + ". Talk to " + post.author().name() + " to sort it out.");
        Message.Builder b = Message.builder().mention(me.ref(), me.name());
        if (post.kind() == PostKind.NEED) {
            b.text(" can help with ").mention(post.author().ref(), post.author().name()).text("'s need #" + post.number() + " " + PostLines.quote(post) + ".");
        } else {
            b.text(" would like ").mention(post.author().ref(), post.author().name()).text("'s offer #" + post.number() + " " + PostLines.quote(post) + ".");
        }
        b.newline().text("Please talk to each other to sort out the details. When it's done: /done " + post.number()
                + ". If plans change: /unclaim " + post.number() + ".");
        TakenOffers.linkNeed(ctx, post, me).ifPresent(need -> b.newline().text("Your need #" + need.number() + " is marked as under way with "
                + post.author().name() + ", so nobody else sets out to help with it twice."));
        ctx.reply(b.build());
    }

    /**
     * A claim of an anonymous post names nobody in the group: the bot connects the two privately.
     * A helper it cannot write to yet is asked, in the group and the press answer, to open a private chat.
     */
    private static void claimAnonymous(Context ctx, Post post, Member me) {
        int n = post.number();
        RelayHandler.open(ctx, post, me);
        boolean reachable = ctx.tx().members().canWritePrivately(me.id());
        ctx.answerPress(reachable ? "Thank you! I've written to you privately about #" + n + "."
                : "Thank you! Please open a private chat with me (the link is in the group) so I can put you in touch.");
        Message.Builder b = Message.builder().text("#" + n + " " + PostLines.quote(post) + " has "
                + (post.kind() == PostKind.NEED ? "a helper" : "been taken") + ". I'm putting them in touch privately, without names.");
        if (!reachable) {
            b.newline().text("To whoever claimed it: I can't write to you yet. ")
                    .botLink("Open a private chat with me", CommandParser.START_RELAY).text(" and I'll pass on messages.");
        }
        b.newline().text("Whoever claimed it: /done " + n + " and /unclaim " + n + " also work in our private chat, where nobody sees who you are.");
        // not as a reply to the claim: that would point at who claimed it
        ctx.announce(b.build());
    }

    private void unclaim(Context ctx, Post post) {
        // a claim that has stalled is a coordinator's to free: closing the whole post was the only other way
        // in the group, a coordinator who is also its nameless helper gets the coordinator's answer: another would tell who helps
        boolean seenInGroup = post.anonymous() && !ctx.isPress() && !ctx.actingFromPrivate() && !ctx.chat().privateChat();
        if ((!post.isClaimer(ctx.sender()) || seenInGroup) && post.status() == PostStatus.CLAIMED && ctx.senderCoordinates()) {
            freeClaim(ctx, post);
            return;
        }
        if (post.isAuthor(ctx.sender()) && post.status() == PostStatus.CLAIMED && !post.isClaimer(ctx.sender())) {
            turnDown(ctx, post);
            return;
        }
        if (!post.isClaimer(ctx.sender())) {
            ctx.refuse(post.status() != PostStatus.CLAIMED
                    ? "#" + post.number() + " isn't claimed. To help with it: /claim " + post.number() + "."
                    : post.anonymous() ? "Only the neighbour who claimed #" + post.number() + " can unclaim it."
                    : "Only " + post.claimer().name() + ", who claimed #" + post.number() + ", can unclaim it.");
            return;
        }
        RelayHandler.close(ctx, post, "The neighbour who offered on #" + post.number() + " had to step back, so it is open again.");
        ctx.answerPress("#" + post.number() + " is open again.");
        ctx.tx().posts().setStatus(post.id(), PostStatus.OPEN, null, ctx.now());
        ctx.tx().claims().end(post.id(), "unclaimed", ctx.now());
        if (post.anonymous()) {
            ctx.reply("The neighbour who offered had to step back from #" + post.number() + " " + PostLines.quote(post)
                    + ", so it is open again. " + PostLines.anyoneCan(post));
            return;
        }
        Message.Builder b = Message.builder().mention(ctx.sender().ref(), ctx.sender().name())
                .text(" stepped back from #" + post.number() + ", so it is open again. ")
                .mention(post.author().ref(), post.author().name())
                .text(", your " + post.kind().word() + " is still listed. Anyone who can: /claim " + post.number() + ".");
        TakenOffers.release(ctx, post, b);
        ctx.reply(b.build());
    }

    /**
     * The author turns a claim down: a dog walker whose "not big dogs" was missed, a taker who
     * cannot collect. The post is open again, and a need the claim had marked under way is too.
     */
    private void turnDown(Context ctx, Post post) {
        Member claimer = post.claimer();
        // the author did it, so the note reaches the helper alone; without a conversation they hear it privately all the same
        String note = "The neighbour who posted #" + post.number() + " can't go ahead after all, so it is open again.";
        if (!RelayHandler.close(ctx, post, note)) tellClaimerPrivately(ctx, claimer, note + " Thank you for offering.");
        ctx.answerPress("#" + post.number() + " is open again.");
        ctx.tx().posts().setStatus(post.id(), PostStatus.OPEN, null, ctx.now());
        ctx.tx().claims().end(post.id(), "unclaimed", ctx.now());
        if (post.anonymous()) {
            ctx.reply("#" + post.number() + " " + PostLines.quote(post) + " is open again: its author can't go ahead with the neighbour who claimed it. "
                    + PostLines.anyoneCan(post));
            return;
        }
        Message.Builder b = Message.builder().mention(post.author().ref(), post.author().name()).text(" can't go ahead with ")
                .mention(claimer.ref(), claimer.name()).text(" on #" + post.number() + " after all, so it is open again.");
        TakenOffers.release(ctx, post, b);
        ctx.reply(b.build());
    }

    /** A claim ended by someone else, told to its claimer in their private chat, where they may have made it. */
    private static void tellClaimerPrivately(Context ctx, Member claimer, String note) {
        if (claimer != null && claimer.id() != ctx.sender().id() && ctx.tx().members().canWritePrivately(claimer.id())) {
            ctx.tellPrivately(claimer, Message.of(note));
        }
    }

    /** A coordinator opens a claimed post again; the one who claimed it is named, so they hear it. */
    private void freeClaim(Context ctx, Post post) {
        if (!RelayHandler.close(ctx, post, "A coordinator opened #" + post.number() + " again for others to take up, so this conversation ends.")) {
            tellClaimerPrivately(ctx, post.claimer(), "A coordinator opened #" + post.number() + " in " + PublishHandler.title(ctx.chat())
                    + " again for others to take up, so you're no longer down to help with it.");
        }
        ctx.answerPress("#" + post.number() + " is open again.");
        ctx.tx().posts().setStatus(post.id(), PostStatus.OPEN, null, ctx.now());
        ctx.tx().claims().end(post.id(), "unclaimed", ctx.now());
        if (post.anonymous()) {
            ctx.reply("A coordinator opened #" + post.number() + " " + PostLines.quote(post) + " again. " + PostLines.anyoneCan(post));
            return;
        }
        Message.Builder b = Message.builder().text("A coordinator opened #" + post.number() + " again: ")
                .mention(post.claimer().ref(), post.claimer().name()).text(" no longer has it. ")
                .mention(post.author().ref(), post.author().name())
                .text(", your " + post.kind().word() + " is still listed. Anyone who can: /claim " + post.number() + ".");
        TakenOffers.release(ctx, post, b);
        ctx.reply(b.build());
    }

    private void done(Context ctx, Post post) {
        Member me = ctx.sender();
        // a coordinator marks done what its people forgot to, so that it counts as help given, not as closed
        if (!post.isAuthor(me) && !post.isClaimer(me) && !ctx.senderCoordinates()) {
            ctx.refuse(post.anonymous() ? "Only the neighbour who posted #" + post.number() + ", or who claimed it, can mark it as done."
                    : "Only " + post.author().name() + (post.claimer() != null ? " or " + post.claimer().name() : "")
                    + " can mark #" + post.number() + " as done.");
            return;
        }
        Member claimer = post.claimer();
        // the other side hears who marked it; the author, who may reopen it, hears how if it is not sorted after all
        String by = post.isClaimer(me) ? "The neighbour helping you marked #" + post.number() + " done."
                : post.isAuthor(me) ? "#" + post.number() + " is marked done." : "A coordinator marked #" + post.number() + " done.";
        RelayHandler.close(ctx, post, by + " If it isn't sorted after all: /reopen " + post.number() + ".",
                (post.isClaimer(me) ? "" : by + " ") + "Thank you for helping!");
        ctx.answerPress("#" + post.number() + " is marked done. Thank you!");
        ctx.tx().posts().setStatus(post.id(), PostStatus.DONE, claimer, ctx.now());
        ctx.tx().posts().recordCloser(post.id(), me.id());
        ctx.tx().claims().end(post.id(), "done", ctx.now());
        Message.Builder b = PostLines.author(Message.builder().text("#" + post.number() + " is done: "), post)
                .text("'s " + post.kind().word() + " " + PostLines.quote(post) + ".");
        // whoever gave the help is thanked: on a need the one who claimed it, on an offer its author
        boolean offer = post.kind() == PostKind.OFFER;
        if (claimer != null && post.anonymous()) {
            b.text(offer ? " Thank you to the neighbour who offered it!" : " Thank you to the neighbour who helped!");
        } else if (claimer != null) {
            Member helper = offer ? post.author() : claimer;
            b.text(" Thank you, ").mention(helper.ref(), helper.name()).text("!");
        } else {
            b.text(" Thanks for letting everyone know.");
        }
        // the taker's own need is theirs to close: the offer may have met only part of it
        TakenOffers.linkedNeed(ctx, post).ifPresent(need -> b.newline().mention(need.author().ref(), need.author().name())
                .text(", if your need #" + need.number() + " is sorted too: /done " + need.number() + "."));
        ctx.reply(b.build());
    }

    private void cancel(Context ctx, Post post) {
        if (!post.isAuthor(ctx.sender())) {
            ctx.refuse(PostLines.onlyAuthor(post) + " can cancel it."
                    + (post.isClaimer(ctx.sender()) ? " To step back: /unclaim " + post.number() + "." : ""));
            return;
        }
        Member claimer = post.claimer();
        RelayHandler.close(ctx, post, "#" + post.number() + " was withdrawn by its author, so there is no need to help with it any more. Thank you for offering.");
        ctx.answerPress("#" + post.number() + " is withdrawn.");
        ctx.tx().posts().setStatus(post.id(), PostStatus.CANCELLED, claimer, ctx.now());
        ctx.tx().posts().recordCloser(post.id(), ctx.sender().id());
        ctx.tx().claims().end(post.id(), "cancelled", ctx.now());
        Message.Builder b = Message.builder().text("#" + post.number() + " is withdrawn by its author.");
        // the helper of an anonymous post hears it privately, from the relay
        if (claimer != null && !post.anonymous()) {
            b.text(" ").mention(claimer.ref(), claimer.name()).text(post.kind() == PostKind.NEED
                    ? ", no need to help with this one any more. Thank you for offering." : ", it is no longer on offer, sorry.");
        }
        TakenOffers.release(ctx, post, b);
        ctx.reply(b.build());
    }
}
