package org.mutualaid.platform.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mutualaid.platform.telegram.TelegramHarness.ANA;
import static org.mutualaid.platform.telegram.TelegramHarness.BO;
import static org.mutualaid.platform.telegram.TelegramHarness.GROUP;
import static org.mutualaid.platform.telegram.TelegramHarness.MAYA;

import java.nio.file.Path;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Telegram: who may ask privately for a group, and who may export it, follows the group as Telegram sees it now")
class TelegramMembershipTest {

    static final FakeBotApi.Chat NORTH = FakeBotApi.Chat.supergroup(-1009, "Northside Aid");

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

    private FakeBotApi.Sent await(long chatId, Predicate<FakeBotApi.Sent> matching, String what) {
        return tg.awaitSent(chatId, matching, what);
    }

    private static Predicate<FakeBotApi.Sent> startsWith(String prefix) {
        return TelegramHarness.startsWith(prefix);
    }

    private int chatMembers(long memberId) {
        return ((Number) tg.query("SELECT count(*) FROM chat_member cm JOIN member m ON m.id = cm.member_id WHERE m.platform_ref = '"
                + memberId + "'").get(0).get(0)).intValue();
    }

    @Test
    @DisplayName("A member who left a group (Telegram's left_chat_member message) is no longer offered it for a private need")
    void leftChatMember() {
        tg.say(ANA, "/list@AidBot");
        tg.say(NORTH, ANA, "/list@AidBot");
        await(NORTH.id(), startsWith("No open posts"), "Northside's answer");
        TelegramHarness.await(() -> chatMembers(ANA.id()) == 2, "Ana in both groups");

        tg.api.pushLeft(NORTH, ANA, false);
        TelegramHarness.await(() -> chatMembers(ANA.id()) == 1, "Ana's leaving recorded");
        tg.say(FakeBotApi.Chat.privateWith(ANA), ANA, "/need a ride to the dialysis clinic on Tuesday");
        await(GROUP.id(), startsWith("A neighbour needs: a ride to the dialysis clinic"), "posted in the one group she is still in");
        assertTrue(tg.api.sentTo(NORTH.id()).stream().noneMatch(s -> s.text() != null && s.text().contains("dialysis")),
                "nothing in the group she left");
    }

    @Test
    @DisplayName("A member Telegram reports as removed, though the bot missed it, cannot post privately there; a friendly reply says why")
    void removedWithoutTheBotKnowing() {
        tg.say(ANA, "/list@AidBot");
        await(GROUP.id(), startsWith("No open posts"), "the group's answer");
        tg.api.setDeparted(GROUP.id(), ANA, "kicked");

        tg.say(FakeBotApi.Chat.privateWith(ANA), ANA, "/need groceries until payday");
        FakeBotApi.Sent answer = await(ANA.id(), s -> s.text() != null, "an answer");
        assertTrue(answer.text().startsWith("I don't know your group yet"), answer.text());
        assertEquals(0, chatMembers(ANA.id()));
        assertTrue(tg.api.sentTo(GROUP.id()).stream().noneMatch(s -> s.text() != null && s.text().contains("groceries")), "nothing posted");
        assertTrue(tg.api.requests("getChatMember").size() >= 1, "Telegram was asked");
    }

    @Test
    @DisplayName("An administrator demoted since the bot last looked is refused /export at once; promoted again, it works")
    void demotedAdministrator() {
        tg.api.setAdmins(GROUP.id(), MAYA, BO);
        tg.say(ANA, "/need@AidBot winter coat for a six-year-old");
        await(GROUP.id(), s -> s.text() != null && s.text().contains("Your need is #1"), "the post");
        TelegramHarness.await(() -> ((Number) tg.query("SELECT count(*) FROM coordinator").get(0).get(0)).intValue() == 2, "two coordinators");

        tg.api.setAdmins(GROUP.id(), MAYA);
        FakeBotApi.Chat boDm = FakeBotApi.Chat.privateWith(BO);
        tg.say(boDm, BO, "/export");
        await(BO.id(), startsWith("Sorry, only a group's coordinators can use /export"), "the refusal");
        assertTrue(tg.api.sentTo(BO.id()).stream().noneMatch(s -> s.fileName() != null), "no file");

        tg.say(FakeBotApi.Chat.privateWith(MAYA), MAYA, "/export");
        await(MAYA.id(), s -> s.fileName() != null, "the still-administrator's file");
    }
}
