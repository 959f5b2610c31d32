package org.mutualaid.core.handler;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mutualaid.core.command.Command;
import org.mutualaid.core.export.Csv;
import org.mutualaid.core.model.Chat;
import org.mutualaid.core.model.Post;
import org.mutualaid.core.model.PostStatus;
import org.mutualaid.core.port.Posts;
import org.mutualaid.platform.Attachment;
import org.mutualaid.platform.Destination;
import org.mutualaid.platform.Message;

/**
 * /export, a coordinator in a private chat: their group's open posts and those closed in the last
 * 90 days, as a CSV file for groups that also keep a spreadsheet. Anonymous posts stay anonymous
 * in it. The message with the file is deleted from the outbox once sent.
 */
public final class ExportHandler {

    static final Duration CLOSED_WITHIN = Duration.ofDays(90);
    static final List<String> HEADER = List.of("number", "kind", "status", "author", "claimed by", "text", "tags", "categories",
            "posted (UTC)", "closed (UTC)");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);

    public void handle(Context ctx, Command.Export cmd) {
        if (!ctx.chat().privateChat()) {
            ctx.refuse("The export holds members' posts, so I send it only privately: please send me /export in a private chat.");
            return;
        }
        Optional<Chat> chosen = CoordinatedGroups.choose(ctx, "/export", cmd.choice());
        if (chosen.isEmpty()) return;
        Chat group = chosen.get();
        List<Posts.Closing> rows = ctx.tx().posts().forExport(group.id(), ctx.now().minus(CLOSED_WITHIN));
        long open = rows.stream().filter(r -> r.closedAt() == null).count();
        String title = PublishHandler.title(group);
        Message message = Message.builder()
                .text("Posts of " + title + ": " + open + " open, " + (rows.size() - open) + " closed in the last "
                        + CLOSED_WITHIN.toDays() + " days. The file holds members' posts: please keep it private and delete it when you're done.")
                .attach(new Attachment(fileName(title, ctx.now()), "text/csv", csv(rows).bytes()))
                .build();
        // the file is not kept once it went out
        rows.forEach(r -> ctx.concerning(r.post()));
        ctx.tx().outbox().addErasedWhenSent(Destination.chat(ctx.chat().platform(), ctx.chat().ref()), message, ctx.now(),
                ctx.about().andChat(group.id()));
    }

    static Csv csv(List<Posts.Closing> rows) {
        Csv csv = new Csv().row(HEADER);
        for (Posts.Closing r : rows) {
            Post p = r.post();
            String author = p.anonymous() ? "(no name: asked privately)" : p.author().name();
            String claimer = p.claimer() == null ? "" : p.anonymous() ? "(not named)" : p.claimer().name();
            // "cancelled" alone would read as the author withdrawing what a coordinator closed
            String status = p.status() == PostStatus.CANCELLED && r.closedByOther() ? "closed by a coordinator" : p.status().word();
            csv.row(List.of(String.valueOf(p.number()), p.kind().word(), status, author, claimer, p.text(),
                    String.join(" ", p.tags()), String.join(" ", p.categories().stream().sorted().toList()),
                    TIME.format(p.createdAt()), r.closedAt() == null ? "" : TIME.format(r.closedAt())));
        }
        return csv;
    }

    /** "riverside-aid-posts-2026-11-26.csv": letters and digits of the title only. */
    static String fileName(String title, Instant now) {
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 40) slug = slug.substring(0, 40).replaceAll("-+$", "");
        return (slug.isEmpty() ? "group" : slug) + "-posts-" + DAY.format(now) + ".csv";
    }
}
