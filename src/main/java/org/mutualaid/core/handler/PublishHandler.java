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
import org.mutualaid.platform.Button;
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
        NewPost draft = new NewPost(ctx.chat().id(), cmd.kind(), ctx.sender(), cmd.text(), TextRules.tags(cmd.text()),
                matcher.categorize(cmd.text(), ctx.tx().synonyms().of(ctx.chat().id())), ctx.now());
        int number = ctx.tx().chats().takeNextPostNumber(ctx.chat().id());
        Post post = ctx.tx().posts().insert(draft, number);
        List<Suggestion> suggestions = matcher.suggestFor(post, ctx.tx());
        int rank = 0;
        for (Suggestion s : suggestions) {
            long needId = post.kind() == PostKind.NEED ? post.id() : s.post().id();
            long offerId = post.kind() == PostKind.NEED ? s.post().id() : post.id();
            ctx.tx().suggestions().record(needId, offerId, post.id(), ++rank, s.score(), s.reason(), ctx.now());
        }
        ctx.reply(confirmation(ctx, post, suggestions));
    }

    private static Message confirmation(Context ctx, Post post, List<Suggestion> suggestions) {
        Message.Builder b = Message.builder();
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
            return b.build();
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
        return b.build();
    }
}
