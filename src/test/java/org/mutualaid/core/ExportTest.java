package org.mutualaid.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mutualaid.TestChat;
import org.mutualaid.platform.Attachment;
import org.mutualaid.platform.Incoming;
import org.mutualaid.platform.Outgoing;
import org.mutualaid.platform.Person;

@DisplayName("/export: a coordinator's CSV of their group's posts, sent privately")
class ExportTest {

    @TempDir
    Path dir;
    TestChat chat;

    @BeforeEach
    void open() {
        chat = new TestChat(dir.resolve("export.db"));
    }

    @AfterEach
    void close() {
        chat.close();
    }

    /** Speaks in the group, whose coordinator is Cleo. */
    private List<String> say(String name, String text) {
        return chat.deliver(Incoming.text("console", "g-" + System.nanoTime(), "local", false, name.toLowerCase(), name, text, true)
                .withCoordinators(List.of(new Person("cleo", "Cleo"))));
    }

    private static String csvOf(Outgoing o) {
        Attachment file = o.message().attachment();
        assertNotNull(file, "the message carries a file");
        return new String(file.bytes(), StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("Only a coordinator gets it, only privately; others get a polite refusal and no file")
    void onlyCoordinators() {
        say("Ana", "/need bread");
        assertTrue(say("Cleo", "/export").get(0).startsWith("The export holds members' posts, so I send it only privately"));
        assertNull(chat.lastSent().message().attachment());
        assertEquals(List.of("Sorry, only a group's coordinators can use /export. /coordinators in your group shows who they are."),
                chat.privately("Ana", "/export"));
        assertNull(chat.lastSent().message().attachment());
        List<String> replies = chat.privately("Cleo", "/export");
        assertEquals(1, replies.size());
        assertTrue(replies.get(0).startsWith("Posts of your group: 1 open, 0 closed in the last 90 days."), replies.get(0));
        Attachment file = chat.lastSent().message().attachment();
        assertTrue(file.fileName().matches("your-group-posts-\\d{4}-\\d{2}-\\d{2}\\.csv"), file.fileName());
        assertEquals("text/csv", file.mediaType());
        assertEquals("private:cleo", chat.lastSent().to().ref());
        assertEquals(0, chat.count("SELECT count(*) FROM outbox WHERE attachment IS NOT NULL"), "the file is not kept once sent");
    }

    @Test
    @DisplayName("The CSV: RFC 4180 quoting, formulas defused, anonymous posts without a name, closed posts of the last 90 days only")
    void content() {
        say("Ana", "/need a ride, \"soon\" please");
        say("Bo", "/offer =HYPERLINK(\"http://evil\",\"click\") free soup");
        say("Ana", "/claim 2");
        say("Ana", "/done 2");
        say("Quillana", "/list");
        chat.privately("Quillana", "/need +1 help with rent this month");
        say("Dee", "/need @home care for my mother");
        say("Dee", "/cancel 4");
        chat.clock.advance(Duration.ofDays(91));
        say("Eli", "/offer -5 degrees tonight: spare blankets");
        chat.privately("Cleo", "/export");
        String csv = csvOf(chat.lastSent());
        assertTrue(csv.startsWith("\uFEFFnumber,kind,status,author,claimed by,text,tags,categories,posted (UTC),closed (UTC)\r\n"), csv);
        String[] lines = csv.substring(1).split("\r\n");
        assertEquals(4, lines.length, "the header, #1 and #3 (open) and #5; #2 and #4 closed over 90 days ago: " + csv);
        assertTrue(lines[1].startsWith("1,need,open,Ana,,\"a ride, \"\"soon\"\" please\","), lines[1]);
        assertTrue(lines[2].startsWith("3,need,open,(no name: asked privately),,'+1 help with rent this month,"), lines[2]);
        assertTrue(lines[3].startsWith("5,offer,open,Eli,,'-5 degrees tonight: spare blankets,"), lines[3]);
        assertFalse(csv.contains("Quillana"), "an anonymous post stays anonymous in the file");
    }

    @Test
    @DisplayName("A closed post of the last 90 days is in the file with its closing time; a formula at the start of any cell is defused")
    void closedRecently() {
        say("Bo", "/offer =1+2 spare chairs");
        say("Ana", "/claim 1");
        say("Bo", "/done 1");
        say("Dee", "/need @home help");
        chat.privately("Cleo", "/export");
        String[] lines = csvOf(chat.lastSent()).substring(1).split("\r\n");
        assertEquals(3, lines.length);
        assertTrue(lines[1].startsWith("1,offer,done,Bo,Ana,'=1+2 spare chairs,"), lines[1]);
        assertTrue(lines[1].endsWith(",2026-03-02 10:00,2026-03-02 10:00"), lines[1]);
        assertTrue(lines[2].startsWith("2,need,open,Dee,,'@home help,"), lines[2]);
    }

    @Test
    @DisplayName("A post a coordinator closed says so in the file; one its author withdrew says cancelled")
    void closedByCoordinator() {
        say("Bo", "/offer spare chairs");
        say("Dee", "/need a lift to the market");
        say("Cleo", "/close 1");
        say("Dee", "/cancel 2");
        chat.privately("Cleo", "/export");
        String[] lines = csvOf(chat.lastSent()).substring(1).split("\r\n");
        assertTrue(lines[1].startsWith("1,offer,closed by a coordinator,Bo,,"), lines[1]);
        assertTrue(lines[2].startsWith("2,need,cancelled,Dee,,"), lines[2]);
    }

    @Test
    @DisplayName("A coordinator of two groups chooses with /export n")
    void twoGroups() {
        say("Cleo", "/need chairs");
        chat.deliver(new Incoming("console", "n-1", "north", "Northside Aid", false, "cleo", "Cleo", "/offer tables", null, null, null,
                true, null, List.of(new Person("cleo", "Cleo"))));
        String question = chat.privately("Cleo", "/export").get(0);
        assertEquals("You coordinate more than one group. Which one?\n1. your group\n2. Northside Aid\nType /export and its number, like /export 1.",
                question);
        assertEquals("Please choose a number from 1 to 2, like /export 1.", chat.privately("Cleo", "/export 3").get(0));
        assertTrue(chat.privately("Cleo", "/export 2").get(0).startsWith("Posts of Northside Aid: 1 open"));
        assertTrue(csvOf(chat.lastSent()).contains("1,offer,open,Cleo,,tables,"));
        assertEquals("northside-aid", chat.lastSent().message().attachment().fileName().substring(0, 13));
    }
}
