package org.mutualaid.core.handler;

import java.util.Optional;
import org.mutualaid.core.command.Command;
import org.mutualaid.core.model.Member;
import org.mutualaid.core.model.Post;
import org.mutualaid.core.model.PostKind;
import org.mutualaid.core.model.PostStatus;
import org.mutualaid.platform.Message;

/** /claim, /unclaim, /done and /cancel: the life of a post after it is posted. */
public final class PostActionHandler {

    private final PublishHandler publish;

    public PostActionHandler(PublishHandler publish) {
        this.publish = publish;
    }

    public void handle(Context ctx, Command.OnPost cmd) {
        if (ctx.chat().privateChat()) {
            ctx.refuse("Please type /" + cmd.action().commandName() + " " + cmd.number() + " in the group where the post is.");
            return;
        }
        Optional<Post> found = ctx.tx().posts().byNumber(ctx.chat().id(), cmd.number());
        if (found.isEmpty()) {
            ctx.refuse("I can't find post #" + cmd.number() + " in this chat. /list shows the open ones.");
            return;
        }
        Post post = found.get();
        if (!post.status().isLive()) {
            ctx.refuse("#" + post.number() + " is already closed (" + post.status().word() + "). /list shows what is still open.");
            return;
        }
        switch (cmd.action()) {
            case CLAIM -> claim(ctx, post);
            case UNCLAIM -> unclaim(ctx, post);
            case DONE -> done(ctx, post);
            case CANCEL -> cancel(ctx, post);
            case RENEW -> renew(ctx, post);
            case CLOSE -> close(ctx, post);
            case REDACT -> publish.redact(ctx, post);
        }
    }

    private void renew(Context ctx, Post post) {
        if (!post.isAuthor(ctx.sender())) {
            ctx.refuse("Only " + post.author().name() + ", who posted #" + post.number() + ", can renew it.");
            return;
        }
        long days = ctx.settings().expiry(post.kind()).toDays();
        ctx.tx().followUps().renew(post.id(), ctx.now());
        ctx.answerPress("#" + post.number() + " stays open.");
        ctx.reply("#" + post.number() + " stays open for another " + days + " days.");
    }

    /** A coordinator closes a post that is stuck or should not be there; the author is named so they know. */
    private void close(Context ctx, Post post) {
        if (ctx.refuseUnlessCoordinator("/close")) return;
        Member claimer = post.claimer();
        ctx.tx().posts().setStatus(post.id(), PostStatus.CANCELLED, claimer, ctx.now());
        ctx.tx().claims().end(post.id(), "cancelled", ctx.now());
        ctx.answerPress("#" + post.number() + " is closed.");
        ctx.reply(Message.builder().text("#" + post.number() + " (")
                .mention(post.author().ref(), post.author().name()).text("'s " + post.kind().word() + ") was closed by a coordinator.")
                .build());
    }

    private void claim(Context ctx, Post post) {
        Member me = ctx.sender();
        if (post.isAuthor(me)) {
            ctx.refuse("#" + post.number() + " is your own post. To close it: /done " + post.number() + " or /cancel " + post.number() + ".");
            return;
        }
        if (post.status() == PostStatus.CLAIMED) {
            ctx.refuse(post.isClaimer(me)
                    ? "You have already claimed #" + post.number() + ". When it's sorted: /done " + post.number() + "."
                    : "#" + post.number() + " is already claimed by " + post.claimer().name() + ". /list shows what is still open.");
            return;
        }
        ctx.answerPress(post.kind() == PostKind.NEED
                ? "Thank you! You're helping with #" + post.number() + "."
                : "Noted: you'd like offer #" + post.number() + ". Talk to " + post.author().name() + " to sort it out.");
        ctx.tx().posts().setStatus(post.id(), PostStatus.CLAIMED, me, ctx.now());
        ctx.tx().claims().open(post.id(), me.id(), ctx.now());
        Message.Builder b = Message.builder().mention(me.ref(), me.name());
        if (post.kind() == PostKind.NEED) {
            b.text(" can help with ").mention(post.author().ref(), post.author().name()).text("'s need #" + post.number() + " " + PostLines.quote(post) + ".");
        } else {
            b.text(" would like ").mention(post.author().ref(), post.author().name()).text("'s offer #" + post.number() + " " + PostLines.quote(post) + ".");
        }
        b.newline().text("Please talk to each other to sort out the details. When it's done: /done " + post.number()
                + ". If plans change: /unclaim " + post.number() + ".");
        ctx.reply(b.build());
    }

    private void unclaim(Context ctx, Post post) {
        if (!post.isClaimer(ctx.sender())) {
            ctx.refuse(post.status() == PostStatus.CLAIMED
                    ? "Only " + post.claimer().name() + ", who claimed #" + post.number() + ", can unclaim it."
                    : "#" + post.number() + " isn't claimed. To help with it: /claim " + post.number() + ".");
            return;
        }
        ctx.answerPress("#" + post.number() + " is open again.");
        ctx.tx().posts().setStatus(post.id(), PostStatus.OPEN, null, ctx.now());
        ctx.tx().claims().end(post.id(), "unclaimed", ctx.now());
        ctx.reply(Message.builder().mention(ctx.sender().ref(), ctx.sender().name())
                .text(" stepped back from #" + post.number() + ", so it is open again. ")
                .mention(post.author().ref(), post.author().name())
                .text(", your " + post.kind().word() + " is still listed. Anyone who can: /claim " + post.number() + ".").build());
    }

    private void done(Context ctx, Post post) {
        Member me = ctx.sender();
        if (!post.isAuthor(me) && !post.isClaimer(me)) {
            ctx.refuse("Only " + post.author().name() + (post.claimer() != null ? " or " + post.claimer().name() : "")
                    + " can mark #" + post.number() + " as done.");
            return;
        }
        Member claimer = post.claimer();
        ctx.answerPress("#" + post.number() + " is marked done. Thank you!");
        ctx.tx().posts().setStatus(post.id(), PostStatus.DONE, claimer, ctx.now());
        ctx.tx().claims().end(post.id(), "done", ctx.now());
        Message.Builder b = Message.builder().text("#" + post.number() + " is done: ")
                .mention(post.author().ref(), post.author().name()).text("'s " + post.kind().word() + " " + PostLines.quote(post) + ".");
        if (claimer != null) {
            b.text(" Thank you, ").mention(claimer.ref(), claimer.name()).text("!");
        } else {
            b.text(" Thanks for letting everyone know.");
        }
        ctx.reply(b.build());
    }

    private void cancel(Context ctx, Post post) {
        if (!post.isAuthor(ctx.sender())) {
            ctx.refuse("Only " + post.author().name() + ", who posted #" + post.number() + ", can cancel it."
                    + (post.isClaimer(ctx.sender()) ? " To step back: /unclaim " + post.number() + "." : ""));
            return;
        }
        Member claimer = post.claimer();
        ctx.answerPress("#" + post.number() + " is withdrawn.");
        ctx.tx().posts().setStatus(post.id(), PostStatus.CANCELLED, claimer, ctx.now());
        ctx.tx().claims().end(post.id(), "cancelled", ctx.now());
        Message.Builder b = Message.builder().text("#" + post.number() + " is withdrawn by its author.");
        if (claimer != null) b.text(" ").mention(claimer.ref(), claimer.name()).text(", no need to help with this one any more. Thank you for offering.");
        ctx.reply(b.build());
    }
}
