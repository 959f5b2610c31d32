package org.mutualaid.platform.telegram;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.mutualaid.Service;
import org.mutualaid.config.Config;

/** The real bot (Service, real client library) against a FakeBotApi, on a real SQLite file. */
final class TelegramHarness implements AutoCloseable {

    static final String TOKEN = "123456:test-token_abc";
    static final String BOT = "AidBot";
    static final Duration WAIT = Duration.ofSeconds(15);

    static final FakeBotApi.User MAYA = new FakeBotApi.User(11, "Maya", null, null);
    static final FakeBotApi.User ANA = new FakeBotApi.User(12, "Ana", "Lopez", "ana_l");
    static final FakeBotApi.User BO = new FakeBotApi.User(13, "Bo", null, "bo");
    static final FakeBotApi.Chat GROUP = FakeBotApi.Chat.supergroup(-1001234567890L, "Riverside Aid");

    final FakeBotApi api;
    final Path db;
    private Service service;
    /** the bot's clock: a test moves it to the next day for the daily digest */
    final org.mutualaid.ShiftedClock clock = new org.mutualaid.ShiftedClock();

    TelegramHarness(Path dir) throws Exception {
        this.api = new FakeBotApi(TOKEN, BOT, 999, Clock.systemUTC()).start();
        this.db = dir.resolve("aid.db");
    }

    TelegramHarness startBot() throws InterruptedException {
        Config config = new Config(db, "warn", "bot", new Config.Telegram(TOKEN, URI.create(api.url())));
        service = Service.start(config, clock);
        return this;
    }

    /** Runs the digests, reminders and expiry now, as the bot's minute timer would. */
    void runFollowUps() {
        service.followUp();
    }

    /** Stops the bot as SIGTERM would. */
    void stopBot() {
        if (service != null) service.close();
        service = null;
    }

    String say(FakeBotApi.User who, String text) {
        return say(GROUP, who, text);
    }

    String say(FakeBotApi.Chat chat, FakeBotApi.User who, String text) {
        return String.valueOf(api.pushMessage(chat, who, text));
    }

    /** Waits for a message the bot sent to chatId that matches, and returns the first such. */
    FakeBotApi.Sent sentTo(long chatId, java.util.function.Predicate<FakeBotApi.Sent> matching, String what) {
        await(() -> api.sentTo(chatId).stream().anyMatch(matching), what);
        return api.sentTo(chatId).stream().filter(matching).findFirst().orElseThrow();
    }

    /** A text message that starts so. */
    static java.util.function.Predicate<FakeBotApi.Sent> startsWith(String prefix) {
        return s -> s.text() != null && s.text().startsWith(prefix);
    }

    /** Waits for the n-th message the bot sent (counting from 1) and returns it. */
    FakeBotApi.Sent reply(int n) {
        return api.awaitSent(n, WAIT).get(n - 1);
    }

    void press(FakeBotApi.User who, FakeBotApi.Sent on, String data) {
        api.pushCallback(who, api.messageOf(on), data);
    }

    /** Waits for the n-th answer to a button press and returns its text. */
    String pressAnswer(int n) {
        await(() -> api.requests("answerCallbackQuery").size() >= n, "answer to press " + n);
        return api.requests("answerCallbackQuery").get(n - 1).path("text").asText();
    }

    /** Waits until Telegram was told that every update so far was received. */
    void awaitConfirmed(long lastUpdateId) {
        await(() -> api.confirmedOffset() > lastUpdateId, "confirmation of update " + lastUpdateId);
    }

    static void await(BooleanSupplier condition, String what) {
        org.mutualaid.Await.until(condition, WAIT, what);
    }

    /** Rows of a query on the bot's database file, read beside the running bot (WAL allows it). */
    List<List<Object>> query(String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); ResultSet rs = c.createStatement().executeQuery(sql)) {
            List<List<Object>> rows = new ArrayList<>();
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) row.add(rs.getObject(i));
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    static ObjectNode json() {
        return new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
    }

    @Override
    public void close() {
        stopBot();
        api.close();
    }
}
