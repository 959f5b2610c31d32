package org.mutualaid.platform.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mutualaid.platform.telegram.TelegramHarness.ANA;
import static org.mutualaid.platform.telegram.TelegramHarness.BO;
import static org.mutualaid.platform.telegram.TelegramHarness.GROUP;
import static org.mutualaid.platform.telegram.TelegramHarness.MAYA;
import static org.mutualaid.platform.telegram.TelegramHarness.startsWith;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Telegram: asking privately with buttons, the relay, and /export as a document, through the real client library")
class TelegramAnonymousTest {

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

    @Test
    @DisplayName("A need sent privately: buttons choose the group, the group never sees the author, the helper gets the author only after consent")
    void anonymousNeedWithButtons() {
        tg.say(ANA, "/list@AidBot");
        tg.say(NORTH, ANA, "/list@AidBot");
        FakeBotApi.Chat anaDm = FakeBotApi.Chat.privateWith(ANA);
        tg.say(anaDm, ANA, "/need a ride to the dialysis clinic on Tuesday");
        FakeBotApi.Sent question = tg.sentTo(ANA.id(), startsWith("Which group should I post your need in"), "the question");
        List<String> buttons = question.callbackData();
        assertEquals(2, buttons.size(), buttons.toString());
        assertTrue(question.text().contains("1. Northside Aid") && question.text().contains("2. Riverside Aid"), question.text());

        tg.press(ANA, question, buttons.get(1));
        FakeBotApi.Sent posted = tg.sentTo(GROUP.id(), startsWith("A neighbour needs: a ride to the dialysis clinic on Tuesday"), "the post");
        assertEquals(List.of("claim:1"), posted.callbackData());
        tg.sentTo(ANA.id(), startsWith("Posted in Riverside Aid as #1, without your name."), "the author's confirmation");

        tg.press(BO, posted, "claim:1");
        FakeBotApi.Sent claimed = tg.sentTo(GROUP.id(), startsWith("#1 "), "the claim");
        assertTrue(claimed.text().contains("<a href=\"https://t.me/AidBot?start=relay\">"), "Bo has no private chat yet: " + claimed.text());
        FakeBotApi.Sent intro = tg.sentTo(ANA.id(), startsWith("Someone would like to help with your need #1"), "the relay's start");
        assertEquals(List.of("share:1:1", "endrelay:1:1"), intro.callbackData(), "the buttons name the conversation");

        FakeBotApi.Chat boDm = FakeBotApi.Chat.privateWith(BO);
        tg.say(boDm, BO, "/start relay");
        tg.sentTo(BO.id(), startsWith("Conversations I pass on for you"), "Bo's relays");
        tg.say(boDm, BO, "/reply 1 I can drive you at 9");
        tg.sentTo(ANA.id(), s -> s.text() != null && s.text().contains("I can drive you at 9"), "Bo's words reach Ana");
        FakeBotApi.Sent fromBo = tg.sentTo(ANA.id(), s -> s.text() != null && s.text().contains("I can drive you at 9"), "Bo's words");
        tg.api.pushReply(anaDm, ANA, "perfect, thank you", fromBo);
        tg.sentTo(BO.id(), s -> s.text() != null && s.text().contains("perfect, thank you"), "Ana's answer, a plain reply, reaches Bo");
        assertTrue(tg.api.sentTo(BO.id()).stream().noneMatch(s -> s.text().contains("tg://user?id=" + ANA.id()) || s.text().contains("Ana")),
                "Bo learns nothing of Ana before she agrees");

        tg.press(ANA, intro, "share:1");
        FakeBotApi.Sent contact = tg.sentTo(BO.id(), s -> s.text() != null && s.text().contains("shared their contact"), "the contact");
        assertTrue(contact.text().contains("<a href=\"tg://user?id=" + ANA.id() + "\">Ana Lopez</a>"), contact.text());

        for (FakeBotApi.Sent s : tg.api.sentTo(GROUP.id())) {
            assertFalse(s.text().contains("tg://user?id=" + ANA.id()) || s.text().contains("Ana") || s.text().contains("Lopez"),
                    "a group message names the author: " + s.text());
        }
        TelegramHarness.await(() -> tg.query("SELECT count(*) FROM outbox WHERE words_of IS NOT NULL").get(0).get(0).equals(0),
                "relayed words deleted once sent");
    }

    @Test
    @DisplayName("/export reaches a group administrator privately as a CSV document (sendDocument, multipart); others are refused")
    void exportAsDocument() {
        tg.api.setAdmins(GROUP.id(), MAYA);
        tg.say(ANA, "/need@AidBot bread, milk and \"oat\" flakes");
        tg.sentTo(GROUP.id(), s -> s.text() != null && s.text().contains("Your need is #1"), "the post");
        tg.say(FakeBotApi.Chat.privateWith(BO), BO, "/export");
        tg.sentTo(BO.id(), startsWith("Sorry, only a group's coordinators can use /export"), "the refusal");

        tg.say(FakeBotApi.Chat.privateWith(MAYA), MAYA, "/export");
        FakeBotApi.Sent doc = tg.sentTo(MAYA.id(), s -> s.fileName() != null, "the document");
        assertTrue(doc.fileName().matches("riverside-aid-posts-\\d{4}-\\d{2}-\\d{2}\\.csv"), doc.fileName());
        assertTrue(doc.caption().startsWith("Posts of Riverside Aid: 1 open, 0 closed in the last 90 days."), doc.caption());
        String csv = new String(doc.fileBytes(), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFnumber,kind,status,author,claimed by,text,"), csv);
        assertTrue(csv.contains("\r\n1,need,open,Ana Lopez,,\"bread, milk and \"\"oat\"\" flakes\","), csv);
        // the fake records the request just after it answered it
        TelegramHarness.await(() -> tg.api.requests("sendDocument").size() == 1, "one sendDocument");
        TelegramHarness.await(() -> tg.query("SELECT count(*) FROM outbox WHERE attachment IS NOT NULL").get(0).get(0).equals(0),
                "the file deleted from the outbox once sent");
    }
}
