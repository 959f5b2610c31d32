package org.mutualaid.core.handler;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mutualaid.core.command.Command;
import org.mutualaid.core.match.Category;
import org.mutualaid.core.match.GroupWords;
import org.mutualaid.core.match.Taxonomy;
import org.mutualaid.core.match.Words;
import org.mutualaid.core.port.Synonyms;

/**
 * /synonym: coordinators teach the bot their group's words. A word may stand for a word the bot
 * knows ("/synonym kinderwagen pram": new posts read it as "pram", a stroller for a baby) or for a
 * kind of help alone ("/synonym lumber repairs"). A known word is the better teacher: it brings
 * its specifics, so a kinderwagen is offered to the family that needs a stroller, not to the one
 * that needs a high chair.
 */
public final class SynonymHandler {

    private static final String EXAMPLES = "/synonym kinderwagen pram, or /synonym lumber repairs";

    private final Taxonomy taxonomy;

    public SynonymHandler(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    public void handle(Context ctx, Command.Synonym cmd) {
        if (ctx.refuseUnlessCoordinator("/synonym")) return;
        long chatId = ctx.chat().id();
        if (cmd.word() == null) {
            List<Synonyms.Taught> words = ctx.tx().synonyms().words(chatId);
            ctx.reply(words.isEmpty() ? "This group has taught me no words yet. For example: " + EXAMPLES + "."
                    : "This group's words: " + words.stream().map(this::describe).collect(Collectors.joining(", ")) + ".");
            return;
        }
        // a kind of help by its id ("baby"), else a word or short phrase the bot files under exactly one
        Optional<Category> category = taxonomy.category(cmd.meaning());
        String means = null;
        if (category.isEmpty()) {
            // kept as the words the matcher reads: "pram." must not put a full stop into every post
            means = String.join(" ", Words.of(cmd.meaning()));
            category = taxonomy.categoryOfPhrase(means).flatMap(taxonomy::category);
        }
        if (category.isEmpty()) {
            ctx.refuse("I don't know \"" + cmd.meaning() + "\" as a word or a kind of help. Some kinds of help I know: "
                    + taxonomy.categories().stream().limit(12).map(Category::id).collect(Collectors.joining(", "))
                    + ". For example: " + EXAMPLES + ".");
            return;
        }
        if (means != null && !means.contains(" ") && GroupWords.stemOf(cmd.word()).equals(GroupWords.stemOf(means))) {
            ctx.reply("\"" + cmd.word() + "\" is already a word I know.");
            return;
        }
        Optional<String> already = taxonomy.categoryOfWord(cmd.word());
        if (means == null && already.isPresent() && already.get().equals(category.get().id())) {
            // a group word taught otherwise before is what made them ask: the word goes back to what it means everywhere
            boolean taughtOtherwise = ctx.tx().synonyms().remove(chatId, GroupWords.stemOf(cmd.word()), cmd.word());
            ctx.reply(taughtOtherwise ? "Done: in this group \"" + cmd.word() + "\" is filed under " + category.get().label()
                    + " again, as everywhere." : "I already file \"" + cmd.word() + "\" under " + category.get().label() + ".");
            return;
        }
        ctx.tx().synonyms().put(chatId, GroupWords.stemOf(cmd.word()), cmd.word(), category.get().id(), means, ctx.now());
        // a word the bot files elsewhere changes its meaning here, which the coordinator must hear: "errands" as food no longer meets errand offers
        String instead = already.isPresent() && !already.get().equals(category.get().id())
                ? " I used to file it under " + taxonomy.category(already.get()).map(Category::label).orElse(already.get())
                        + "; in this group that is replaced." : "";
        ctx.reply((means == null
                ? "Saved. In this group, new posts that say \"" + cmd.word() + "\" are filed under " + category.get().label()
                        + " and matched by it."
                : "Saved. In this group, I read \"" + cmd.word() + "\" in new posts as \"" + means + "\" (" + category.get().label()
                        + ") and match it that way.") + instead + " To undo: /synonym remove " + cmd.word() + ".");
    }

    /** /synonym remove word: the group's word goes, and new posts read it as the bot does everywhere. */
    public void forget(Context ctx, Command.ForgetSynonym cmd) {
        if (ctx.refuseUnlessCoordinator("/synonym")) return;
        if (!ctx.tx().synonyms().remove(ctx.chat().id(), GroupWords.stemOf(cmd.word()), cmd.word())) {
            ctx.refuse("This group has not taught me \"" + cmd.word() + "\". /synonym alone lists this group's words.");
            return;
        }
        Optional<String> everywhere = taxonomy.categoryOfWord(cmd.word());
        ctx.reply("Done: \"" + cmd.word() + "\" is no longer this group's word. New posts read it as I do everywhere"
                + everywhere.flatMap(taxonomy::category).map(c -> " (" + c.label() + ")").orElse("") + ".");
    }

    private String describe(Synonyms.Taught taught) {
        String label = taxonomy.category(taught.category()).map(Category::label).orElse(taught.category());
        return taught.word() + " → " + (taught.means() == null ? label : taught.means() + " (" + label + ")");
    }
}
