package org.mutualaid.core.handler;

import java.util.List;
import java.util.Optional;
import org.mutualaid.core.command.Command;
import org.mutualaid.core.command.CommandParser;
import org.mutualaid.core.match.GroupWords;
import org.mutualaid.core.match.Taxonomy;
import org.mutualaid.core.model.Chat;
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
        if (!ctx.chat().privateChat()) {
            list(ctx, ctx.chat(), cmd, false, true);
            return;
        }
        // a coordinator sees what is open from here too, as with /digest; members see their group's list in the group
        List<Chat> coordinated = CoordinatedGroups.of(ctx);
        if (coordinated.isEmpty()) {
            ctx.reply("Type /list in your group's chat to see its posts. Here, /mine shows your own.");
            return;
        }
        // with several groups the number chooses the group, as /digest 2 does; with one it is the page, as in the group
        boolean several = coordinated.size() > 1;
        Optional<Chat> group = CoordinatedGroups.choose(ctx, "/list", several && cmd.numbered() ? cmd.page() : null);
        if (group.isEmpty()) return;
        list(ctx, group.get(), several ? new Command.ListPosts(cmd.kind(), cmd.tag(), 1) : cmd, true, !several);
    }

    /** pagesHere: "/list 2" pages here, where it does not choose a group instead. */
    private void list(Context ctx, Chat group, Command.ListPosts cmd, boolean privately, boolean pagesHere) {
        // "#groceries" finds posts the bot filed under food, as well as posts tagged #groceries
        String tag = cmd.tag() == null ? null : categoryOf(ctx, group.id(), cmd.tag());
        int total = ctx.tx().posts().countLive(group.id(), cmd.kind(), tag);
        String what = (cmd.kind() == null ? "posts" : cmd.kind().word() + "s") + (cmd.tag() == null ? "" : " about #" + cmd.tag());
        String of = privately ? " in " + PublishHandler.title(group) : "";
        if (total == 0 && cmd.tag() != null && taxonomy.category(tag).isEmpty() && !ctx.tx().posts().anyTagged(group.id(), tag)) {
            // neither a category nor a tag of any post here, open or closed: most likely not what was meant
            ctx.reply("No posts about #" + cmd.tag() + (privately ? of : " here") + ". " + CommandParser.LIST_EXAMPLES);
            return;
        }
        if (total == 0) {
            ctx.reply("No open " + what + of + " right now." + (privately ? "" : " Post one with /need or /offer."));
            return;
        }
        int pages = (total + PAGE_SIZE - 1) / PAGE_SIZE;
        if (cmd.page() > pages) {
            ctx.reply("There " + (pages == 1 ? "is only 1 page" : "are only " + pages + " pages") + " of open " + what + of + ".");
            return;
        }
        List<Post> posts = ctx.tx().posts().live(group.id(), cmd.kind(), tag, (cmd.page() - 1) * PAGE_SIZE, PAGE_SIZE);
        Message.Builder b = Message.builder();
        b.line("Open " + what + of + (pages > 1 ? " (page " + cmd.page() + " of " + pages + ")" : "") + ":");
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
        if (cmd.page() < pages) {
            // privately with several groups a number chooses the group: the next page is in the group's chat
            b.line("More: /list " + rest(cmd) + (cmd.page() + 1) + (pagesHere ? "" : " in the group's chat, or /export for all of them"));
        }
        b.text(privately ? "To close one: /close and its number. To free a stalled claim: /unclaim and its number."
                : "To help or take one: /claim and its number.");
        ctx.reply(b.build());
    }

    /** The category a word names, by the taxonomy or the group's own words (/synonym); else the word itself, as a tag. */
    private String categoryOf(Context ctx, long chatId, String word) {
        java.util.Optional<String> known = taxonomy.categoryOfWord(word);
        if (known.isPresent()) return known.get();
        GroupWords taught = ctx.tx().synonyms().of(chatId);
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
