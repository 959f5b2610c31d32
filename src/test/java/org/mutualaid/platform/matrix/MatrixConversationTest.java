package org.mutualaid.platform.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatrixConversationTest {

    @TempDir
    Path dir;
    MatrixHarness mx;

    @BeforeEach
    void start() throws Exception {
        mx = new MatrixHarness(dir);
    }

    @AfterEach
    void stop() {
        mx.close();
    }

    @Test
    @DisplayName("Three members in a room: the bot joins when invited, answers !commands with notices in reply, mentions people, and says what to type instead of buttons")
    void threeMemberConversation() throws Exception {
        mx.startBot();
        String room = mx.groupRoom();
        String offer = mx.hs.say(mx.maya, room, "!offer I can drive people to medical appointments on weekday mornings");
        ObjectNode first = mx.reply(room, 1);
        assertEquals("m.notice", first.path("msgtype").asText());
        assertEquals(offer, first.path("m.relates_to").path("m.in_reply_to").path("event_id").asText(), "a reply to the command");
        assertTrue(first.path("body").asText().contains("Your offer is #1"), first.toString());
        assertTrue(first.path("body").asText().contains("!claim 1"), "Matrix members type !claim: " + first);

        mx.hs.say(mx.bo, room, "good morning everyone, /need is how you ask");
        mx.hs.say(mx.ana, room, "/need a ride to the dialysis clinic on Tuesday");
        ObjectNode second = mx.reply(room, 2);
        String body = second.path("body").asText();
        assertTrue(body.contains("Your need is #2") && body.contains("#1"), body);
        assertTrue(body.contains("• #1: not a match: !nomatch 2 1") && body.contains("• Done: !done 2"),
                "a typed command for each button the text does not already name: " + body);
        assertTrue(second.path("m.mentions").path("user_ids").toString().contains(mx.maya) || body.contains("Maya"), second.toString());
        assertEquals("org.matrix.custom.html", second.path("format").asText());
        assertTrue(second.path("formatted_body").asText().contains("Ana &lt;b&gt;Lopez&lt;/b&gt;"),
                "member names are escaped in HTML: " + second.path("formatted_body"));
        assertFalse(second.path("formatted_body").asText().contains("<b>Lopez"), "no markup from a display name");

        mx.hs.say(mx.maya, room, "!claim 2");
        ObjectNode third = mx.reply(room, 3);
        assertTrue(third.path("body").asText().startsWith("Maya can help with Ana <b>Lopez</b>'s need #2"), third.toString());
        JsonNode mentioned = third.path("m.mentions").path("user_ids");
        assertTrue(mentioned.toString().contains(mx.maya) && mentioned.toString().contains(mx.ana), "both notified: " + mentioned);
        assertTrue(third.path("formatted_body").asText().contains("https://matrix.to/#/" + mx.ana), third.toString());

        mx.hs.say(mx.ana, room, "!done 2");
        assertTrue(mx.replyBody(room, 4).startsWith("#2 is done"));
        Thread.sleep(300);
        assertEquals(4, mx.hs.botMessages(room).size(), "plain chat and Bo's sentence got no answer");
    }

    @Test
    @DisplayName("In a room, an unknown !command or an image gets nothing (other bots use \"!\" too); in a direct room an unknown command gets a hint with its ! form, plain words one line of what to do, an image that only typed words reach the bot")
    void unknownCommandsAndPlainWords() throws Exception {
        mx.startBot();
        String room = mx.groupRoom();
        mx.hs.say(mx.ana, room, "!!!");
        mx.hs.say(mx.ana, room, "!ping");
        mx.hs.say(mx.ana, room, "!nede a ride on Tuesday");

        String direct = mx.directRoomOf(mx.bo);
        mx.hs.say(mx.bo, direct, "!frob");
        assertEquals("I don't know !frob. Type !help to see what I can do.", mx.replyBody(direct, 1));
        mx.hs.say(mx.bo, direct, "ok, thanks");
        assertEquals("Sorry, I only understand commands. To ask your group for help without your name, type !need and what you need; "
                + "to offer help, !offer and what you can do. !help shows the rest.", mx.replyBody(direct, 2));
        mx.hs.sendImage(mx.bo, direct, "IMG_2041.jpg");
        assertEquals("Sorry, I can only read typed words: photos, voice messages and stickers don't reach me or anyone else. To ask your "
                + "group for help without your name, type !need and what you need; to offer help, !offer and what you can do. !help shows the rest.",
                mx.replyBody(direct, 3));
        mx.hs.sendImage(mx.ana, room, "IMG_2042.jpg");
        mx.hs.say(mx.ana, room, "!list");
        assertTrue(mx.replyBody(room, 1).startsWith("No open posts"), mx.replyBody(room, 1));
        assertEquals(1, mx.hs.botMessages(room).size(), "nothing for !!!, !ping, !nede or an image in the room: " + mx.hs.botMessages(room));
    }

    @Test
    @DisplayName("Commands written before the bot joined, or before its very first start, are never answered")
    void historyIsSkipped() throws Exception {
        String before = mx.hs.createRoom(mx.maya, "Old room", List.of(), false, false);
        mx.hs.say(mx.maya, before, "!need this is an old command");
        mx.hs.invite(mx.maya, before, MatrixHarness.BOT);
        mx.hs.join(MatrixHarness.BOT, before);
        mx.hs.say(mx.maya, before, "!need also old, sent before the bot ever started");

        mx.startBot();
        String room = mx.hs.createRoom(mx.ana, "New room", List.of(MatrixHarness.BOT), false, false);
        mx.hs.say(mx.ana, room, "!need written before the bot accepted the invite");
        MatrixHarness.await(() -> mx.hs.membership(room, MatrixHarness.BOT).equals("join"), "join");
        mx.hs.say(mx.ana, room, "!list");
        mx.hs.say(mx.maya, before, "!list");
        String listed = mx.replyBody(room, 1);
        assertTrue(listed.contains("Nothing is open") || !listed.contains("#1"), listed);
        assertEquals(1, mx.hs.botMessages(room).size());
        assertTrue(mx.replyBody(before, 1).contains("Nothing is open") || !mx.replyBody(before, 1).contains("old"), mx.replyBody(before, 1));
        assertEquals(1, mx.hs.botMessages(before).size(), "only the new !list is answered");
    }

    @Test
    @DisplayName("A send whose answer was lost is repeated with the same transaction id, and the room shows it once")
    void lostAnswerIsDeduplicated() throws Exception {
        mx.startBot();
        String room = mx.groupRoom();
        mx.hs.loseNextSendAnswer();
        mx.hs.say(mx.ana, room, "!need a winter coat for my son, size 6");
        mx.reply(room, 1);
        MatrixHarness.await(() -> mx.hs.botTxnIds().size() >= 2, "the send to be repeated");
        List<String> txns = mx.hs.botTxnIds();
        assertEquals(txns.get(0), txns.get(1), "the same transaction id: " + txns);
        mx.hs.say(mx.ana, room, "!list");
        mx.reply(room, 2);
        assertEquals(2, mx.hs.botMessages(room).size(), "the need's reply once, then the list");
    }

    @Test
    @DisplayName("A restart loses nothing and answers nothing twice, even when the stored sync position is older than what was handled")
    void restartWithoutLossOrDuplicates() throws Exception {
        mx.startBot();
        String room = mx.groupRoom();
        mx.hs.say(mx.ana, room, "!need groceries for a family of three");
        mx.reply(room, 1);
        String position = positionNow();
        mx.hs.say(mx.bo, room, "!offer I have a car on Saturdays");
        mx.reply(room, 2);
        mx.stopBot();

        // commands while the bot is down are answered when it comes back
        mx.hs.say(mx.maya, room, "!offer bags of rice and lentils");
        // as if the bot had died before storing the position that came after Bo's offer
        mx.execute("UPDATE platform_state SET value = '" + position + "' WHERE platform = 'matrix' AND key = 'next_batch'");
        mx.startBot();
        mx.reply(room, 3);
        mx.hs.say(mx.ana, room, "!list");
        String list = mx.replyBody(room, 4);
        assertTrue(list.contains("#1") && list.contains("#2") && list.contains("#3"), list);
        assertFalse(list.contains("#4"), "Bo's offer was not posted twice: " + list);
        assertEquals(4, mx.hs.botMessages(room).size(), "each command answered once");
        assertEquals(new HashSet<>(mx.hs.botTxnIds()).size(), mx.hs.botTxnIds().size(), "no transaction id sent twice");
    }

    private String positionNow() {
        return (String) mx.query("SELECT value FROM platform_state WHERE key = 'next_batch'").get(0).get(0);
    }

    @Test
    @DisplayName("429 M_LIMIT_EXCEEDED: the bot waits as long as the homeserver asks, by retry_after_ms or by the Retry-After header")
    void rateLimited() throws Exception {
        mx.startBot();
        String room = mx.groupRoom();
        mx.hs.failBotSends(1, 429, "M_LIMIT_EXCEEDED", 1_500L, null);
        long start = System.nanoTime();
        mx.hs.say(mx.ana, room, "!need a ride to the food bank");
        mx.reply(room, 1);
        assertTrue((System.nanoTime() - start) / 1_000_000 >= 1_400, "waited retry_after_ms");

        mx.hs.failBotSends(1, 429, "M_LIMIT_EXCEEDED", null, "2");
        start = System.nanoTime();
        mx.hs.say(mx.ana, room, "!list");
        mx.reply(room, 2);
        assertTrue((System.nanoTime() - start) / 1_000_000 >= 1_900, "waited the Retry-After header's seconds");
        assertEquals(2, mx.hs.botMessages(room).size());
    }

    @Test
    @DisplayName("A member with power level 50 coordinates: /settings works for them only, and the digest comes in a direct room the bot opens")
    void coordinatorGetsDigestInDirectRoom() throws Exception {
        mx.startBot();
        String room = mx.groupRoom();
        mx.hs.setPowerLevel(mx.maya, room, mx.bo, 50);
        mx.hs.say(mx.ana, room, "!settings digest 00:00");
        assertTrue(mx.replyBody(room, 1).startsWith("Sorry, only this group's coordinators"), mx.replyBody(room, 1));
        mx.hs.say(mx.bo, room, "!settings digest 00:00");
        assertTrue(mx.replyBody(room, 2).startsWith("Saved."), mx.replyBody(room, 2));
        mx.hs.say(mx.ana, room, "!need a lift to the food bank on Friday");
        mx.reply(room, 3);
        mx.hs.say(mx.ana, room, "!coordinators");
        assertEquals("Coordinators of this group: Bo, Maya.", mx.replyBody(room, 4));

        // the group was joined today, after 00:00: its first digest is tomorrow's
        mx.runFollowUps();
        Thread.sleep(300);
        assertEquals(1, mx.hs.roomsOf(mx.bo).size(), "no digest on the day the bot joined, after its time");
        mx.clock.skip(java.time.Duration.ofDays(1));
        mx.runFollowUps();
        MatrixHarness.await(() -> mx.hs.roomsOf(mx.bo).size() == 2 && mx.hs.roomsOf(mx.maya).size() == 2, "direct rooms for both");
        String boDirect = mx.hs.roomsOf(mx.bo).get(1);
        assertEquals("invite", mx.hs.membership(boDirect, mx.bo));
        assertTrue(mx.hs.eventsIn(boDirect).stream().anyMatch(e -> e.path("content").path("is_direct").asBoolean()), "marked direct");
        String digest = mx.replyBody(boDirect, 1);
        assertTrue(digest.startsWith("Daily digest for Riverside Aid") && digest.contains("food bank"), digest);
        assertEquals(1, mx.hs.roomsOf(mx.ana).size(), "Ana is no coordinator: no direct room");

        // Bo answers in the direct room: that is a private chat with the bot, and the room is used again
        mx.hs.join(mx.bo, boDirect);
        mx.hs.say(mx.bo, boDirect, "!mine");
        assertTrue(mx.replyBody(boDirect, 2).startsWith("You have no open posts") || mx.replyBody(boDirect, 2).contains("posts"),
                mx.replyBody(boDirect, 2));
        mx.runFollowUps();
        Thread.sleep(300);
        assertEquals(2, mx.hs.roomsOf(mx.bo).size(), "no second direct room");
        assertEquals(2, mx.hs.botMessages(boDirect).size(), "one digest a day: " + mx.hs.botMessages(boDirect));
    }

    @Test
    @DisplayName("A member who opens a direct room with the bot is talked to privately there")
    void memberOpensDirectRoom() throws Exception {
        mx.startBot();
        String room = mx.groupRoom();
        mx.hs.say(mx.ana, room, "!need a ride to the dialysis clinic");
        mx.reply(room, 1);
        String direct = mx.hs.createRoom(mx.ana, null, List.of(MatrixHarness.BOT), true, false);
        MatrixHarness.await(() -> mx.hs.membership(direct, MatrixHarness.BOT).equals("join"), "the bot to join the direct room");
        mx.hs.say(mx.ana, direct, "!mine");
        String mine = mx.replyBody(direct, 1);
        assertTrue(mine.contains("#1") && mine.contains("dialysis"), mine);
        mx.hs.say(mx.ana, direct, "!whatever");
        assertTrue(mx.replyBody(direct, 2).startsWith("I don't know !whatever") || mx.replyBody(direct, 2).contains("!help"),
                mx.replyBody(direct, 2));
    }

    @Test
    @DisplayName("Invited to an encrypted room, the bot says once that it cannot read it, also after a restart")
    void encryptedRoomNotice() throws Exception {
        mx.startBot();
        String room = mx.hs.createRoom(mx.ana, "Private aid", List.of(MatrixHarness.BOT), false, true);
        String notice = mx.replyBody(room, 1);
        assertTrue(notice.contains("end-to-end encrypted"), notice);
        mx.stopBot();
        mx.startBot();
        mx.hs.say(mx.ana, room, "hello?");
        Thread.sleep(500);
        assertEquals(1, mx.hs.botMessages(room).size(), "said once");
    }

    @Test
    @DisplayName("Removed from a room, the bot stops writing there and keeps its posts; invited back, it carries on")
    void kickedAndBack() throws Exception {
        mx.startBot();
        String room = mx.groupRoom();
        mx.hs.say(mx.ana, room, "!need a ride to the dialysis clinic");
        mx.reply(room, 1);
        mx.hs.kick(mx.maya, room, MatrixHarness.BOT);
        MatrixHarness.await(() -> mx.unreachable("chat", room), "the room to be marked unreachable");

        mx.hs.invite(mx.maya, room, MatrixHarness.BOT);
        MatrixHarness.await(() -> mx.hs.membership(room, MatrixHarness.BOT).equals("join"), "joining again");
        mx.hs.say(mx.ana, room, "!list");
        assertTrue(mx.replyBody(room, 2).contains("#1"), mx.replyBody(room, 2));
        assertFalse(mx.unreachable("chat", room));
    }

    @Test
    @DisplayName("With an invite allowlist, invites from others are declined")
    void inviteAllowlist() throws Exception {
        mx.startBot(new org.mutualaid.config.Config(mx.db, "warn", "bot", null, mx.matrixConfig(List.of(mx.maya))));
        String fromBo = mx.hs.createRoom(mx.bo, "Bo's room", List.of(MatrixHarness.BOT), false, false);
        String fromMaya = mx.hs.createRoom(mx.maya, "Maya's room", List.of(MatrixHarness.BOT), false, false);
        MatrixHarness.await(() -> mx.hs.membership(fromMaya, MatrixHarness.BOT).equals("join"), "joining Maya's room");
        MatrixHarness.await(() -> mx.hs.membership(fromBo, MatrixHarness.BOT).equals("leave"), "declining Bo's invite");
    }

    @Test
    @DisplayName("When the homeserver stops accepting the token, the Matrix side stops with one log line and the process goes on")
    void tokenRefused() throws Exception {
        mx.startBot();
        String room = mx.groupRoom();
        mx.hs.say(mx.ana, room, "!list");
        mx.reply(room, 1);
        int syncs = mx.hs.syncCount();
        mx.hs.refuseBotToken();
        mx.hs.say(mx.ana, room, "!list");
        Thread.sleep(1_500);
        int after = mx.hs.syncCount();
        Thread.sleep(1_500);
        assertEquals(after, mx.hs.syncCount(), "no more syncing once the token is refused (was " + syncs + ")");
    }
}
