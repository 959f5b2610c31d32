package org.mutualaid;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mutualaid.core.Bot;
import org.mutualaid.core.command.CommandParser;
import org.mutualaid.platform.Incoming;
import org.mutualaid.platform.Messenger;
import org.mutualaid.platform.Outgoing;
import org.mutualaid.platform.SendResult;
import org.mutualaid.store.Database;
import org.mutualaid.time.ManualClock;

/** A group chat on a real SQLite file, driven from tests: say something as a member, read what the bot sent. */
public final class TestChat implements AutoCloseable {

    public final ManualClock clock = new ManualClock(Instant.parse("2026-03-02T10:00:00Z"));
    public final List<Outgoing> sent = new ArrayList<>();
    private final App app;
    private final CommandParser parser = new CommandParser("bot");
    private int events;
    /** Event ids differ between two TestChats on one file (a restart). */
    private final String prefix = "ev-" + Long.toString(System.nanoTime(), 36) + "-";

    private final Path dbFile;

    public TestChat(Path dbFile) {
        this.dbFile = dbFile;
        Messenger collector = new Messenger() {
            @Override
            public String platform() {
                return "console";
            }

            @Override
            public SendResult send(Outgoing message) {
                sent.add(message);
                return new SendResult.Sent();
            }
        };
        this.app = new App(Database.open(dbFile), clock, List.of(collector));
    }

    public App app() {
        return app;
    }

    /** Speaks as name in the group and returns the plain text of everything the bot sent in answer. */
    public List<String> say(String name, String text) {
        return deliver(Incoming.text("console", prefix + (++events), "local", false, name.toLowerCase(Locale.ROOT), name, text, true));
    }

    /** Speaks as name in their private chat with the bot ("private:" and their ref). */
    public List<String> privately(String name, String text) {
        String ref = name.toLowerCase(Locale.ROOT);
        return deliver(Incoming.text("console", prefix + (++events), "private:" + ref, true, ref, name, text, true));
    }

    /** Presses a button in name's private chat with the bot. */
    public List<String> pressPrivately(String name, String action) {
        String ref = name.toLowerCase(Locale.ROOT);
        return deliver(new Incoming("console", prefix + (++events), "private:" + ref, null, true, ref, name, null, action,
                null, null, true, "press-" + events, null));
    }

    /** Presses a button in the group. */
    public List<String> press(String name, String action) {
        return deliver(new Incoming("console", prefix + (++events), "local", null, false, name.toLowerCase(Locale.ROOT), name, null,
                action, null, null, true, "press-" + events, null));
    }

    /** Speaks as name in another group, with its ref and title. */
    public List<String> sayIn(String groupRef, String title, String name, String text) {
        return deliver(new Incoming("console", prefix + (++events), groupRef, title, false, name.toLowerCase(Locale.ROOT), name, text,
                null, null, null, true, null, null));
    }

    public Bot.Outcome lastOutcome;

    public List<String> deliver(Incoming in) {
        int before = sent.size();
        lastOutcome = app.bot().handle(in, parser);
        while (app.dispatcher().sendDue(100) > 0) {
            // drain
        }
        return sent.subList(before, sent.size()).stream().map(o -> o.message().plainText()).toList();
    }

    /** The one reply to a message, failing if there was not exactly one. */
    public String one(String name, String text) {
        List<String> replies = say(name, text);
        if (replies.size() != 1) throw new AssertionError("expected one reply to '" + text + "', got " + replies);
        return replies.get(0);
    }

    public Outgoing lastSent() {
        return sent.get(sent.size() - 1);
    }

    @Override
    public void close() {
        app.close();
    }

    /** The first column of the first row of a query on the database file, read beside the bot, as a number. */
    public int count(String sql) {
        return first(sql, rs -> rs.getInt(1), 0);
    }

    /** The first column of the first row of a query on the database file, as text; null when there is no row. */
    public String text(String sql) {
        return first(sql, rs -> rs.getString(1), null);
    }

    private interface Column<T> {
        T read(java.sql.ResultSet rs) throws java.sql.SQLException;
    }

    private <T> T first(String sql, Column<T> column, T none) {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dbFile); var rs = c.createStatement().executeQuery(sql)) {
            return rs.next() ? column.read(rs) : none;
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    /** The raw bytes of a database file and its write-ahead log, as text, to look for what must not be there. */
    public static String fileBytes(java.nio.file.Path db) throws java.io.IOException {
        StringBuilder all = new StringBuilder();
        for (java.nio.file.Path p : List.of(db, db.resolveSibling(db.getFileName() + "-wal"))) {
            if (java.nio.file.Files.exists(p)) {
                all.append(new String(java.nio.file.Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return all.toString();
    }
}
