package org.mutualaid.platform.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatrixPrivacyTest {

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

    @Test
    @DisplayName("Asked from a direct room, a need reaches the group without its author; the helper and author talk through the bot until she shares her contact")
    void anonymousNeedAndRelay() throws Exception {
        String group = mx.groupRoom();
        mx.hs.say(mx.ana, group, "!list");
        mx.reply(group, 1);
        String anaDirect = mx.directRoomOf(mx.ana);
        mx.hs.say(mx.ana, anaDirect, "!need a ride to the dialysis clinic on Tuesday");
        ObjectNode posted = mx.reply(group, 2);
        assertTrue(posted.path("body").asText().startsWith("A neighbour needs: a ride to the dialysis clinic on Tuesday"), posted.toString());
        assertTrue(mx.replyBody(anaDirect, 1).contains("Posted in Riverside Aid as #1, without your name"), mx.replyBody(anaDirect, 1));

        // typed in the room, the claim would show Ana who offers: the bot asks for it privately
        mx.hs.say(mx.maya, group, "!claim 1");
        assertTrue(mx.replyBody(group, 3).startsWith("#1 was posted without a name, so everything about it happens privately: send me !claim 1"),
                mx.replyBody(group, 3));
        String mayaDirect = mx.directRoomOf(mx.maya);
        mx.hs.say(mx.maya, mayaDirect, "!claim 1");
        MatrixHarness.await(() -> mx.hs.botMessages(mayaDirect).stream().anyMatch(e -> e.path("content").path("body").asText()
                .startsWith("Thank you for offering on #1")), "the relay's start, privately");
        assertTrue(mx.replyBody(group, 4).startsWith("#1 ") && mx.replyBody(group, 4).contains("has a helper"), mx.replyBody(group, 4));
        MatrixHarness.await(() -> mx.hs.botMessages(anaDirect).size() >= 2, "Ana hears someone would help");
        ObjectNode ask = (ObjectNode) mx.hs.botMessages(anaDirect).get(1);
        assertTrue(ask.path("content").path("body").asText().startsWith("Someone would like to help with your need #1"), ask.toString());

        // a plain reply to the bot's message is passed on, as !reply 1 would be
        mx.hs.replyTo(mx.ana, anaDirect, ask.path("event_id").asText(), "thank you, Tuesday at 9 works");
        MatrixHarness.await(() -> mx.hs.botMessages(mayaDirect).stream().anyMatch(e -> e.path("content").path("body").asText()
                .contains("Tuesday at 9 works")), "the words relayed to Maya");
        mx.hs.join(mx.maya, mayaDirect);
        mx.hs.say(mx.maya, mayaDirect, "!reply 1 great, see you then");
        MatrixHarness.await(() -> mx.hs.botMessages(anaDirect).stream().anyMatch(e -> e.path("content").path("body").asText()
                .contains("great, see you then")), "the answer relayed to Ana");

        for (String room : List.of(group)) {
            for (ObjectNode e : mx.hs.botMessages(room)) {
                String all = e.path("content").toString();
                assertFalse(all.contains(mx.ana) || all.contains("Ana"), "Ana is named in the group: " + all);
            }
        }
        assertFalse(mx.hs.botMessages(mayaDirect).stream().anyMatch(e -> e.path("content").toString().contains(mx.ana)),
                "Maya does not learn who it is before consent");

        mx.hs.say(mx.ana, anaDirect, "!share 1");
        MatrixHarness.await(() -> mx.hs.botMessages(mayaDirect).stream().anyMatch(e -> e.path("content").toString()
                .contains("https://matrix.to/#/" + mx.ana)), "Ana's contact, after her consent");
    }

    @Test
    @DisplayName("/export in a coordinator's direct room comes as a CSV file in the homeserver's media repository")
    void exportAsFile() throws Exception {
        String group = mx.groupRoom();
        mx.hs.say(mx.ana, group, "!need winter coat, size 6, \"warm\"");
        mx.reply(group, 1);
        String mayaDirect = mx.directRoomOf(mx.maya);
        mx.hs.say(mx.bo, mx.directRoomOf(mx.bo), "!export");
        mx.hs.say(mx.maya, mayaDirect, "!export");
        MatrixHarness.await(() -> mx.hs.botMessages(mayaDirect).stream().anyMatch(e -> e.path("content").path("msgtype").asText().equals("m.file")),
                "the file");
        ObjectNode file = mx.hs.botMessages(mayaDirect).stream().filter(e -> e.path("content").path("msgtype").asText().equals("m.file"))
                .findFirst().orElseThrow();
        String uri = file.path("content").path("url").asText();
        assertTrue(uri.startsWith("mxc://"), file.toString());
        assertTrue(mx.hs.mediaType(uri).startsWith("text/csv"), mx.hs.mediaType(uri));
        String csv = new String(mx.hs.media(uri), StandardCharsets.UTF_8);
        assertTrue(csv.contains("\"winter coat, size 6, \"\"warm\"\"\""), csv);
        assertEquals(csv.getBytes(StandardCharsets.UTF_8).length, file.path("content").path("info").path("size").asInt());
    }

    @Test
    @DisplayName("A message after an export, whose row was deleted once sent, still reaches the room: its transaction id is new")
    void messageAfterAnExportIsNotTakenForIt() throws Exception {
        String group = mx.groupRoom();
        mx.hs.say(mx.ana, group, "!need winter coat, size 6");
        mx.reply(group, 1);
        String mayaDirect = mx.directRoomOf(mx.maya);
        mx.hs.say(mx.maya, mayaDirect, "!export");
        MatrixHarness.await(() -> mx.hs.botMessages(mayaDirect).stream().anyMatch(e -> e.path("content").path("msgtype").asText().equals("m.file")),
                "the file");
        MatrixHarness.await(() -> rows("SELECT count(*) FROM outbox WHERE attachment IS NOT NULL") == 0, "the file's row deleted once sent");
        // the next row takes the deleted row's id
        mx.hs.say(mx.maya, mayaDirect, "!mine");
        MatrixHarness.await(() -> mx.hs.botMessages(mayaDirect).stream().anyMatch(e -> e.path("content").path("body").asText()
                .startsWith("You have no open posts")), "the answer after the export");
        assertEquals(new java.util.HashSet<>(mx.hs.botTxnIds()).size(), mx.hs.botTxnIds().size(), "no transaction id sent twice");
    }

    private int rows(String sql) {
        return ((Number) mx.query(sql).get(0).get(0)).intValue();
    }
}
