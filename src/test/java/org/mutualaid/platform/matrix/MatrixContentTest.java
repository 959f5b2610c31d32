package org.mutualaid.platform.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mutualaid.core.command.CommandParser;
import org.mutualaid.platform.Button;
import org.mutualaid.platform.Message;

class MatrixContentTest {

    private final MatrixContent content = new MatrixContent(new ObjectMapper(), "@aidbot:example.org", new CommandParser("aidbot"));

    @Test
    @DisplayName("The bot's /commands read as !commands, but paths, links and unknown words keep their slash")
    void bangCommands() {
        assertEquals("Type !claim 12, or !list needs.", content.bangCommands("Type /claim 12, or /list needs."));
        assertEquals("see https://example.org/help and and/or /foo", content.bangCommands("see https://example.org/help and and/or /foo"));
    }

    @Test
    @DisplayName("Member text is escaped in the HTML body, mentions link to matrix.to and are listed in m.mentions")
    void escapingAndMentions() {
        Message m = Message.builder().mention("@ana:example.org", "Ana <script>").text(" needs \"<b>help</b>\" & more").build();
        ObjectNode event = content.render(m, "$orig").get(0);
        assertEquals("m.notice", event.path("msgtype").asText());
        assertEquals("Ana <script> needs \"<b>help</b>\" & more", event.path("body").asText());
        assertEquals("<a href=\"https://matrix.to/#/@ana:example.org\">Ana &lt;script&gt;</a> needs &quot;&lt;b&gt;help&lt;/b&gt;&quot; &amp; more",
                event.path("formatted_body").asText());
        assertEquals("[\"@ana:example.org\"]", event.path("m.mentions").path("user_ids").toString());
        assertEquals("$orig", event.path("m.relates_to").path("m.in_reply_to").path("event_id").asText());
    }

    @Test
    @DisplayName("Each button becomes the command to type, and a link to the bot opens a direct chat with it")
    void buttonsAndLinks() {
        Message m = Message.builder().text("#12 needs help. ").botLink("Message me privately", "mine")
                .buttonRow(List.of(new Button("I can help", "claim:12"), new Button("#3: not a match", "nomatch:12:3"))).build();
        ObjectNode event = content.render(m, null).get(0);
        String body = event.path("body").asText();
        assertTrue(body.contains("• I can help: !claim 12"), body);
        assertTrue(body.contains("• #3: not a match: !nomatch 12 3"), body);
        assertTrue(event.path("formatted_body").asText().contains("<a href=\"https://matrix.to/#/@aidbot:example.org\">Message me privately</a>"));
        assertFalse(event.has("m.relates_to"));
        CommandParser parser = new CommandParser("aidbot");
        assertEquals(parser.parseAction("nomatch:12:3"), parser.parse("!nomatch 12 3"), "the typed form does what the button does");
    }

    @Test
    @DisplayName("A button whose command the text already names is not listed again")
    void noRepeatedCommands() {
        Message m = Message.builder().text("Your need is #2. Anyone who can help: /claim 2.")
                .buttonRow(List.of(new Button("I can help with #2", "claim:2"), new Button("Done", "done:2"), new Button("Take offer #12", "claim:12")))
                .build();
        String body = content.render(m, null).get(0).path("body").asText();
        assertEquals("Your need is #2. Anyone who can help: !claim 2.\n• Done: !done 2\n• Take offer #12: !claim 12", body);
    }

    @Test
    @DisplayName("A very long message is split between lines into several events, the reply relation on the first only")
    void longMessagesSplit() {
        Message.Builder b = Message.builder();
        for (int i = 0; i < 600; i++) b.line("line " + i + " " + "x".repeat(40));
        List<ObjectNode> events = content.render(b.build(), "$q");
        assertTrue(events.size() >= 2, "parts: " + events.size());
        for (ObjectNode e : events) assertTrue(e.path("body").asText().length() <= MatrixContent.PART_CHARS);
        assertTrue(events.get(0).has("m.relates_to"));
        assertFalse(events.get(1).has("m.relates_to"));
        assertTrue(events.get(1).path("body").asText().startsWith("line "), "cut at a line boundary");
    }

    @Test
    @DisplayName("A reply's quoted fallback is dropped, so that '!done 3' sent as a reply is still a command")
    void replyFallback() {
        assertEquals("!done 3", MatrixSync.withoutReplyFallback("> <@ana:example.org> #3 is claimed\n> by Maya\n\n!done 3"));
        assertEquals("!list", MatrixSync.withoutReplyFallback("!list"));
    }
}
