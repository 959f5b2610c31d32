package org.mutualaid.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mutualaid.App;
import org.mutualaid.TestChat;
import org.mutualaid.core.command.TextRules;
import org.mutualaid.core.match.Matcher;
import org.mutualaid.core.match.Words;
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
        assertEquals("call me on […] or […]",
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
        assertTrue(list.contains("call […]") && !list.contains("0612") && !list.contains("#1 "), list);
        assertEquals("#1 was posted again as #2: /claim 2.", chat.one("Ana", "/claim 1"), "whoever meant to help finds the new number");
        assertTrue(chat.one("Ana", "/claim 2").startsWith("Ana can help with Bo's need #2"));
    }

    @Test
    @DisplayName("A claimed post redacted keeps its helper on the new number; /redact sent again says it is done already")
    void redactKeepsTheClaim() {
        chat.say("Gina", "/need help clearing my garden, ring 0612 345 678");
        chat.say("Hal", "/claim 1");
        List<String> replies = chat.say("Gina", "/redact 1");
        assertTrue(replies.contains("#2 is still claimed by Hal. When it's done: /done 2."), replies.toString());
        assertEquals(1, chat.count("SELECT count(*) FROM post WHERE number = 2 AND status = 'claimed'"));
        assertEquals("#1 was already posted again without the personal details, as #2.", chat.one("Gina", "/redact 1"));
        assertTrue(chat.one("Hal", "/done 2").startsWith("#2 is done"), "the helper can finish it");
    }

    @Test
    @DisplayName("What stands in for a removed phone number, e-mail or street address gives the taxonomy and the matcher no word")
    void placeholdersNameNothing() {
        Matcher matcher = App.newMatcher();
        for (String[] example : List.of(
                new String[] {"need a couch, call 0612 345 678 after 5", "0612 345 678"},
                new String[] {"need a couch, write to ana.lopez+aid@correo.es", "ana.lopez+aid@correo.es"},
                new String[] {"need a couch brought to 42 Baker Street, door 2", "42 Baker Street"})) {
            String redacted = TextRules.withoutPersonalDetails(example[0]);
            String cut = example[0].replace(example[1], "");
            assertEquals(Words.of(cut), Words.of(redacted), redacted);
            assertEquals(Set.of("furniture"), matcher.categorize(redacted), redacted);
        }
    }

    @Test
    @DisplayName("A post redacted with /redact keeps the original's categories and gets the same suggestions, for the same reasons")
    void redactedRepostMatchesAsBefore() {
        // what the redaction puts in must not pull towards an offer about phones and e-mail
        chat.say("Coco", "/offer I fix phones and set up e-mail, and I have a couch to give away");
        chat.say("Dee", "/offer a couch and an armchair to give away");
        chat.say("Frank", "/need call me at 555 123 4567 or frank@example.com, I live at 12 Elm Street, need a couch");
        chat.one("Frank", "/redact 3");
        assertEquals("furniture", chat.text("SELECT categories FROM post WHERE number = 3"));
        assertEquals("furniture", chat.text("SELECT categories FROM post WHERE number = 4"));
        String suggestions = "SELECT group_concat(line, '; ') FROM (SELECT o.number || ' ' || s.rank || ' ' || s.reason AS line "
                + "FROM suggestion s JOIN post o ON o.id = s.offer_id JOIN post n ON n.id = s.need_id WHERE n.number = %d ORDER BY s.rank)";
        assertEquals("2 1 both about: furniture and appliances (couch); 1 2 both about: furniture and appliances (couch)",
                chat.text(suggestions.formatted(3)));
        assertEquals(chat.text(suggestions.formatted(3)), chat.text(suggestions.formatted(4)));
        assertEquals("call me at […] or […], I live at […], need a couch", chat.text("SELECT text FROM post WHERE number = 4"));
    }

    @Test
    @DisplayName("Several kinds of detail are named as people list them, in the group and privately")
    void detailsListed() {
        List<String> replies = chat.say("Frank", "/need call me at 555 123 4567 or frank@example.com, I live at 12 Elm Street, need a couch");
        assertTrue(replies.get(0).endsWith("Your post seems to include an e-mail address, a phone number and a street address that "
                + "everyone here can read. To post it again without: /redact 1."), replies.toString());
        chat.deliver(Incoming.text("console", "dm-1", "dm-bo", true, "bo", "Bo", "/start", true));
        chat.say("Bo", "/offer spare blankets, ring 0612 345 678 or write to bo@example.org");
        Outgoing toBo = chat.sent.stream().filter(o -> o.to().kind() == Destination.Kind.MEMBER).reduce((a, b) -> b).orElseThrow();
        assertTrue(toBo.message().plainText().startsWith("Your offer #2 in your group seems to include an e-mail address and a phone "
                + "number, which everyone there can read."), toBo.toString());
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
