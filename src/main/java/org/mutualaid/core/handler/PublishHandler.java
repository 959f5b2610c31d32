package org.mutualaid.core.handler;

import java.util.List;
import org.mutualaid.core.command.Command;
import org.mutualaid.core.command.CommandParser;
import org.mutualaid.core.command.PostAction;
import org.mutualaid.core.command.TextRules;
import org.mutualaid.core.match.Matcher;
import org.mutualaid.core.match.Suggestion;
import org.mutualaid.core.model.NewPost;
import org.mutualaid.core.model.Post;
import org.mutualaid.core.model.PostKind;
import org.mutualaid.core.model.PostStatus;
import org.mutualaid.platform.Button;
import org.mutualaid.platform.Destination;
import org.mutualaid.platform.Message;

/** /need and /offer: store the post, suggest up to three posts of the other kind, record the suggestions. */
public final class PublishHandler {

    private final Matcher matcher;

    public PublishHandler(Matcher matcher) {
        this.matcher = matcher;
    }

    public void handle(Context ctx, Command.Publish cmd) {
        if (ctx.chat().privateChat()) {
            ctx.reply("Please post your " + cmd.kind().word() + " in your group's chat, so neighbours there can see it.");
            return;
        }
        publish(ctx, cmd.kind(), cmd.text(), null);
    }

    /**
     * /redact n (or its button): the author's post goes again without the personal details it gave
     * away; the old one is withdrawn. Only the author may, and only when there is something to remove.
     */
    public void redact(Context ctx, Post old) {
        if (!old.isAuthor(ctx.sender())) {
            ctx.refuse("Only " + old.author().name() + ", who posted #" + old.number() + ", can do that.");
            return;
        }
        String text = TextRules.withoutPersonalDetails(old.text());
        if (text.equals(old.text())) {
            ctx.refuse("I found no phone number, e-mail or street address in #" + old.number() + ".");
            return;
        }
        ctx.tx().posts().setStatus(old.id(), PostStatus.CANCELLED, old.claimer(), ctx.now());
        ctx.tx().claims().end(old.id(), "cancelled", ctx.now());
        // the withdrawn post must not keep what was removed
        ctx.tx().posts().replaceClosedText(old.id(), text);
        ctx.answerPress("#" + old.number() + " is posted again without them.");
        publish(ctx, old.kind(), text, "#" + old.number() + " is withdrawn and posted again without the personal details. ");
    }

    private void publish(Context ctx, PostKind kind, String text, String preface) {
        NewPost draft = new NewPost(ctx.chat().id(), kind, ctx.sender(), text, TextRules.tags(text),
                matcher.categorize(text, ctx.tx().synonyms().of(ctx.chat().id())), ctx.now());
        int number = ctx.tx().chats().takeNextPostNumber(ctx.chat().id());
        Post post = ctx.tx().posts().insert(draft, number);
        List<Suggestion> suggestions = matcher.suggestFor(post, ctx.tx());
        int rank = 0;
        for (Suggestion s : suggestions) {
            long needId = post.kind() == PostKind.NEED ? post.id() : s.post().id();
            long offerId = post.kind() == PostKind.NEED ? s.post().id() : post.id();
            ctx.tx().suggestions().record(needId, offerId, post.id(), ++rank, s.score(), s.reason(), ctx.now());
        }
        List<String> personal = TextRules.personalDetails(post.text());
        boolean warnedPrivately = !personal.isEmpty() && warnPrivately(ctx, post, personal);
        Message.Builder b = Message.builder();
        if (preface != null) b.text(preface);
        confirmation(ctx, b, post, suggestions);
        if (!personal.isEmpty()) {
            // said in the group only when the bot cannot say it privately; the button is for the author alone
            if (!warnedPrivately) {
                b.newline().text("Your post seems to include " + listed(personal) + " that everyone here can read. "
                        + "To post it again without: /redact " + post.number() + ".");
            }
            b.buttonRow(List.of(new Button("Post again without it", CommandParser.action(PostAction.REDACT, post.number()))));
        }
        ctx.reply(b.build());
    }

    /** Tells the author privately what their post gives away, if the bot may write to them there. */
    private static boolean warnPrivately(Context ctx, Post post, List<String> personal) {
        if (!ctx.tx().members().canWritePrivately(ctx.sender().id())) return false;
        String title = ctx.chat().title() == null ? "your group" : ctx.chat().title();
        ctx.tx().outbox().add(Destination.member(ctx.chat().platform(), ctx.sender().ref()), Message.of("Your "
                + post.kind().word() + " #" + post.number() + " in " + title + " seems to include a " + String.join(" and a ", personal)
                + ", which everyone there can read. To post it again without: tap \"Post again without it\" under my reply there, or type /redact "
                + post.number() + " in the group."), ctx.now());
        return true;
    }

    private static Message.Builder confirmation(Context ctx, Message.Builder b, Post post, List<Suggestion> suggestions) {
        b.text("Thanks, ").mention(ctx.sender().ref(), ctx.sender().name())
                .text(". Your " + post.kind().word() + " is #" + post.number() + ".");
        int n = post.number();
        if (suggestions.isEmpty()) {
            b.text(post.kind() == PostKind.NEED
                    ? " Anyone who can help: type /claim " + n + "."
                    : " Anyone who needs this: type /claim " + n + ".");
            b.buttonRow(List.of(new Button(post.kind() == PostKind.NEED ? "I can help" : "I'd like this",
                            CommandParser.action(PostAction.CLAIM, n)),
                    new Button("Done", CommandParser.action(PostAction.DONE, n))));
            return b;
        }
        b.newline().line(post.kind() == PostKind.NEED ? "These offers might help:" : "Neighbours who might need this:");
        for (Suggestion s : suggestions) {
            PostLines.suggestion(b, s.post(), s.reason());
            b.newline();
            int other = s.post().number();
            b.buttonRow(List.of(
                    new Button(post.kind() == PostKind.NEED ? "Take offer #" + other : "Help with #" + other,
                            CommandParser.action(PostAction.CLAIM, other)),
                    new Button("#" + other + ": not a match", CommandParser.dismissAction(n, other))));
        }
        b.buttonRow(post.kind() == PostKind.NEED
                ? List.of(new Button("I can help with #" + n, CommandParser.action(PostAction.CLAIM, n)),
                        new Button("Done", CommandParser.action(PostAction.DONE, n)))
                : List.of(new Button("Done", CommandParser.action(PostAction.DONE, n))));
        int first = suggestions.get(0).post().number();
        b.text(post.kind() == PostKind.NEED
                ? "To take an offer, type /claim " + first + " (with its number). Anyone else who can help: /claim " + post.number() + "."
                : "To help one of them, type /claim " + first + " (with its number).");
        return b;
    }

    /** "an e-mail address and a phone number" */
    private static String listed(List<String> kinds) {
        return String.join(" and ", kinds.stream().map(k -> (k.startsWith("e") ? "an " : "a ") + k).toList());
    }
}
