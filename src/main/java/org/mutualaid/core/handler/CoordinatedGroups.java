package org.mutualaid.core.handler;

import java.util.List;
import java.util.Optional;
import org.mutualaid.core.model.Chat;
import org.mutualaid.platform.Message;

/**
 * The group a coordinator asks about from a private chat (/export, /digest, /stats). Asked in
 * private, nobody in the group sees a coordinator checking on it, and the answer may quote
 * nameless posts that only the group should read.
 */
final class CoordinatedGroups {

    private CoordinatedGroups() {
    }

    /** The groups the sender coordinates, in the order the bot numbers them. */
    static List<Chat> of(Context ctx) {
        return ctx.tx().coordinators().chatsOf(ctx.sender().id()).stream()
                .map(id -> ctx.tx().chats().byId(id)).flatMap(Optional::stream).filter(c -> !c.privateChat()).toList();
    }

    /**
     * The group chosen: the only one they coordinate, or the choice-th of them. Empty when it
     * answered instead: not a coordinator, or which group, or a number out of range.
     */
    static Optional<Chat> choose(Context ctx, String command, Integer choice) {
        List<Chat> groups = of(ctx);
        if (groups.isEmpty() && !ctx.departures().noLongerCoordinating().isEmpty()) {
            // the platform said just now that they coordinate no more: say so, rather than a bare refusal
            Chat was = ctx.departures().noLongerCoordinating().get(0);
            ctx.refuse("You're no longer a coordinator of " + PublishHandler.title(was) + ", so I can't show you its posts.");
            return Optional.empty();
        }
        if (groups.isEmpty()) {
            ctx.refuse("Sorry, only a group's coordinators can use " + command + ". /coordinators in your group shows who they are.");
            return Optional.empty();
        }
        if (choice == null && groups.size() > 1) {
            Message.Builder b = Message.builder().line("You coordinate more than one group. Which one?");
            for (int i = 0; i < groups.size(); i++) b.line((i + 1) + ". " + PublishHandler.title(groups.get(i)));
            ctx.reply(b.text("Type " + command + " and its number, like " + command + " 1.").build());
            return Optional.empty();
        }
        int chosen = choice == null ? 1 : choice;
        if (chosen > groups.size()) {
            ctx.refuse(groups.size() == 1 ? "You coordinate one group: type " + command + "."
                    : "Please choose a number from 1 to " + groups.size() + ", like " + command + " 1.");
            return Optional.empty();
        }
        return Optional.of(groups.get(chosen - 1));
    }
}
