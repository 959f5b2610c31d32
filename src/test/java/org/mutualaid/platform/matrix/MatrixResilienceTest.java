package org.mutualaid.platform.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mutualaid.platform.Person;

class MatrixResilienceTest {

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
    @DisplayName("An invite whose join fails for now (502) is tried again, and other rooms are answered meanwhile")
    void joinRetried() throws Exception {
        mx.startBot();
        String room = mx.groupRoom();
        mx.hs.failJoins(2);
        String later = mx.hs.createRoom(mx.bo, "Bo's street", List.of(MatrixHarness.BOT), false, false);
        mx.hs.say(mx.ana, room, "!list");
        mx.reply(room, 1);
        MatrixHarness.await(() -> mx.hs.membership(later, MatrixHarness.BOT).equals("join"), "the join to succeed on a later try");
        mx.hs.say(mx.bo, later, "!list");
        mx.reply(later, 1);
    }

    @Test
    @DisplayName("Commands written while the bot was down, more than one sync holds, are all answered once")
    void gapFilledAfterDowntime() throws Exception {
        mx.startBot();
        String room = mx.groupRoom();
        String other = mx.hs.createRoom(mx.maya, "Chatter", List.of(), false, false);
        mx.hs.say(mx.ana, room, "!list");
        mx.reply(room, 1);
        mx.stopBot();
        mx.hs.setSyncLimit(3);
        // pages of /messages that hold only other rooms' chatter come back empty, with an end
        mx.hs.setPageScan(3);
        for (int i = 1; i <= 6; i++) {
            mx.hs.say(mx.ana, room, "!need item number " + i + " for the family");
            for (int j = 0; j < 4; j++) mx.hs.say(mx.maya, other, "unrelated chatter " + i + "." + j);
        }
        mx.startBot();
        mx.reply(room, 7);
        Thread.sleep(500);
        List<String> numbers = mx.hs.botMessages(room).stream().skip(1).map(e -> e.path("content").path("body").asText())
                .map(b -> b.replaceAll("(?s).*Your need is #(\\d+).*", "$1")).toList();
        assertEquals(List.of("1", "2", "3", "4", "5", "6"), numbers, "every need, in order, once");
    }

    @Test
    @DisplayName("Started while the homeserver is down, the bot keeps trying and answers once it is back")
    void homeserverDownAtStart() throws Exception {
        String room = mx.hs.createRoom(mx.maya, "Riverside Aid", List.of(MatrixHarness.BOT, mx.ana), false, false);
        mx.hs.join(mx.ana, room);
        mx.hs.setDown(true);
        mx.startBot();
        Thread.sleep(1_000);
        mx.hs.setDown(false);
        MatrixHarness.await(() -> mx.hs.membership(room, MatrixHarness.BOT).equals("join"), "the join once the homeserver is back");
        mx.hs.say(mx.ana, room, "!list");
        mx.reply(room, 1);
    }

    @Test
    @DisplayName("Once the token is refused, nothing more is sent with it; the messages wait for a restart")
    void refusedTokenStopsSending() throws Exception {
        mx.startBot();
        String room = mx.groupRoom();
        mx.hs.say(mx.ana, room, "!list");
        mx.reply(room, 1);
        mx.hs.refuseBotToken();
        mx.hs.say(mx.ana, room, "!need a coat");
        MatrixHarness.await(() -> mx.hs.refusedBotRequests() >= 1, "the refusal");
        Thread.sleep(3_000);
        assertTrue(mx.hs.refusedBotRequests() <= 2, "no retries with a dead token: " + mx.hs.refusedBotRequests());
    }

    @Test
    @DisplayName("An encrypted direct room is not used for private messages, and a member who leaves their direct room is not written to again")
    void directRoomsEncryptedOrLeft() throws Exception {
        mx.startBot();
        String encrypted = mx.hs.createRoom(mx.ana, null, List.of(MatrixHarness.BOT), true, true);
        assertTrue(mx.replyBody(encrypted, 1).contains("end-to-end encrypted"));
        assertFalse(stateKeys().contains("dm:" + mx.ana), "not remembered as Ana's direct room: " + stateKeys());

        String direct = mx.hs.createRoom(mx.bo, null, List.of(MatrixHarness.BOT), true, false);
        MatrixHarness.await(() -> mx.hs.membership(direct, MatrixHarness.BOT).equals("join"), "join");
        mx.hs.say(mx.bo, direct, "!mine");
        mx.reply(direct, 1);
        assertTrue(stateKeys().contains("dm:" + mx.bo));
        mx.hs.kick(mx.bo, direct, mx.bo);
        MatrixHarness.await(() -> !stateKeys().contains("dm:" + mx.bo), "the direct room forgotten");
        MatrixHarness.await(() -> mx.unreachable("member", mx.bo), "Bo marked as not to be written to privately");
    }

    @Test
    @DisplayName("In rooms of version 12, the creators coordinate without being listed in the power levels")
    void creatorsOfVersion12Rooms() {
        RoomState rooms = new RoomState(MatrixHarness.BOT);
        ObjectMapper json = new ObjectMapper();
        ObjectNode create = json.createObjectNode().put("type", "m.room.create").put("state_key", "").put("sender", "@maya:x");
        create.putObject("content").put("room_version", "12").putArray("additional_creators").add("@bo:x");
        rooms.apply("!r:x", create);
        ObjectNode levels = json.createObjectNode().put("type", "m.room.power_levels").put("state_key", "");
        levels.putObject("content").putObject("users").put("@cleo:x", 50).put("@dan:x", 0).put(MatrixHarness.BOT, 100);
        rooms.apply("!r:x", levels);
        List<Person> coordinators = rooms.coordinatorsIfChanged("!r:x");
        assertEquals(List.of("@bo:x", "@cleo:x", "@maya:x"), coordinators.stream().map(Person::ref).toList());
        assertEquals(coordinators, rooms.coordinatorsIfChanged("!r:x"), "still news until the core has stored them");
        rooms.reported("!r:x", coordinators);
        assertEquals(null, rooms.coordinatorsIfChanged("!r:x"));
    }

    private List<String> stateKeys() {
        return mx.query("SELECT key FROM platform_state").stream().map(r -> (String) r.get(0)).toList();
    }
}
