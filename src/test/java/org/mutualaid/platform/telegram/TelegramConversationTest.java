package org.mutualaid.platform.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mutualaid.platform.telegram.TelegramHarness.ANA;
import static org.mutualaid.platform.telegram.TelegramHarness.BO;
import static org.mutualaid.platform.telegram.TelegramHarness.GROUP;
import static org.mutualaid.platform.telegram.TelegramHarness.MAYA;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Telegram: the bot in a group, through the real client library and a fake Bot API")
class TelegramConversationTest {

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
    @DisplayName("Three members: an offer, a need with a suggestion and buttons, a claim by button, done by button")
    void threeMembers() {
        tg.say(MAYA, "/offer@AidBot I can drive people to medical appointments on weekday mornings");
        FakeBotApi.Sent offerReply = tg.reply(1);
        assertTrue(offerReply.text().contains("Your offer is #1"), offerReply.text());
        assertTrue(offerReply.text().contains("<a href=\"tg://user?id=11\">Maya</a>"), "members are named as links: " + offerReply.text());
        assertEquals("HTML", offerReply.body().path("parse_mode").asText().toUpperCase());
        assertEquals(List.of("claim:1", "done:1"), offerReply.callbackData());
        assertEquals(1, offerReply.replyToMessageId(), "the reply quotes the member's message");

        tg.say(ANA, "/need@AidBot a ride to the dialysis clinic on Tuesday");
        FakeBotApi.Sent needReply = tg.reply(2);
        assertTrue(needReply.text().contains("Your need is #2"), needReply.text());
        assertTrue(needReply.text().contains("#1"), "the offer is suggested: " + needReply.text());
        assertEquals(List.of("claim:1", "nomatch:2:1", "claim:2", "done:2"), needReply.callbackData());

        tg.press(ANA, needReply, "claim:1");
        assertEquals("Noted: you'd like offer #1. Talk to Maya to sort it out.", tg.pressAnswer(1));
        FakeBotApi.Sent claimed = tg.reply(3);
        assertTrue(claimed.text().contains("<a href=\"tg://user?id=12\">Ana Lopez</a> would like"), claimed.text());

        tg.press(BO, needReply, "claim:1");
        assertTrue(tg.pressAnswer(2).contains("already claimed by Ana Lopez"), "a second press is refused to the presser alone");

        tg.press(MAYA, offerReply, "done:1");
        assertEquals("#1 is marked done. Thank you!", tg.pressAnswer(3));
        FakeBotApi.Sent done = tg.reply(4);
        assertTrue(done.text().startsWith("#1 is done"), done.text());

        tg.press(ANA, needReply, "claim:1");
        assertTrue(tg.pressAnswer(4).contains("already closed"), "a button on a closed post says so instead of acting again");
        assertEquals(4, tg.api.sent().size(), "refused presses add nothing to the group: " + tg.api.sent());
    }

    @Test
    @DisplayName("Not a match hides the suggestion, and only the two authors may say so")
    void notAMatch() {
        tg.say(MAYA, "/offer@AidBot spare winter coats, kids sizes");
        tg.reply(1);
        tg.say(ANA, "/need@AidBot a warm winter coat for my 6 year old");
        FakeBotApi.Sent needReply = tg.reply(2);
        assertTrue(needReply.callbackData().contains("nomatch:2:1"), needReply.callbackData().toString());

        tg.press(BO, needReply, "nomatch:2:1");
        assertTrue(tg.pressAnswer(1).startsWith("Only Ana Lopez or Maya"), "others are refused");
        tg.press(ANA, needReply, "nomatch:2:1");
        assertEquals("Thanks. I won't suggest #1 for #2 again.", tg.pressAnswer(2));
        assertEquals(List.of(List.of(1)), tg.query("SELECT count(*) FROM suggestion WHERE dismissed_at IS NOT NULL"));
    }

    @Test
    @DisplayName("Member text and names are escaped: hostile HTML reaches the group as plain text")
    void hostileHtml() {
        FakeBotApi.User mallory = new FakeBotApi.User(66, "<b>Mal</b> & \"co\"", null, null);
        tg.say(mallory, "/need@AidBot <a href=\"http://evil\">click</a> & <script>alert(1)</script> food");
        String text = tg.reply(1).text();
        assertTrue(text.contains("&lt;b&gt;Mal&lt;/b&gt; &amp; &quot;co&quot;"), "escaped, quotes too (Telegram knows &quot;): " + text);
        assertFalse(text.contains("<b>"), text);
        assertFalse(text.contains("<script>"), text);
        assertFalse(text.contains("href=\"http://evil\""), text);
    }

    @Test
    @DisplayName("Plain commands, other bots' commands and chatter: answered, ignored, ignored")
    void addressing() {
        tg.say(BO, "/list@OtherBot");
        tg.say(BO, "just saying hello to everyone");
        tg.say(BO, "/frobnicate");
        long last = Long.parseLong(tg.say(BO, "/list"));
        FakeBotApi.Sent list = tg.reply(1);
        tg.awaitConfirmed(last);
        assertEquals(1, tg.api.sent().size(), "only /list was answered: " + tg.api.sent());
        assertTrue(list.text().startsWith("No open posts"), list.text());
        tg.say(BO, "/frobnicate@AidBot");
        assertTrue(tg.reply(2).text().contains("I don't know /frobnicate"), "a command named to us is answered");
        tg.say(BO, "/ofer a kids bike, free");
        assertEquals("I don't know /ofer. Did you mean /offer? Send it again like this: /offer a kids bike, free", tg.reply(3).text(),
                "a slip away from one of ours is ours, though not named to us");
    }

    @Test
    @DisplayName("In a private chat, plain words get one line of what to do; the same words in the group get nothing")
    void plainWordsPrivately() {
        tg.say(BO, "hello?");
        tg.say(FakeBotApi.Chat.privateWith(BO), BO, "ok thanks");
        FakeBotApi.Sent hint = tg.reply(1);
        assertEquals(BO.id(), hint.chatId(), "the private one is answered, privately");
        assertTrue(hint.text().startsWith("Sorry, I only understand commands. To ask your group for help without your name, type /need"),
                hint.text());
        long last = Long.parseLong(tg.say(BO, "/list@AidBot"));
        tg.reply(2);
        tg.awaitConfirmed(last);
        assertEquals(2, tg.api.sent().size(), "nothing for the group's chatter: " + tg.api.sent());
    }

    @Test
    @DisplayName("A photo captioned '/offer ...' is an offer; privately, a voice message or an uncaptioned photo is told that only typed words reach the bot; in the group they get nothing")
    void photosAndVoiceMessages() {
        tg.api.pushMedia(GROUP, BO, "photo", "/offer kids bike, 16 inch, free to a good home");
        assertTrue(tg.reply(1).text().contains("offer is #1"), tg.reply(1).text());
        tg.api.pushMedia(FakeBotApi.Chat.privateWith(BO), BO, "voice", null);
        FakeBotApi.Sent told = tg.reply(2);
        assertEquals(BO.id(), told.chatId());
        assertTrue(told.text().startsWith("Sorry, I can only read typed words: photos, voice messages and stickers don't reach me or anyone else. "
                + "To ask your group for help without your name, type /need"), told.text());
        tg.api.pushMedia(FakeBotApi.Chat.privateWith(BO), BO, "photo", null);
        assertTrue(tg.reply(3).text().startsWith("Sorry, I can only read typed words"), tg.reply(3).text());
        tg.api.pushMedia(GROUP, BO, "photo", null);
        tg.api.pushMedia(GROUP, BO, "voice", null);
        tg.api.pushMedia(GROUP, BO, "photo", "look at this sunset");
        long last = Long.parseLong(tg.say(BO, "/list@AidBot"));
        assertTrue(tg.reply(4).text().contains("#1"), tg.reply(4).text());
        tg.awaitConfirmed(last);
        assertEquals(4, tg.api.sent().size(), "nothing for the group's photos and voice: " + tg.api.sent());
    }

    @Test
    @DisplayName("Replies stay in the forum topic the command came from")
    void forumTopic() {
        tg.api.pushMessage(GROUP, ANA, "/need@AidBot help moving a sofa on Saturday", 77);
        FakeBotApi.Sent reply = tg.reply(1);
        assertEquals(77, reply.threadId());
    }

    @Test
    @DisplayName("Private chat: /start explains, /mine lists posts from every group, and groups link to it")
    void privateChat() {
        FakeBotApi.Chat other = FakeBotApi.Chat.supergroup(-1009, "Northside Aid");
        tg.say(ANA, "/need@AidBot bread and milk");
        tg.reply(1);
        tg.say(other, ANA, "/need@AidBot a lift to the pharmacy");
        tg.reply(2);
        tg.say(BO, "/help@AidBot");
        String help = tg.reply(3).text();
        assertTrue(help.contains("<a href=\"https://t.me/AidBot?start=mine\">"), "the group's help links to the private chat: " + help);

        FakeBotApi.Chat dm = FakeBotApi.Chat.privateWith(ANA);
        tg.say(dm, ANA, "/start mine");
        FakeBotApi.Sent mine = tg.reply(4);
        assertEquals(ANA.id(), mine.chatId());
        assertTrue(mine.text().contains("Riverside Aid") && mine.text().contains("Northside Aid"), mine.text());
        assertTrue(mine.text().contains("bread and milk") && mine.text().contains("pharmacy"), mine.text());
        tg.say(dm, ANA, "/start");
        assertTrue(tg.reply(5).text().startsWith("Hello!"));
    }

    @Test
    @DisplayName("A group administrator coordinates: /settings works for them only, and after /start they get the digest privately")
    void administratorGetsDigestPrivately() throws Exception {
        tg.api.setAdmins(GROUP.id(), MAYA);
        tg.say(BO, "/settings@AidBot");
        assertTrue(tg.reply(1).text().startsWith("Sorry, only this group's coordinators"), "Bo is no administrator");
        tg.say(MAYA, "/settings@AidBot digest 00:00");
        assertTrue(tg.reply(2).text().startsWith("Saved."));
        tg.say(ANA, "/need@AidBot a lift to the food bank on Friday");
        tg.reply(3);
        tg.say(BO, "/coordinators@AidBot");
        assertEquals("Coordinators of this group: Maya.", tg.reply(4).text());

        tg.say(FakeBotApi.Chat.privateWith(MAYA), MAYA, "/start");
        tg.reply(5);
        // the group was joined today, after 00:00: its first digest is tomorrow's
        tg.runFollowUps();
        Thread.sleep(300);
        assertEquals(5, tg.api.sent().size(), "no digest on the day the bot joined, after its time");
        tg.clock.skip(java.time.Duration.ofDays(1));
        tg.runFollowUps();
        FakeBotApi.Sent digest = tg.reply(6);
        assertEquals(MAYA.id(), digest.chatId(), "privately to the administrator");
        assertTrue(digest.text().startsWith("Daily digest for Riverside Aid"), digest.text());
        assertTrue(digest.text().contains("#1") && digest.text().contains("food bank"), digest.text());
        tg.runFollowUps();
        tg.say(BO, "/list@AidBot");
        assertTrue(tg.reply(7).text().startsWith("Open posts"), "a second digest would have come first");
        assertEquals(7, tg.api.sent().size(), "one digest a day: nothing but the /list reply came after it");
    }

    @Test
    @DisplayName("The command menu is registered for groups and for private chats")
    void commandMenu() {
        TelegramHarness.await(() -> tg.api.requests("setMyCommands").size() == 2, "two setMyCommands");
        List<String> scopes = tg.api.requests("setMyCommands").stream().map(r -> r.path("scope").path("type").asText()).toList();
        assertEquals(List.of("all_group_chats", "all_private_chats"), scopes);
        assertTrue(tg.api.requests("setMyCommands").get(0).path("commands").toString().contains("\"need\""));
        assertNull(tg.api.requests("setMyCommands").get(0).path("commands").get(0).get("language_code"));
    }
}
