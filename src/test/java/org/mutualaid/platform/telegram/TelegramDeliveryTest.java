package org.mutualaid.platform.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mutualaid.platform.telegram.TelegramHarness.ANA;
import static org.mutualaid.platform.telegram.TelegramHarness.BO;
import static org.mutualaid.platform.telegram.TelegramHarness.GROUP;
import static org.mutualaid.platform.telegram.TelegramHarness.MAYA;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mutualaid.MainRunner;

@DisplayName("Telegram: nothing lost, nothing sent twice")
class TelegramDeliveryTest {

    @TempDir
    Path dir;
    TelegramHarness tg;

    @BeforeEach
    void setUp() throws Exception {
        tg = new TelegramHarness(dir);
    }

    @AfterEach
    void tearDown() {
        tg.close();
    }

    @Test
    @DisplayName("Stopped after handling an update but before Telegram heard it was received: delivered again, answered once")
    void crashBeforeConfirming() throws Exception {
        tg.startBot();
        tg.say(MAYA, "/offer@AidBot spare soup pots");
        tg.reply(1);
        // the poll after the next batch, which would confirm it, never reaches Telegram
        tg.api.loseConfirmations(true);
        long id = Long.parseLong(tg.say(ANA, "/need@AidBot soup for a sick neighbour"));
        tg.reply(2);
        tg.stopBot();
        assertTrue(tg.api.confirmedOffset() <= id, "the update was not confirmed before the stop");

        tg.api.loseConfirmations(false);
        tg.startBot();
        tg.awaitConfirmed(id);
        tg.say(BO, "/list@AidBot");
        FakeBotApi.Sent list = tg.reply(3);
        assertEquals(3, tg.api.sent().size(), "the redelivered update was not answered again: " + tg.api.sent());
        assertTrue(list.text().contains("#2") && !list.text().contains("#3"), "two posts, not three: " + list.text());
        assertEquals(List.of(List.of(2)), tg.query("SELECT count(*) FROM post"));
    }

    @Test
    @DisplayName("Stopped with a reply still unsent: it goes out once after the restart")
    void crashBeforeSending() throws Exception {
        tg.startBot();
        tg.api.failNext("sendMessage", 502, "<html>502 Bad Gateway</html>");
        long id = Long.parseLong(tg.say(ANA, "/need@AidBot nappies size 4"));
        tg.awaitConfirmed(id);
        TelegramHarness.await(() -> tg.api.attempts("sendMessage") == 1, "the failed send");
        tg.stopBot();
        assertEquals(0, tg.api.sent().size());

        tg.startBot();
        assertTrue(tg.reply(1).text().contains("Your need is #1"));
        TelegramHarness.await(() -> !tg.query("SELECT 1 FROM outbox WHERE status = 'sent'").isEmpty(), "the row marked sent");
        assertEquals(1, tg.api.sent().size());
        assertEquals(List.of(List.of("sent", 2)), tg.query("SELECT status, attempts FROM outbox"));
    }

    @Test
    @DisplayName("429: the same row waits retry_after and is sent once, nothing else to that chat overtakes it")
    void tooManyRequests() throws Exception {
        tg.startBot();
        tg.api.failNext("sendMessage", 429, FakeBotApi.tooManyRequests(2));
        tg.say(ANA, "/need@AidBot a ride to the clinic");
        tg.say(BO, "/list@AidBot");
        List<FakeBotApi.Sent> sent = tg.api.awaitSent(2, TelegramHarness.WAIT);
        assertTrue(sent.get(0).text().contains("Your need is #1"), "order kept: " + sent);
        assertTrue(sent.get(1).text().contains("Open"), "order kept: " + sent);
        assertEquals(3, tg.api.attempts("sendMessage"));
        TelegramHarness.await(() -> tg.query("SELECT 1 FROM outbox WHERE status = 'sent'").size() == 2, "both rows marked sent");
    }

    @Test
    @DisplayName("403 (bot removed): the row fails and the chat is marked unreachable; a message from it later undoes that")
    void forbidden() throws Exception {
        tg.startBot();
        tg.api.forbidChat(GROUP.id());
        tg.say(ANA, "/need@AidBot firewood");
        TelegramHarness.await(() -> !tg.query("SELECT 1 FROM outbox WHERE status = 'failed'").isEmpty(), "the failed row");
        assertEquals(1, tg.api.attempts("sendMessage"), "a 403 is not retried");
        assertEquals(1, tg.query("SELECT 1 FROM chat WHERE unreachable_since IS NOT NULL").size());

        tg.api.allowChat(GROUP.id());
        tg.say(BO, "/list@AidBot");
        assertTrue(tg.reply(1).text().contains("firewood"), "the data was kept");
        assertEquals(0, tg.query("SELECT 1 FROM chat WHERE unreachable_since IS NOT NULL").size());
    }

    @Test
    @DisplayName("my_chat_member: removed from a group, the bot drops what it still had to say there and keeps the data")
    void removedFromGroup() throws Exception {
        tg.startBot();
        tg.say(ANA, "/need@AidBot a kettle");
        tg.reply(1);
        ObjectNode chat = TelegramHarness.json().put("id", GROUP.id()).put("type", "supergroup").put("title", GROUP.title());
        long id = tg.api.pushRaw(botKicked(chat, MAYA));
        tg.awaitConfirmed(id);
        TelegramHarness.await(() -> tg.query("SELECT 1 FROM chat WHERE unreachable_since IS NOT NULL").size() == 1, "unreachable");
        assertEquals(1, tg.query("SELECT 1 FROM post").size());
    }

    @Test
    @DisplayName("A member who blocks the bot in private is marked unreachable; writing to it again undoes that")
    void blockedInPrivate() throws Exception {
        tg.startBot();
        FakeBotApi.Chat dm = FakeBotApi.Chat.privateWith(ANA);
        tg.say(dm, ANA, "/start");
        tg.reply(1);
        ObjectNode chat = TelegramHarness.json().put("id", ANA.id()).put("type", "private").put("first_name", "Ana");
        tg.awaitConfirmed(tg.api.pushRaw(botKicked(chat, ANA)));
        TelegramHarness.await(() -> tg.query("SELECT 1 FROM member WHERE unreachable_since IS NOT NULL").size() == 1, "member unreachable");

        tg.say(dm, ANA, "/mine");
        tg.reply(2);
        assertEquals(0, tg.query("SELECT 1 FROM member WHERE unreachable_since IS NOT NULL").size());
    }

    @Test
    @DisplayName("A group upgraded to a supergroup: its posts and numbers move, by the service message or by a 400 on send")
    void supergroupMigration() throws Exception {
        tg.startBot();
        FakeBotApi.Chat oldGroup = new FakeBotApi.Chat(-4001, "group", "Aid");
        FakeBotApi.Chat first = FakeBotApi.Chat.supergroup(-1004001, "Aid");
        tg.say(oldGroup, ANA, "/need@AidBot a winter coat");
        tg.reply(1);

        // Telegram's service message in the old group
        ObjectNode update = TelegramHarness.json();
        ObjectNode msg = update.putObject("message");
        msg.put("message_id", 500).put("date", 1_700_000_000).put("migrate_to_chat_id", first.id());
        msg.putObject("chat").put("id", oldGroup.id()).put("type", "group").put("title", "Aid");
        msg.putObject("from").put("id", ANA.id()).put("is_bot", false).put("first_name", "Ana");
        tg.api.pushRaw(update);
        tg.say(first, BO, "/offer@AidBot two coats, adult sizes");
        assertTrue(tg.reply(2).text().contains("Your offer is #2"), "numbering goes on in the supergroup");

        // and a send refused because the chat moved again
        FakeBotApi.Chat second = FakeBotApi.Chat.supergroup(-1004002, "Aid");
        tg.api.failNext("sendMessage", 400, FakeBotApi.migrated(second.id()));
        tg.say(first, BO, "/list@AidBot");
        FakeBotApi.Sent list = tg.reply(3);
        assertEquals(second.id(), list.chatId(), "the reply followed the chat");
        assertTrue(list.text().contains("#1") && list.text().contains("#2"), list.text());
        assertEquals(List.of(List.of(String.valueOf(second.id()))), tg.query("SELECT platform_ref FROM chat WHERE is_private = 0"));
    }

    @Test
    @DisplayName("A message longer than Telegram allows goes in parts; a retry sends only the parts not yet accepted")
    void longMessageParts() throws Exception {
        tg.startBot();
        for (int i = 1; i <= 14; i++) {
            tg.say(ANA, "/need@AidBot " + "help with item " + i + " ".repeat(1) + "x".repeat(280));
        }
        tg.api.awaitSent(14, Duration.ofSeconds(30));
        int before = tg.api.sent().size();
        // the listing is cut to the core's budget, so a long one needs more text: /mine shows up to 30
        tg.api.failNext("sendMessage", 200, "{\"ok\":true,\"result\":{\"message_id\":1,\"date\":0,\"chat\":{\"id\":1,\"type\":\"private\"}}}");
        tg.say(ANA, "/list@AidBot");
        tg.api.awaitSent(before + 1, TelegramHarness.WAIT);
        assertTrue(tg.api.sent().get(before).text().length() <= TelegramHtml.MAX_CHARS);
    }

    @Test
    @DisplayName("SIGTERM while a long poll waits on Telegram: polling, sending and the database stop within 5 s")
    void shutdownIsPrompt() throws Exception {
        tg.startBot();
        tg.say(ANA, "/need@AidBot a fan for the heat");
        tg.reply(1);
        Thread.sleep(300); // the bot is now inside a 30 s long poll
        assertTimeoutPreemptively(Duration.ofSeconds(5), tg::stopBot);
        // the database lock is released: a new bot starts on the same file
        tg.startBot();
        tg.say(BO, "/list@AidBot");
        assertTrue(tg.reply(2).text().contains("fan"));
    }

    @Test
    @DisplayName("A bad token stops run with one clear line, not a stack trace loop")
    void badToken() {
        MainRunner.Result r = MainRunner.run(List.of("run", "--db", dir.resolve("x.db").toString()),
                Map.of("TELEGRAM_BOT_TOKEN", "999:wrong-token", "TELEGRAM_API_URL", tg.api.url()), "");
        assertEquals(1, r.exitCode());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("Telegram refused the bot token (401 Unauthorized)"), r.err());
        assertTrue(!r.err().contains("wrong-token"), "the token is never printed");
    }

    /** A my_chat_member update: by, in chat, removed the bot (in a private chat: blocked it). */
    private static ObjectNode botKicked(ObjectNode chat, FakeBotApi.User by) {
        ObjectNode update = TelegramHarness.json();
        ObjectNode change = update.putObject("my_chat_member");
        change.set("chat", chat);
        change.putObject("from").put("id", by.id()).put("is_bot", false).put("first_name", by.firstName());
        change.put("date", 1_700_000_000);
        change.putObject("old_chat_member").put("status", "member").putObject("user").put("id", 999).put("is_bot", true).put("first_name", "Aid");
        change.putObject("new_chat_member").put("status", "kicked").put("until_date", 0)
                .putObject("user").put("id", 999).put("is_bot", true).put("first_name", "Aid");
        return update;
    }
}
