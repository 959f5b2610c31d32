package org.mutualaid.core.handler;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mutualaid.core.command.Command;
import org.mutualaid.core.match.Category;
import org.mutualaid.core.match.Stemmer;
import org.mutualaid.core.match.Taxonomy;

/**
 * /synonym: coordinators teach the bot their group's words ("/synonym pram baby"). In that chat,
 * new posts using the word are filed under the category and matched by it.
 */
public final class SynonymHandler {

    private final Taxonomy taxonomy;

    public SynonymHandler(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    public void handle(Context ctx, Command.Synonym cmd) {
        if (ctx.refuseUnlessCoordinator("/synonym")) return;
        long chatId = ctx.chat().id();
        if (cmd.word() == null) {
            Map<String, String> words = ctx.tx().synonyms().words(chatId);
            ctx.reply(words.isEmpty() ? "This group has taught me no words yet. For example: /synonym pram baby"
                    : "This group's words: " + words.entrySet().stream().map(e -> e.getKey() + " → " + label(e.getValue()))
                            .collect(Collectors.joining(", ")) + ".");
            return;
        }
        Optional<Category> category = taxonomy.category(cmd.category())
                .or(() -> taxonomy.categoryOfWord(cmd.category()).flatMap(taxonomy::category));
        if (category.isEmpty()) {
            ctx.refuse("I don't know the category \"" + cmd.category() + "\". Some I know: "
                    + taxonomy.categories().stream().limit(12).map(Category::id).collect(Collectors.joining(", "))
                    + ". For example: /synonym pram baby");
            return;
        }
        Optional<String> already = taxonomy.categoryOfWord(cmd.word());
        if (already.isPresent() && already.get().equals(category.get().id())) {
            ctx.reply("I already file \"" + cmd.word() + "\" under " + category.get().label() + ".");
            return;
        }
        ctx.tx().synonyms().put(chatId, Stemmer.stem(cmd.word()), cmd.word(), category.get().id(), ctx.now());
        ctx.reply("Saved. In this group, new posts that say \"" + cmd.word() + "\" are filed under " + category.get().label()
                + " and matched by it.");
    }

    private String label(String categoryId) {
        return taxonomy.category(categoryId).map(Category::label).orElse(categoryId);
    }
}
