package org.mutualaid.platform.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mutualaid.outbox.Dispatcher;
import org.mutualaid.platform.Destination;
import org.mutualaid.platform.Message;
import org.mutualaid.platform.Outgoing;
import org.mutualaid.platform.SendResult;
import org.mutualaid.store.Database;
import org.mutualaid.store.SqlStorage;
import org.mutualaid.time.ManualClock;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;

@DisplayName("Telegram sending: rate limits, long messages, refusals (real client, fake Bot API, hand-moved clock)")
class TelegramSendingTest {

    static final String GROUP = "-1001234567890";

    @TempDir
    Path dir;
    ManualClock clock = new ManualClock(Instant.parse("2026-03-02T10:00:00Z"));
    FakeBotApi api;
    OkHttpTelegramClient client;
    TelegramMessenger messenger;
    Database db;
    SqlStorage storage;
    Dispatcher dispatcher;

    @BeforeEach
    void setUp() throws Exception {
        api = new FakeBotApi(TelegramHarness.TOKEN, "AidBot", 999, clock).start();
        client = new OkHttpTelegramClient(TelegramHarness.TOKEN, new TelegramUrl("http", "127.0.0.1", api.port(), false));
        messenger = new TelegramMessenger(client, "AidBot", new RateLimits(clock));
        db = Database.open(dir.resolve("send.db"));
        storage = new SqlStorage(db);
        dispatcher = new Dispatcher(storage, clock, List.of(messenger));
    }

    @AfterEach
    void tearDown() {
        db.close();
        api.close();
    }

    private void enqueue(Destination to, String text) {
        storage.inTransaction(tx -> tx.outbox().add(to, Message.of(text), clock.instant()));
    }

    /** Runs the dispatcher as its loop would, moving the clock a quarter second each round. */
    private void dispatchUntil(int sent, Duration atMost) {
        Instant end = clock.instant().plus(atMost);
        while (api.sent().size() < sent && clock.instant().isBefore(end)) {
            dispatcher.sendDue(100);
            clock.advance(Duration.ofMillis(250));
        }
    }

    @Test
    @DisplayName("A burst of 200 messages to one group: all sent, in order, at most 1 a second and 20 a minute")
    void burstToOneGroup() {
        for (int i = 1; i <= 200; i++) enqueue(Destination.chat("telegram", GROUP), "message " + i);
        dispatchUntil(200, Duration.ofMinutes(15));
        List<FakeBotApi.Sent> sent = api.sent();
        assertEquals(200, sent.size());
        for (int i = 0; i < sent.size(); i++) assertEquals("message " + (i + 1), sent.get(i).text());
        for (int i = 1; i < sent.size(); i++) {
            Duration gap = Duration.between(sent.get(i - 1).at(), sent.get(i).at());
            assertTrue(gap.compareTo(Duration.ofSeconds(1)) >= 0, "messages " + i + " and " + (i + 1) + " came " + gap + " apart");
        }
        for (int i = 20; i < sent.size(); i++) {
            Duration window = Duration.between(sent.get(i - 20).at(), sent.get(i).at());
            assertTrue(window.compareTo(Duration.ofMinutes(1)) >= 0, "21 messages within " + window + " ending at " + (i + 1));
        }
        // and no slower than the limits require: 200 at 20 a minute take a little under 10 minutes
        assertTrue(Duration.between(sent.get(0).at(), sent.get(199).at()).compareTo(Duration.ofMinutes(11)) < 0);
    }

    @Test
    @DisplayName("Many chats at once: at most 30 messages in any second overall")
    void overallLimit() {
        for (int chat = 1; chat <= 90; chat++) enqueue(Destination.member("telegram", String.valueOf(1000 + chat)), "hello " + chat);
        dispatchUntil(90, Duration.ofMinutes(1));
        List<FakeBotApi.Sent> sent = api.sent();
        assertEquals(90, sent.size());
        for (int i = 30; i < sent.size(); i++) {
            Duration window = Duration.between(sent.get(i - 30).at(), sent.get(i).at());
            assertTrue(window.compareTo(Duration.ofSeconds(1)) >= 0, "31 messages within " + window);
        }
    }

    @Test
    @DisplayName("A busy group does not hold back a reply to another chat")
    void busyGroupDoesNotBlockOthers() {
        for (int i = 1; i <= 150; i++) enqueue(Destination.chat("telegram", GROUP), "group " + i);
        dispatchUntil(20, Duration.ofMinutes(2));
        enqueue(Destination.chat("telegram", "-100555"), "another group");
        dispatcher.sendDue(100);
        assertEquals("another group", api.sent().get(api.sent().size() - 1).text());
    }

    @Test
    @DisplayName("Over 4,096 characters: split on line boundaries; a retry sends only the parts Telegram has not taken")
    void longMessageInParts() {
        Message.Builder b = Message.builder();
        for (int i = 1; i <= 100; i++) b.line("line " + i + " " + "<&>".repeat(30));
        Message message = b.build();
        List<String> parts = new TelegramHtml("AidBot").render(message);
        assertEquals(3, parts.size());
        for (String part : parts) {
            String visible = part.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
            assertTrue(visible.length() <= TelegramHtml.MAX_CHARS, "part of " + visible.length());
            assertTrue(visible.startsWith("line ") && visible.endsWith("<&>"), "cut on a line boundary");
        }

        Outgoing out = new Outgoing(1, Destination.chat("telegram", GROUP), message);
        // each part is a message to Telegram's limits: one goes, the next waits its second
        SendResult first = messenger.send(out);
        assertEquals(new SendResult.Partly(1, new SendResult.RetryAfter(Duration.ofSeconds(1))), first);
        clock.advance(Duration.ofSeconds(1));
        api.failNext("sendMessage", 502, "<html>502 Bad Gateway</html>");
        assertInstanceOf(SendResult.Transient.class, messenger.send(new Outgoing(1, out.to(), message, 1)));
        clock.advance(Duration.ofSeconds(2));
        assertInstanceOf(SendResult.Partly.class, messenger.send(new Outgoing(1, out.to(), message, 1)));
        clock.advance(Duration.ofSeconds(1));
        assertInstanceOf(SendResult.Sent.class, messenger.send(new Outgoing(1, out.to(), message, 2)));
        List<String> texts = api.sent().stream().map(FakeBotApi.Sent::text).toList();
        assertEquals(parts, texts, "each part exactly once, in order");
    }

    @Test
    @DisplayName("The dispatcher remembers the parts sent, so a retry after a failure repeats none")
    void dispatcherRemembersParts() {
        Message.Builder b = Message.builder();
        for (int i = 1; i <= 100; i++) b.line("line " + i + " " + "x".repeat(90));
        Message message = b.build();
        storage.inTransaction(tx -> tx.outbox().add(Destination.chat("telegram", GROUP), message, clock.instant()));
        api.passNext("sendMessage");
        api.failNext("sendMessage", 500, "{\"ok\":false,\"error_code\":500,\"description\":\"Internal Server Error\"}");
        dispatchUntil(3, Duration.ofMinutes(1));
        assertEquals(new TelegramHtml("AidBot").render(message), api.sent().stream().map(FakeBotApi.Sent::text).toList(),
                "each part once, in order");
        assertEquals(4, api.attempts("sendMessage"), "three parts and one failed try");
    }

    @Test
    @DisplayName("Refusals map to what the dispatcher must do: 429 wait, 403 gone, 400 migrate, 400 never, 5xx retry")
    void refusals() {
        Outgoing out = new Outgoing(1, Destination.chat("telegram", GROUP), Message.of("hi"));
        api.failNext("sendMessage", 429, FakeBotApi.tooManyRequests(7));
        assertEquals(new SendResult.RetryAfter(Duration.ofSeconds(7)), messenger.send(out));
        assertEquals(Duration.ofSeconds(7), messenger.delayBefore(out.to()), "nothing else goes to that chat meanwhile");
        clock.advance(Duration.ofSeconds(7));
        api.failNext("sendMessage", 403, FakeBotApi.forbidden("Forbidden: bot was kicked from the supergroup chat"));
        assertInstanceOf(SendResult.Gone.class, messenger.send(out));
        api.failNext("sendMessage", 400, FakeBotApi.migrated(-100999));
        assertEquals(new SendResult.Moved("-100999"), messenger.send(out));
        api.failNext("sendMessage", 400, "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: message text is empty\"}");
        assertInstanceOf(SendResult.Permanent.class, messenger.send(out));
        api.failNext("sendMessage", 500, "{\"ok\":false,\"error_code\":500,\"description\":\"Internal Server Error\"}");
        assertInstanceOf(SendResult.Transient.class, messenger.send(out));
        api.failNext("sendMessage", 502, "<html>502 Bad Gateway</html>");
        assertInstanceOf(SendResult.Transient.class, messenger.send(out));
        api.close();
        assertInstanceOf(SendResult.Transient.class, messenger.send(out), "a network error");
    }

    @Test
    @DisplayName("A button's answer goes to answerCallbackQuery, cut to the 200 characters Telegram shows")
    void pressAnswer() {
        SendResult r = messenger.send(new Outgoing(1, Destination.press("telegram", "4242"), Message.of("y".repeat(300))));
        assertInstanceOf(SendResult.Sent.class, r);
        String text = api.requests("answerCallbackQuery").get(0).path("text").asText();
        assertEquals(200, text.length());
        assertEquals("4242", api.requests("answerCallbackQuery").get(0).path("callback_query_id").asText());
        assertEquals(new ArrayList<>(), api.sent(), "not a chat message");
    }
}
