package org.mutualaid.platform.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mutualaid.platform.telegram.TelegramHarness.ANA;
import static org.mutualaid.platform.telegram.TelegramHarness.BO;
import static org.mutualaid.platform.telegram.TelegramHarness.GROUP;
import static org.mutualaid.platform.telegram.TelegramHarness.MAYA;
import static org.mutualaid.platform.telegram.TelegramHarness.startsWith;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Telegram: leaving a group, or losing its administration, counts at once for what a member does privately")
class TelegramMembershipTest {

    static final FakeBotApi.Chat NORTH = FakeBotApi.Chat.supergroup(-1009, "Northside Aid");
    static final FakeBotApi.Chat ANA_DM = FakeBotApi.Chat.privateWith(ANA);
    static final FakeBotApi.Chat MAYA_DM = FakeBotApi.Chat.privateWith(MAYA);

    @TempDir
    Path dir;
    TelegramHarness tg;

    @BeforeEach
    void start() throws Exception {
        tg = new TelegramHarness(dir).startBot();
    }

    @AfterEach
    void stop() {
        tg.close();
    }

    /** Ana has written in both groups, and the bot has answered both. */
    private void anaInBothGroups() {
        tg.say(ANA, "/list@AidBot");
        tg.say(NORTH, ANA, "/list@AidBot");
        tg.sentTo(NORTH.id(), s -> true, "the answer in Northside");
        tg.sentTo(GROUP.id(), s -> true, "the answer in Riverside");
    }

    private int memberRows(FakeBotApi.Chat group, FakeBotApi.User who) {
        return ((Number) tg.query("SELECT count(*) FROM chat_member m JOIN chat c ON c.id = m.chat_id JOIN member u ON u.id = m.member_id "
                + "WHERE c.platform_ref = '" + group.id() + "' AND u.platform_ref = '" + who.id() + "'").get(0).get(0)).intValue();
    }

    @Test
    @DisplayName("Someone who never wrote in a group sends a need privately: Telegram is asked which of the bot's groups they are in, and it is posted there without a /list first")
    void neverSeenInAGroup() {
        anaInBothGroups();
        tg.api.setStatus(NORTH.id(), MAYA, "member");
        tg.say(MAYA_DM, MAYA, "/need somewhere safe to stay for a few nights");
        tg.sentTo(NORTH.id(), startsWith("A neighbour needs: somewhere safe to stay for a few nights"), "posted in the group she is in");
        tg.sentTo(MAYA.id(), startsWith("Posted in Northside Aid as #1, without your name."), "her confirmation");
        assertEquals(1, memberRows(NORTH, MAYA), "Northside is hers now");
        assertEquals(0, memberRows(GROUP, MAYA), "Riverside, where Telegram says she is not, is not");
        assertTrue(tg.api.sentTo(GROUP.id()).stream().noneMatch(s -> s.text() != null && s.text().startsWith("A neighbour")),
                "nothing in Riverside");
    }

    @Test
    @DisplayName("A member who left a group (left_chat_member) is not offered it, and a choice offered before is refused with the reason")
    void leftChatMember() {
        anaInBothGroups();
        tg.say(ANA_DM, ANA, "/need boxes for moving");
        FakeBotApi.Sent question = tg.sentTo(ANA.id(), startsWith("Which group should I post your need in"), "the question");
        assertEquals(2, question.callbackData().size(), question.text());

        tg.api.pushLeft(NORTH, ANA, ANA);
        TelegramHarness.await(() -> memberRows(NORTH, ANA) == 0, "Northside no longer Ana's");
        tg.press(ANA, question, question.callbackData().get(0));
        assertEquals("You're no longer in Northside Aid, so I can't post there. Please choose another, or send me your need again.",
                tg.pressAnswer(1));

        tg.say(ANA_DM, ANA, "/need a lift to the clinic");
        tg.sentTo(GROUP.id(), startsWith("A neighbour needs: a lift to the clinic"), "posted in the group she is still in");
        tg.sentTo(ANA.id(), startsWith("Posted in Riverside Aid as #1, without your name."), "her confirmation");
        assertTrue(tg.api.sentTo(NORTH.id()).stream().noneMatch(s -> s.text() != null && s.text().startsWith("A neighbour")),
                "nothing is posted in Northside");
    }

    @Test
    @DisplayName("A member whom getChatMember reports as gone, though no service message came, gets a kind reply and nothing is posted")
    void getChatMemberSaysLeft() {
        tg.say(NORTH, ANA, "/list@AidBot");
        tg.sentTo(NORTH.id(), s -> true, "the answer in Northside");
        tg.api.setStatus(NORTH.id(), ANA, "kicked");
        tg.say(ANA_DM, ANA, "/need a winter coat");
        FakeBotApi.Sent reply = tg.sentTo(ANA.id(), s -> true, "the reply");
        assertEquals("You're no longer in Northside Aid, so I can't post there. If you're in another group, type /list once in its chat, "
                + "then send me your need here again.", reply.text());
        assertEquals(1, tg.api.requests("getChatMember").size());
        assertEquals(String.valueOf(ANA.id()), tg.api.requests("getChatMember").get(0).path("user_id").asText());
        assertEquals(0, memberRows(NORTH, ANA));
        assertTrue(tg.api.sentTo(NORTH.id()).stream().noneMatch(s -> s.text() != null && s.text().startsWith("A neighbour")));
    }

    @Test
    @DisplayName("With one of two groups gone, the member is told and chooses the other; a restricted member still in a group keeps it")
    void oneOfTwoGone() {
        anaInBothGroups();
        tg.api.setStatus(NORTH.id(), ANA, "left");
        tg.api.setStatus(GROUP.id(), ANA, "restricted");
        tg.say(ANA_DM, ANA, "/offer soup on Sundays");
        FakeBotApi.Sent question = tg.sentTo(ANA.id(), s -> true, "the question");
        assertTrue(question.text().startsWith("You're no longer in Northside Aid, so I can't post there.\n"
                + "Which group should I post your offer in, without your name?\n1. Riverside Aid\n"), question.text());
        assertEquals(1, question.callbackData().size());
    }

    @Test
    @DisplayName("A demoted administrator's private /export is refused at once, without waiting for the ten-minute refresh")
    void demotedAdmin() {
        tg.api.setAdmins(GROUP.id(), MAYA);
        tg.say(ANA, "/need@AidBot bread and milk");
        tg.sentTo(GROUP.id(), s -> s.text() != null && s.text().contains("Your need is #1"), "the post");
        tg.say(MAYA_DM, MAYA, "/export");
        tg.sentTo(MAYA.id(), s -> s.fileName() != null, "the export while she administers the group");

        tg.api.setAdmins(GROUP.id(), BO);
        tg.say(MAYA_DM, MAYA, "/export");
        FakeBotApi.Sent refusal = tg.sentTo(MAYA.id(), s -> s.text() != null, "the refusal");
        assertEquals("You're no longer a coordinator of Riverside Aid, so I can't show you its posts.", refusal.text());
        assertEquals(1, tg.api.sent().stream().filter(s -> s.fileName() != null).count(), "no second file");
        assertEquals(List.of(List.of(String.valueOf(BO.id()))), tg.query("SELECT u.platform_ref FROM coordinator k JOIN member u ON u.id = k.member_id"));
    }

    @Test
    @DisplayName("A chat_member update (the bot administers the group) demotes or removes a member at once")
    void chatMemberUpdates() {
        tg.api.setAdmins(GROUP.id(), MAYA, ANA);
        tg.say(BO, "/list@AidBot");
        tg.sentTo(GROUP.id(), s -> true, "the answer");
        TelegramHarness.await(() -> tg.query("SELECT count(*) FROM coordinator").get(0).get(0).equals(2), "two coordinators");
        tg.api.setAdmins(GROUP.id(), MAYA);
        tg.api.pushChatMember(GROUP, MAYA, ANA, "administrator", "member");
        TelegramHarness.await(() -> tg.query("SELECT count(*) FROM coordinator").get(0).get(0).equals(1), "Ana no longer coordinates");
        assertEquals(1, memberRows(GROUP, ANA), "but she is still in the group");
        tg.api.pushChatMember(GROUP, MAYA, BO, "member", "kicked");
        TelegramHarness.await(() -> memberRows(GROUP, BO) == 0, "Bo removed");
        assertTrue(tg.api.requests("getUpdates").stream().anyMatch(r -> r.path("allowed_updates").toString().contains("chat_member")),
                "the bot asks for chat_member updates");
    }

    @Test
    @DisplayName("A member the bot knows who joins a group can ask privately there at once; a stranger joining leaves no trace")
    void joining() {
        tg.say(NORTH, BO, "/list@AidBot");
        tg.sentTo(NORTH.id(), s -> true, "the group known to the bot");
        tg.say(ANA_DM, ANA, "/start");
        tg.sentTo(ANA.id(), s -> true, "the welcome");
        int members = ((Number) tg.query("SELECT count(*) FROM member").get(0).get(0)).intValue();
        tg.api.pushJoined(NORTH, ANA, new FakeBotApi.User(55, "Zed", null, null));
        TelegramHarness.await(() -> memberRows(NORTH, ANA) == 1, "Northside is Ana's");
        assertEquals(members, ((Number) tg.query("SELECT count(*) FROM member").get(0).get(0)).intValue(), "Zed is not kept");
        tg.say(ANA_DM, ANA, "/need a winter coat");
        tg.sentTo(NORTH.id(), startsWith("A neighbour needs: a winter coat"), "posted in Northside");
    }

    @Test
    @DisplayName("When Telegram cannot be asked, the private /need goes by what the bot stored, and Telegram is not asked again for a while")
    void telegramUnreachable() {
        tg.say(ANA, "/list@AidBot");
        tg.sentTo(GROUP.id(), s -> true, "the answer");
        tg.api.failNext("getChatMember", 502, "<html>Bad Gateway</html>");
        tg.say(ANA_DM, ANA, "/need a lift on Friday");
        tg.sentTo(GROUP.id(), startsWith("A neighbour needs: a lift on Friday"), "posted as before");
        tg.say(ANA_DM, ANA, "/need a lift on Saturday");
        tg.sentTo(GROUP.id(), startsWith("A neighbour needs: a lift on Saturday"), "posted again");
        assertEquals(1, tg.api.attempts("getChatMember"), "not asked again at once");
    }
}
