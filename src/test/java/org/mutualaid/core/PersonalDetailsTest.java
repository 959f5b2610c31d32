package org.mutualaid.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mutualaid.TestChat;
import org.mutualaid.core.command.TextRules;
import org.mutualaid.platform.Destination;
import org.mutualaid.platform.Incoming;
import org.mutualaid.platform.Outgoing;

@DisplayName("Personal details in a post: the author is warned and can post it again without them")
class PersonalDetailsTest {

    @TempDir
    Path dir;
    TestChat chat;

    @BeforeEach
    void open() {
        chat = new TestChat(dir.resolve("pii.db"));
    }

    @AfterEach
    void close() {
        chat.close();
    }

    @Test
    @DisplayName("Phone numbers, e-mail and street addresses are found; dates, amounts, counts and post numbers are not")
    void detection() {
        assertEquals(List.of("phone number"), TextRules.personalDetails("call 0612 345 678 after 5"));
        assertEquals(List.of("phone number"), TextRules.personalDetails("text me on +44 7700 900123"));
        assertEquals(List.of("phone number"), TextRules.personalDetails("(555) 123-4567 any time"));
        assertEquals(List.of("e-mail address"), TextRules.personalDetails("write to ana.lopez+aid@correo.es"));
        assertEquals(List.of("street address"), TextRules.personalDetails("pick up at 42 Baker Street, door 2"));
        assertEquals(List.of("street address"), TextRules.personalDetails("I'm at 1200 Old Mill Rd."));
        for (String clean : List.of("moving on 12/03/2026 with 3 boxes", "rent is 1,250.00 this month", "need #12 is done",
                "2 kids aged 6 and 9", "open 9-17 on weekdays", "size 4-8", "call me tomorrow", "meet at the station")) {
            assertEquals(List.of(), TextRules.personalDetails(clean), clean);
        }
        assertEquals("call me on (phone number removed) or (e-mail address removed)",
                TextRules.withoutPersonalDetails("call me on 0612 345 678 or bo@example.org"));
    }

    @Test
    @DisplayName("In the group the author gets a hint and a button; /redact posts it again without them, for the author only")
    void redactInGroup() {
        List<String> replies = chat.say("Bo", "/need a ride to the clinic, call 0612 345 678");
        assertTrue(replies.get(0).endsWith("Your post seems to include a phone number that everyone here can read. "
                + "To post it again without: /redact 1."), replies.toString());
        assertEquals(List.of(List.of("claim:1", "done:1"), List.of("redact:1")),
                chat.lastSent().message().buttons().stream().map(row -> row.stream().map(b -> b.action()).toList()).toList());
        assertEquals("Only Bo, who posted #1, can do that.", chat.one("Ana", "/redact 1"));
        String again = chat.one("Bo", "/redact 1");
        assertTrue(again.startsWith("#1 is withdrawn and posted again without the personal details. Thanks, Bo. Your need is #2."), again);
        String list = chat.one("Ana", "/list");
        assertTrue(list.contains("(phone number removed)") && !list.contains("0612") && !list.contains("#1 "), list);
    }

    @Test
    @DisplayName("When the bot can write to the author privately, the warning goes there and the group reads no hint")
    void warnedPrivately() {
        chat.deliver(Incoming.text("console", "dm-1", "dm-bo", true, "bo", "Bo", "/start", true));
        List<String> replies = chat.say("Bo", "/offer spare blankets, ring 0612 345 678");
        List<Outgoing> sent = chat.sent.subList(chat.sent.size() - replies.size(), chat.sent.size());
        Outgoing toBo = sent.stream().filter(o -> o.to().kind() == Destination.Kind.MEMBER).findFirst().orElseThrow();
        assertTrue(toBo.message().plainText().startsWith("Your offer #1 in your group seems to include a phone number"), toBo.toString());
        Outgoing group = sent.stream().filter(o -> o.to().kind() == Destination.Kind.CHAT).findFirst().orElseThrow();
        assertTrue(!group.message().plainText().contains("seems to include"), group.message().plainText());
    }
}
