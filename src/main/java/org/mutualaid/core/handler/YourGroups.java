package org.mutualaid.core.handler;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.mutualaid.core.model.Chat;
import org.mutualaid.core.model.Post;

/**
 * Tells apart posts of the same number in a member's different groups, for commands typed in a
 * private chat ("/claim 12 3"). A group goes by its own record's number, which never changes: a
 * position in a list would pick another group once the member left one, or one was renamed,
 * between the message that showed the list and the one that used it.
 */
final class YourGroups {

    private YourGroups() {
    }

    /** The groups of these posts, by title. */
    static List<Chat> of(Context ctx, List<Post> posts) {
        return posts.stream().map(Post::chatId).distinct().map(id -> ctx.tx().chats().byId(id).orElse(null)).filter(Objects::nonNull)
                .sorted(Comparator.comparing((Chat c) -> PublishHandler.title(c).toLowerCase(java.util.Locale.ROOT)).thenComparingLong(Chat::id))
                .toList();
    }

    /** "In Northside: /claim 12 3. In Southside: /claim 12 7." */
    static String choices(List<Chat> groups, String typed) {
        StringBuilder b = new StringBuilder();
        for (Chat g : groups) {
            if (b.length() > 0) b.append(' ');
            b.append("In ").append(PublishHandler.title(g)).append(": ").append(typed).append(' ').append(g.id()).append('.');
        }
        return b.toString();
    }
}
