package org.mutualaid.core.handler;

import java.util.List;
import org.mutualaid.core.command.Command;
import org.mutualaid.core.command.CommandParser;
import org.mutualaid.core.match.GroupWords;
import org.mutualaid.core.match.Taxonomy;
import org.mutualaid.core.model.Post;
import org.mutualaid.platform.Message;

/** /list [needs|offers] [#tag] [page]: live posts, newest first, a page at a time. */
public final class ListHandler {

    public static final int PAGE_SIZE = 15;
    private final Taxonomy taxonomy;

    public ListHandler(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    public void handle(Context ctx, Command.ListPosts cmd) {
        if (ctx.chat().privateChat()) {
            ctx.reply("Type /list in your group's chat to see its posts. Here, /mine shows your own.");
            return;
        }
        // "#groceries" finds posts the bot filed under food, as well as posts tagged #groceries
        String tag = cmd.tag() == null ? null : categoryOf(ctx, cmd.tag());
        int total = ctx.tx().posts().countLive(ctx.chat().id(), cmd.kind(), tag);
        String what = (cmd.kind() == null ? "posts" : cmd.kind().word() + "s") + (cmd.tag() == null ? "" : " about #" + cmd.tag());
        if (total == 0 && cmd.tag() != null && taxonomy.category(tag).isEmpty() && !ctx.tx().posts().anyTagged(ctx.chat().id(), tag)) {
            // neither a category nor a tag of any post here, open or closed: most likely not what was meant
            ctx.reply("No posts about #" + cmd.tag() + " here. " + CommandParser.LIST_EXAMPLES);
            return;
        }
        if (total == 0) {
            ctx.reply("No open " + what + " right now. Post one with /need or /offer.");
            return;
        }
        int pages = (total + PAGE_SIZE - 1) / PAGE_SIZE;
        if (cmd.page() > pages) {
            ctx.reply("There " + (pages == 1 ? "is only 1 page" : "are only " + pages + " pages") + " of open " + what + ".");
            return;
        }
        List<Post> posts = ctx.tx().posts().live(ctx.chat().id(), cmd.kind(), tag, (cmd.page() - 1) * PAGE_SIZE, PAGE_SIZE);
        Message.Builder b = Message.builder();
        b.line("Open " + what + (pages > 1 ? " (page " + cmd.page() + " of " + pages + ")" : "") + ":");
        int shown = 0;
        for (Post p : posts) {
            if (b.length() > PostLines.LISTING_BUDGET) break;
            ctx.concerning(p);
            PostLines.listing(b, p, ctx.now());
            b.newline();
            shown++;
        }
        // cannot happen while lines are cut to LINE_UNITS; if it ever did, say so rather than drop posts silently
        if (shown < posts.size()) b.line("…and " + (posts.size() - shown) + " more that did not fit.");
        if (cmd.page() < pages) b.line("More: /list " + rest(cmd) + (cmd.page() + 1));
        b.text("To help or take one: /claim and its number.");
        ctx.reply(b.build());
    }

    /** The category a word names, by the taxonomy or the group's own words (/synonym); else the word itself, as a tag. */
    private String categoryOf(Context ctx, String word) {
        java.util.Optional<String> known = taxonomy.categoryOfWord(word);
        if (known.isPresent()) return known.get();
        GroupWords taught = ctx.tx().synonyms().of(ctx.chat().id());
        String stem = GroupWords.stemOf(word);
        String category = taught.categories().get(stem);
        if (category != null) return category;
        String means = taught.meanings().get(stem);
        return means == null ? word : taxonomy.categoryOfPhrase(means).orElse(word);
    }

    private static String rest(Command.ListPosts cmd) {
        return (cmd.kind() == null ? "" : cmd.kind().word() + "s ") + (cmd.tag() == null ? "" : "#" + cmd.tag() + " ");
    }
}
