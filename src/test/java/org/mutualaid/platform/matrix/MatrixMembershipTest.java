package org.mutualaid.platform.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Matrix: leaving a room, or losing the power level, counts at once for what a member does privately")
class MatrixMembershipTest {

    @TempDir
    Path dir;
    MatrixHarness mx;

    @BeforeEach
    void start() throws Exception {
        mx = new MatrixHarness(dir).startBot();
    }

    @AfterEach
    void stop() {
        mx.close();
    }

    private boolean inGroup(String room, String user) {
        return !mx.query("SELECT 1 FROM chat_member m JOIN chat c ON c.id = m.chat_id JOIN member u ON u.id = m.member_id "
                + "WHERE c.platform_ref = ? AND u.platform_ref = ?", room, user).isEmpty();
    }

    private List<List<Object>> coordinators(String room) {
        return mx.query("SELECT u.platform_ref FROM coordinator k JOIN chat c ON c.id = k.chat_id JOIN member u ON u.id = k.member_id "
                + "WHERE c.platform_ref = ? ORDER BY u.platform_ref", room);
    }

    @Test
    @DisplayName("A member who leaves the room can no longer post into it from their direct room; their post there stays")
    void leaverCannotPostPrivately() {
        String group = mx.groupRoom();
        mx.hs.say(mx.ana, group, "!offer soup on Sundays");
        mx.reply(group, 1);
        MatrixHarness.await(() -> inGroup(group, mx.ana), "the room is Ana's");
        mx.hs.kick(mx.ana, group, mx.ana);
        MatrixHarness.await(() -> !inGroup(group, mx.ana), "the room no longer Ana's");

        String anaDirect = mx.directRoomOf(mx.ana);
        mx.hs.say(mx.ana, anaDirect, "!need a lift to the clinic");
        assertTrue(mx.replyBody(anaDirect, 1).startsWith("I don't know your group yet."), mx.replyBody(anaDirect, 1));
        assertEquals(1, mx.hs.botMessages(group).size(), "nothing more is posted in the room");
        assertEquals(1L, ((Number) mx.query("SELECT count(*) FROM post").get(0).get(0)).longValue(), "her offer stays");
    }

    @Test
    @DisplayName("A moderator lowered to power level 0 loses !export at once, before anyone writes in the room")
    void demotionCountsAtOnce() {
        String group = mx.groupRoom();
        mx.hs.say(mx.ana, group, "!need winter boots");
        mx.reply(group, 1);
        mx.hs.setPowerLevel(mx.maya, group, mx.bo, 50);
        MatrixHarness.await(() -> coordinators(group).equals(List.of(List.of(mx.bo), List.of(mx.maya))), "Bo a coordinator at once");

        mx.hs.setPowerLevel(mx.maya, group, mx.bo, 0);
        MatrixHarness.await(() -> coordinators(group).equals(List.of(List.of(mx.maya))), "Bo no longer a coordinator");
        String boDirect = mx.directRoomOf(mx.bo);
        mx.hs.say(mx.bo, boDirect, "!export");
        assertTrue(mx.replyBody(boDirect, 1).startsWith("Sorry, only a group's coordinators can use"), mx.replyBody(boDirect, 1));
        assertEquals(1, mx.hs.botMessages(group).size(), "nobody wrote in the room meanwhile");
    }

    @Test
    @DisplayName("A moderator who leaves is no coordinator, though the power levels still name them, also after a restart")
    void departedModerator() throws Exception {
        String group = mx.groupRoom();
        mx.hs.setPowerLevel(mx.maya, group, mx.bo, 50);
        MatrixHarness.await(() -> coordinators(group).size() == 2, "Bo a coordinator");
        mx.hs.kick(mx.maya, group, mx.bo);
        MatrixHarness.await(() -> coordinators(group).equals(List.of(List.of(mx.maya))), "Bo no longer a coordinator");
        assertTrue(!inGroup(group, mx.bo), "the room is no longer Bo's");

        mx.stopBot();
        mx.startBot();
        mx.hs.say(mx.ana, group, "!coordinators");
        String answer = mx.replyBody(group, 1);
        assertTrue(answer.startsWith("Coordinators of this group: maya") && !answer.contains("bo"), answer);
        assertEquals(List.of(List.of(mx.maya)), coordinators(group));
    }
}
