package org.mutualaid.core.handler;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.mutualaid.core.model.Chat;
import org.mutualaid.core.model.Post;

/**
 * A member's groups numbered for commands typed in a private chat ("/claim 12 2"): the groups they
 * are in, in the order /post offers them, then any other group where one of the posts concerned
 * is. The same number picks the same group from one message to the next.
 */
final class YourGroups {

    private YourGroups() {
    }

    static List<Chat> numbered(Context ctx, List<Post> concerned) {
        List<Chat> groups = new ArrayList<>(ctx.tx().chats().groupsOf(ctx.sender().id()));
        List<Chat> others = new ArrayList<>();
        for (Post p : concerned) {
            if (groups.stream().noneMatch(g -> g.id() == p.chatId()) && others.stream().noneMatch(g -> g.id() == p.chatId())) {
                ctx.tx().chats().byId(p.chatId()).ifPresent(others::add);
            }
        }
        others.sort(Comparator.comparingLong(Chat::id));
        groups.addAll(others);
        return groups;
    }

    /** "In Northside: /claim 12 1. In Southside: /claim 12 2." for the groups in where. */
    static String choices(List<Chat> numbered, List<Chat> where, String typed) {
        StringBuilder b = new StringBuilder();
        for (Chat g : where) {
            if (b.length() > 0) b.append(' ');
            b.append("In ").append(PublishHandler.title(g)).append(": ").append(typed).append(' ').append(numbered.indexOf(g) + 1).append('.');
        }
        return b.toString();
    }

    static String choices(List<Chat> numbered, String typed) {
        return choices(numbered, numbered, typed);
    }
}
