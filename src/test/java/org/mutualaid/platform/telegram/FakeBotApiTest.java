package org.mutualaid.platform.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/** Checks the fake against the real telegrambots client, so tests built on it see what production sees. */
class FakeBotApiTest {

    private static final String TOKEN = "123456:TEST-token";
    private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");
    private static final FakeBotApi.User ALICE = new FakeBotApi.User(42, "Alice", null, "alice");

    private FakeBotApi api;
    private OkHttpTelegramClient client;

    @BeforeEach
    void startFake() throws Exception {
        api = new FakeBotApi(TOKEN, "mutual_aid_test_bot", 777, Clock.fixed(NOW, ZoneOffset.UTC)).start();
        client = new OkHttpTelegramClient(TOKEN, new TelegramUrl("http", "127.0.0.1", api.port(), false));
    }

    @AfterEach
    void stopFake() {
        api.close();
    }

    @Test
    @DisplayName("getChatMember answers with the ChatMember kind its status says, as the real client reads it")
    void chatMemberKinds() throws Exception {
        FakeBotApi.Chat group = FakeBotApi.Chat.supergroup(-1005, "Riverside Aid");
        FakeBotApi.User bob = new FakeBotApi.User(43, "Bob", null, null);
        FakeBotApi.User cy = new FakeBotApi.User(44, "Cy", null, null);
        api.setAdmins(group.id(), ALICE, bob);
        api.pushMessage(group, cy, "hello");
        java.util.function.Function<Long, org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember> member = id -> {
            try {
                return client.execute(org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember.builder()
                        .chatId(group.id()).userId(id).build());
            } catch (org.telegram.telegrambots.meta.exceptions.TelegramApiException e) {
                throw new AssertionError(e);
            }
        };
        assertTrue(member.apply(ALICE.id()) instanceof org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberOwner);
        assertTrue(member.apply(bob.id()) instanceof org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberAdministrator a
                && a.getCanRestrictMembers());
        assertTrue(member.apply(cy.id()) instanceof org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberMember);
        api.setStatus(group.id(), cy, "restricted-left");
        assertTrue(member.apply(cy.id()) instanceof org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberRestricted r
                && !r.getIsMember());
        api.pushLeft(group, ALICE, cy);
        assertTrue(member.apply(cy.id()) instanceof org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberBanned b
                && b.getStatus().equals("kicked"));
        api.pushLeft(group, bob, bob);
        api.setAdmins(group.id(), ALICE);
        assertTrue(member.apply(bob.id()) instanceof org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberLeft);
        TelegramApiRequestException unknown = assertThrows(TelegramApiRequestException.class, () -> client.execute(
                org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember.builder().chatId(group.id()).userId(9999L).build()));
        assertEquals(400, unknown.getErrorCode());
        List<Update> updates = client.execute(GetUpdates.builder().offset(0).timeout(0).build());
        assertEquals(cy.id(), updates.get(1).getMessage().getLeftChatMember().getId());
        assertEquals(bob.id(), updates.get(2).getMessage().getLeftChatMember().getId());
    }

    @Test
    @DisplayName("getMe answers with the bot's username")
    void getMe() throws Exception {
        assertEquals("mutual_aid_test_bot", client.execute(new GetMe()).getUserName());
        assertEquals(1, api.attempts("getMe"));
    }

    @Test
    @DisplayName("a wrong token is answered 401 Unauthorized")
    void wrongToken() {
        var stranger = new OkHttpTelegramClient("999:wrong", new TelegramUrl("http", "127.0.0.1", api.port(), false));
        var e = assertThrows(TelegramApiRequestException.class, () -> stranger.execute(new GetMe()));
        assertEquals(401, e.getErrorCode());
    }

    @Test
    @DisplayName("sendMessage to a supergroup is recorded with its inline keyboard and answered with a real Message")
    void sendMessageIsRecorded() throws Exception {
        var keyboard = InlineKeyboardMarkup.builder()
                .keyboardRow(new InlineKeyboardRow(
                        InlineKeyboardButton.builder().text("Yes").callbackData("match:1:yes").build(),
                        InlineKeyboardButton.builder().text("No").callbackData("match:1:no").build()))
                .build();
        Message reply = client.execute(SendMessage.builder().chatId(-1001L).text("Match found").replyMarkup(keyboard).build());

        assertEquals(1000, reply.getMessageId());
        assertEquals(-1001L, reply.getChatId());
        assertTrue(reply.getChat().isSuperGroupChat());
        assertEquals("Match found", reply.getText());
        assertTrue(reply.hasReplyMarkup());

        FakeBotApi.Sent sent = api.awaitSent(1, Duration.ofSeconds(5)).get(0);
        assertEquals(-1001L, sent.chatId());
        assertEquals(NOW, sent.at());
        assertEquals(List.of("match:1:yes", "match:1:no"), sent.callbackData());
        assertEquals(1, api.sentTo(-1001L).size());
        assertEquals(1000, api.messageOf(sent).get("message_id").asInt());
    }

    @Test
    @DisplayName("an injected 429 surfaces as TelegramApiRequestException with retry_after, and is not recorded as sent")
    void tooManyRequests() throws Exception {
        api.failNext("sendMessage", 429, FakeBotApi.tooManyRequests(3));
        var send = SendMessage.builder().chatId(-1001L).text("hello").build();

        var e = assertThrows(TelegramApiRequestException.class, () -> client.execute(send));
        assertEquals(429, e.getErrorCode());
        assertEquals(3, e.getParameters().getRetryAfter());
        assertTrue(api.sent().isEmpty());

        client.execute(send); // the failure was used up
        assertEquals(2, api.attempts("sendMessage"));
        assertEquals(1, api.sent().size());
    }

    @Test
    @DisplayName("a pushed command comes back from getUpdates as a command message")
    void pushedMessageIsDelivered() throws Exception {
        long id = api.pushMessage(FakeBotApi.Chat.supergroup(-1001, "Neighbours"), ALICE, "/need firewood");

        List<Update> updates = client.execute(GetUpdates.builder().offset(0).timeout(0).build());

        assertEquals(1, updates.size());
        Update update = updates.get(0);
        assertEquals(id, update.getUpdateId().longValue());
        Message message = update.getMessage();
        assertEquals("/need firewood", message.getText());
        message.getEntities(); // computes entity texts, which isCommand relies on
        assertTrue(message.isCommand());
        assertEquals("/need", message.getCommand());
        assertEquals(-1001L, message.getChatId());
        assertEquals("alice", message.getFrom().getUserName());
    }

    @Test
    @DisplayName("getUpdates with offset = id + 1 confirms the update for good")
    void offsetConfirms() throws Exception {
        long id = api.pushMessage(FakeBotApi.Chat.privateWith(ALICE), ALICE, "hello");
        assertEquals(1, client.execute(GetUpdates.builder().offset(0).timeout(0).build()).size());

        client.execute(GetUpdates.builder().offset((int) id + 1).timeout(0).build());

        assertEquals(id + 1, api.confirmedOffset());
        assertTrue(client.execute(GetUpdates.builder().offset(0).timeout(0).build()).isEmpty());
    }

    @Test
    @DisplayName("a waiting long poll returns as soon as an update is pushed")
    void longPollWakesOnPush() throws Exception {
        CompletableFuture<List<Update>> poll =
                client.executeAsync(GetUpdates.builder().offset(1).timeout(8).build()).thenApply(List::copyOf);
        Thread.sleep(200); // let the poll start waiting
        api.pushMessage(FakeBotApi.Chat.privateWith(ALICE), ALICE, "are you there?");

        List<Update> updates = poll.get(3, TimeUnit.SECONDS);
        assertEquals("are you there?", updates.get(0).getMessage().getText());
    }

    @Test
    @DisplayName("close() releases a waiting long poll promptly with an empty answer")
    void closeReleasesLongPoll() throws Exception {
        CompletableFuture<List<Update>> poll =
                client.executeAsync(GetUpdates.builder().offset(1).timeout(50).build()).thenApply(List::copyOf);
        Thread.sleep(200); // let the poll start waiting

        api.close();

        assertTrue(poll.get(3, TimeUnit.SECONDS).isEmpty());
    }
}
