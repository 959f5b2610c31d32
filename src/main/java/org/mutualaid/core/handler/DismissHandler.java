package org.mutualaid.core.handler;

import java.util.Optional;
import org.mutualaid.core.command.Command;
import org.mutualaid.core.model.Post;
import org.mutualaid.core.model.PostKind;

/**
 * The "Not a match" button under a suggestion: the pair is not suggested again. Only the two
 * authors may say so, since they know what they asked for and what they offered. Typed in the
 * group about a post asked anonymously, everyone gets the same answer.
 */
public final class DismissHandler {

    public void handle(Context ctx, Command.Dismiss cmd) {
        if (ctx.chat().privateChat()) {
            // posts are numbered in their group: here the numbers name nothing. Not sent to the group
            // either: typed there about a post asked without a name, it would show whose it is
            ctx.refuse("There's nothing to hide from here: I suggest each pair of posts only once. "
                    + "In a group, a suggestion's \"not a match\" button tells me it was no help.");
            return;
        }
        Optional<Post> post = ctx.tx().posts().byNumber(ctx.chat().id(), cmd.postNumber());
        Optional<Post> other = ctx.tx().posts().byNumber(ctx.chat().id(), cmd.otherNumber());
        if (post.isEmpty() || other.isEmpty()) {
            ctx.refuse("I can't find post #" + (post.isEmpty() ? cmd.postNumber() : cmd.otherNumber()) + " in this chat. /list shows the open ones.");
            return;
        }
        if (post.get().kind() == other.get().kind()) {
            ctx.refuse("#" + cmd.postNumber() + " and #" + cmd.otherNumber() + " are both " + post.get().kind().word() + "s, so I never suggest them together. "
                    + "/nomatch takes your post's number and then the suggested one's, like /nomatch 12 3.");
            return;
        }
        Post need = post.get().kind() == PostKind.NEED ? post.get() : other.get();
        Post offer = post.get().kind() == PostKind.OFFER ? post.get() : other.get();
        ctx.concerning(need);
        ctx.concerning(offer);
        // whoever asks: which posts were suggested together is no secret, the group read it
        if (!ctx.tx().suggestions().partnersOf(need.id()).contains(offer.id())) {
            ctx.refuse("#" + cmd.otherNumber() + " was never suggested for #" + cmd.postNumber() + ", so there is nothing to hide.");
            return;
        }
        boolean mayDismiss = need.isAuthor(ctx.sender()) || offer.isAuthor(ctx.sender());
        if ((need.anonymous() || offer.anonymous()) && !ctx.isPress() && !ctx.chat().privateChat()) {
            // typed in the group, a refusal for everyone but the author would say whose post it is
            if (mayDismiss) ctx.tx().suggestions().dismiss(need.id(), offer.id(), ctx.now());
            ctx.reply("Noted. If one of these two is your post, I won't suggest them together again.");
            return;
        }
        if (!mayDismiss) {
            ctx.refuse("Only " + PostLines.authorName(need) + " or " + PostLines.authorName(offer) + " can say this isn't a match.");
            return;
        }
        boolean hidden = ctx.tx().suggestions().dismiss(need.id(), offer.id(), ctx.now());
        ctx.refuse(hidden
                ? "Thanks. I won't suggest #" + cmd.otherNumber() + " for #" + cmd.postNumber() + " again."
                : "That suggestion was already hidden.");
    }
}
