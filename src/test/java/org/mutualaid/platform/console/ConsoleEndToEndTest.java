package org.mutualaid.platform.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mutualaid.MainRunner;

class ConsoleEndToEndTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("A multi-member conversation in the console: need, suggestion, claim, done, and /list without it")
    void conversation() {
        Path db = dir.resolve("group.db");
        MainRunner.Result r = MainRunner.run(List.of("console", "--db", db.toString()), Map.of(), """
                maya: /offer I have a car free on weekday mornings, happy to drive people to medical appointments
                darnell: /offer I cook a big pot of soup every Sunday #food
                ana: /need a ride to the dialysis clinic on Tuesday mornings
                /list
                maya: /claim 3
                ana: /done 3
                bo: /list needs
                /list
                /quit
                ana: /need this line is after quit
                """);
        assertEquals(0, r.exitCode(), r.err());
        String expected = """
                bot: Thanks, maya. Your offer is #1. Anyone who needs this: type /claim 1.
                bot: Thanks, darnell. Your offer is #2. Anyone who needs this: type /claim 2.
                bot: Thanks, ana. Your need is #3.
                     These offers might help:
                     • #1 maya: "I have a car free on weekday mornings, happy to drive people to medical appointments" (both about: %s)
                     To take an offer, type /claim 1 (with its number). Anyone else who can help: /claim 3.
                bot: Open posts:
                     #3 need · ana · just now · a ride to the dialysis clinic on Tuesday mornings
                     #2 offer · darnell · just now · I cook a big pot of soup every Sunday #food
                     #1 offer · maya · just now · I have a car free on weekday mornings, happy to drive people to…
                     To help or take one: /claim and its number.
                bot: maya can help with ana's need #3 "a ride to the dialysis clinic on Tuesday mornings".
                     Please talk to each other to sort out the details. When it's done: /done 3. If plans change: /unclaim 3.
                bot: #3 is done: ana's need "a ride to the dialysis clinic on Tuesday mornings". Thank you, maya!
                bot: No open needs right now. Post one with /need or /offer.
                bot: Open posts:
                     #2 offer · darnell · just now · I cook a big pot of soup every Sunday #food
                     #1 offer · maya · just now · I have a car free on weekday mornings, happy to drive people to…
                     To help or take one: /claim and its number.
                """;
        String reason = r.out().lines().filter(l -> l.contains("(both about: ")).findFirst().orElseThrow()
                .replaceAll(".*\\(both about: (.*)\\)$", "$1");
        assertTrue(reason.contains("transport") || reason.contains("medical"), reason);
        assertEquals(expected.formatted(reason), r.out());
    }

    @Test
    @DisplayName("After a restart the posts are still there and numbering continues")
    void restart() {
        Path db = dir.resolve("restart.db");
        MainRunner.Result first = MainRunner.run(List.of("console", "--db", db.toString()), Map.of(), """
                ana: /need a crib for the nursery
                bo: /offer a twin bed frame, you pick up
                bo: /claim 1
                """);
        assertEquals(0, first.exitCode(), first.err());
        MainRunner.Result second = MainRunner.run(List.of("console", "--db", db.toString()), Map.of(), """
                cy: /list
                cy: /need a winter coat for a 6 year old
                """);
        assertEquals(0, second.exitCode(), second.err());
        assertTrue(second.out().contains("#1 need · ana · just now · a crib for the nursery (claimed by bo)"), second.out());
        assertTrue(second.out().contains("#2 offer · bo"), second.out());
        assertTrue(second.out().contains("Thanks, cy. Your need is #3."), second.out());
    }

    @Test
    @DisplayName("The database path can come from AID_DB, and --db wins over it")
    void dbFromEnvironment() {
        Path fromEnv = dir.resolve("env.db");
        MainRunner.Result r = MainRunner.run(List.of("console"), Map.of("AID_DB", fromEnv.toString()), "ana: /need a lamp\n");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(fromEnv.toFile().exists());
        Path fromFlag = dir.resolve("flag.db");
        MainRunner.run(List.of("console", "--db", fromFlag.toString()), Map.of("AID_DB", fromEnv.toString()), "ana: /list\n");
        assertTrue(fromFlag.toFile().exists());
    }

    @Test
    @DisplayName("A line without a name speaks as the previous speaker; the first speaker is 'you'")
    void speakers() {
        MainRunner.Result r = MainRunner.run(List.of("console", "--db", dir.resolve("s.db").toString()), Map.of(), """
                /need a ride to work
                ana: /need some diapers, size 3
                /mine
                """);
        assertTrue(r.out().contains("Thanks, you. Your need is #1."), r.out());
        assertTrue(r.out().contains("Your open posts here:\n     #2 need · ana"), r.out());
        assertFalse(r.out().contains("#1 need · you"), r.out());
    }

    @Test
    @DisplayName("Plain words in a private chat get one line of what to do; in the group, chatter gets nothing and an unknown command a hint")
    void plainWords() {
        MainRunner.Result r = MainRunner.run(List.of("console", "--db", dir.resolve("p.db").toString()), Map.of(), """
                ana (private): ok, thanks
                ana: hello everyone
                ana: !frob
                """);
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("""
                bot → ana: Sorry, I only understand commands. To ask your group for help without your name, type /need and what you need; \
                to offer help, /offer and what you can do. /help shows the rest.
                bot: I don't know !frob. Type /help to see what I can do.
                """, r.out());
    }

    @Test
    @DisplayName("Multi-line bot messages continue on indented lines")
    void rendering() {
        assertEquals("bot: one\n     two", ConsoleMessenger.render("bot: ", "one\ntwo"));
        assertEquals("bot → ana: hi\n           there", ConsoleMessenger.render("bot → ana: ", "hi\nthere"));
    }

    @Test
    @DisplayName("Private messages print with the member's name")
    void privateMessage() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new ConsoleMessenger(new PrintStream(bytes, true, StandardCharsets.UTF_8)).send(new org.mutualaid.platform.Outgoing(1,
                org.mutualaid.platform.Destination.member("console", "ana"), org.mutualaid.platform.Message.of("your digest")));
        assertEquals("bot → ana: your digest\n", bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("Console lines: name prefixes are recognised, other colons are text")
    void lineParsing() {
        assertEquals(new ConsoleLine("ana", "/need x"), ConsoleLine.parse("ana: /need x", "you"));
        assertEquals(new ConsoleLine("you", "I think: maybe"), ConsoleLine.parse("I think: maybe", "you"));
        assertEquals(new ConsoleLine("bo", "/list"), ConsoleLine.parse("/list", "bo"));
        assertEquals(new ConsoleLine("O'Brien", "hello"), ConsoleLine.parse("O'Brien: hello", "you"));
        assertEquals(new ConsoleLine("\uD83C\uDF3B", "/offer dog walks"), ConsoleLine.parse("\uD83C\uDF3B: /offer dog walks", "you"));
        assertEquals(new ConsoleLine("Mary Jane", "/need a dog walker"), ConsoleLine.parse("Mary Jane: /need a dog walker", "you"),
                "a name of several words before a command");
        assertEquals(new ConsoleLine("ana", "/mine", "private"), ConsoleLine.parse("ana (PRIVATE): /mine", "you"));
        assertEquals(new ConsoleLine("ana", "/list", "Northside"), ConsoleLine.parse("ana (in Northside) : /list", "you"));
        assertEquals(new ConsoleLine("Mary Jane", "/list", "Northside"), ConsoleLine.parse("Mary Jane (in Northside): /list", "you"));
        assertEquals(new ConsoleLine("bo", "more info at https://example.org"), ConsoleLine.parse("more info at https://example.org", "bo"),
                "a link is no command, so its words are no name");
    }

    @Test
    @DisplayName("A line meant as 'name: /command' whose name or place cannot be read gets the console's hint, not silence")
    void misnamedLines() {
        assertTrue(ConsoleLine.looksMisnamed(": /need a kettle"));
        assertTrue(ConsoleLine.looksMisnamed("ana (in ): /list"));
        assertFalse(ConsoleLine.looksMisnamed("ana: /need a kettle"));
        assertFalse(ConsoleLine.looksMisnamed("Mary Jane: /need a kettle"));
        assertFalse(ConsoleLine.looksMisnamed("I think: maybe"));
        MainRunner.Result r = MainRunner.run(List.of("console", "--db", dir.resolve("m.db").toString()), Map.of(), """
                : /need a kettle
                Mary Jane: /need a dog walker
                ana (in Northside): /need a kettle
                bo (in northside): /list
                ana (private):
                /mine
                """);
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith(ConsoleChat.MISNAMED + "\n"), r.out());
        assertTrue(r.out().contains("Thanks, Mary Jane. Your need is #1."), r.out());
        assertTrue(r.out().contains("bot (in northside): Open posts:\n                    #1 need · ana · "),
                "a group is the same in any case of its name: " + r.out());
        assertTrue(r.out().contains("bot → ana: Your open posts"), "a name alone moves the speaker: " + r.out());
        assertFalse(r.out().contains("photos"), r.out());
    }

    @Test
    @DisplayName("A group first typed with capitals under an older build is still reached by its name after the upgrade")
    void groupOfAnOlderBuild() throws Exception {
        Path db = dir.resolve("old.db");
        MainRunner.Result first = MainRunner.run(List.of("console", "--db", db.toString()), Map.of(), "ana (in Northside): /need a kettle\n");
        assertEquals(0, first.exitCode(), first.err());
        // what an older build left: the group under its capitals, and the schema before the key became lower case
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            assertEquals(1, st.executeUpdate("UPDATE chat SET platform_ref = 'group:Northside' WHERE platform_ref = 'group:northside'"));
            st.execute("PRAGMA user_version = 17");
            // and without the columns added since
            st.execute("ALTER TABLE post DROP COLUMN closed_by");
            st.execute("DROP INDEX post_live_by_author_in_chat");
            st.execute("DROP INDEX post_open_needs");
            st.execute("ALTER TABLE post DROP COLUMN urgent");
        }
        MainRunner.Result second = MainRunner.run(List.of("console", "--db", db.toString()), Map.of(), "bo (in Northside): /list\n");
        assertEquals(0, second.exitCode(), second.err());
        assertTrue(second.out().contains("#1 need · ana · ") && second.out().contains("a kettle"), second.out());
    }

    @Test
    @DisplayName("A need for a thing no kind of help names (a telescope) is met by the offer that uses its telling words, with two of them as the reason; a need sharing only 'a good home' stays silent")
    void wordsWithoutAKind() {
        StringBuilder in = new StringBuilder();
        List<String> others = List.of("I cook a big pot of soup every Sunday", "happy to walk dogs in the mornings",
                "can give lifts to the hospital on Tuesdays", "spare baby clothes 0-6 months", "I can help with CVs and job applications",
                "free sofa, you collect", "can babysit weekday evenings", "I do small plumbing jobs", "bags of kids winter coats",
                "can help fill in benefit forms", "English lessons for beginners", "a spare single bed frame",
                "I can mow lawns on Saturdays", "maths tutoring for GCSE", "phone and laptop help for seniors",
                "a fridge that works, free", "I can sit with someone lonely for a chat", "can fix bikes",
                "I have a van for moving on weekends", "halal meals for families");
        for (int i = 0; i < others.size(); i++) in.append("p").append(i).append(": /offer ").append(others.get(i)).append('\n');
        in.append("""
                ann: /offer old telescope with tripod and star charts from the astronomy club, free to a good home
                dee: /need my son joined the astronomy club, anyone got a telescope and tripod or star charts?
                eve: /need a good home for my late mum's old piano
                """);
        MainRunner.Result r = MainRunner.run(List.of("console", "--db", dir.resolve("words.db").toString()), Map.of(), in.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("""
                bot: Thanks, dee. Your need is #22.
                     These offers might help:
                     • #21 ann: "old telescope with tripod and star charts from the astronomy club, free to a good home" (both mention: telescope, astronomy)
                """), r.out());
        assertTrue(r.out().contains("bot: Thanks, eve. Your need is #23. Anyone who can help: type /claim 23.\n"), r.out());
    }
}
