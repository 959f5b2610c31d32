package org.mutualaid.platform.matrix;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.mutualaid.Service;
import org.mutualaid.config.Config;

/** The real bot (Service, java.net.http) against a FakeHomeserver, on a real SQLite file. */
final class MatrixHarness implements AutoCloseable {

    static final String BOT = "@aidbot:example.org";
    static final String TOKEN = "bot-secret-token-1";
    static final Duration WAIT = Duration.ofSeconds(15);

    final FakeHomeserver hs;
    final Path db;
    final String maya;
    final String ana;
    final String bo;
    private Service service;
    /** the bot's clock: a test moves it to the next day for the daily digest */
    final org.mutualaid.ShiftedClock clock = new org.mutualaid.ShiftedClock();

    MatrixHarness(Path dir) throws Exception {
        this.hs = new FakeHomeserver(BOT, TOKEN).start();
        this.db = dir.resolve("aid.db");
        this.maya = hs.userOf("maya");
        this.ana = hs.userOf("ana");
        this.bo = hs.userOf("bo");
        hs.setDisplayName(maya, "Maya");
        hs.setDisplayName(ana, "Ana <b>Lopez</b>");
        hs.setDisplayName(bo, "Bo");
    }

    Config.Matrix matrixConfig(List<String> invitesFrom) {
        return new Config.Matrix(URI.create(hs.url()), BOT, TOKEN, invitesFrom);
    }

    MatrixHarness startBot() throws InterruptedException {
        return startBot(new Config(db, "warn", "bot", null, matrixConfig(List.of())));
    }

    MatrixHarness startBot(Config config) throws InterruptedException {
        service = Service.start(config, clock);
        return this;
    }

    void runFollowUps() {
        service.followUp();
    }

    void stopBot() {
        if (service != null) service.close();
        service = null;
    }

    /** Maya's room "Riverside Aid" with the bot in it, and Ana and Bo joined. */
    String groupRoom() {
        String room = hs.createRoom(maya, "Riverside Aid", List.of(BOT, ana, bo), false, false);
        hs.join(ana, room);
        hs.join(bo, room);
        await(() -> hs.membership(room, BOT).equals("join"), "the bot to join");
        return room;
    }

    /** A direct room that user opens with the bot, once the bot has joined it. */
    String directRoomOf(String user) {
        String room = hs.createRoom(user, null, List.of(BOT), true, false);
        await(() -> hs.membership(room, BOT).equals("join"), "the bot to join the direct room");
        return room;
    }

    /** Waits for the bot's n-th message in the room (counting from 1) and returns its content. */
    ObjectNode reply(String room, int n) {
        await(() -> hs.botMessages(room).size() >= n, "bot message " + n + " in " + room);
        return (ObjectNode) hs.botMessages(room).get(n - 1).path("content");
    }

    String replyBody(String room, int n) {
        return reply(room, n).path("body").asText();
    }

    static void await(BooleanSupplier condition, String what) {
        org.mutualaid.Await.until(condition, WAIT, what);
    }

    /** Rows of a query on the bot's database file, read beside the running bot (WAL allows it). */
    List<List<Object>> query(String sql, Object... params) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); var st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) st.setObject(i + 1, params[i]);
            var rs = st.executeQuery();
            List<List<Object>> rows = new java.util.ArrayList<>();
            while (rs.next()) {
                List<Object> row = new java.util.ArrayList<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) row.add(rs.getObject(i));
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    /** Whether the bot has marked this member, or this chat, as not to be written to. */
    boolean unreachable(String table, String platformRef) {
        return !query("SELECT 1 FROM " + table + " WHERE platform_ref = ? AND unreachable_since IS NOT NULL", platformRef).isEmpty();
    }

    /** Runs one statement on the bot's database file while the bot is stopped. */
    void execute(String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            c.createStatement().execute(sql);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        stopBot();
        hs.close();
    }
}
