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
import org.mutualaid.platform.Incoming;
import org.mutualaid.platform.Person;

@DisplayName("Coordinators ask for the digest and the figures, and free claims, from their private chat")
class PrivateCoordinationTest {

    @TempDir
    Path dir;
    TestChat chat;
    int events;

    @BeforeEach
    void open() {
        chat = new TestChat(dir.resolve("private-coordination.db"));
    }

    @AfterEach
    void close() {
        chat.close();
    }

    /** Ana speaks in a group she coordinates. */
    private List<String> coordinatorIn(String ref, String title, String text) {
        return chat.deliver(new Incoming("console", "co-" + (++events), ref, title, false, "ana", "Ana", text, null, null, null, true, null, null)
                .withCoordinators(List.of(new Person("ana", "Ana"))));
    }

    @Test
    @DisplayName("/digest and /stats privately: the one group she coordinates, or the one she chooses by number")
    void digestAndStats() {
        coordinatorIn("local", "Riverside Aid", "/list");
        chat.sayIn("local", "Riverside Aid", "Gus", "/need a ride to the food bank on Friday");
        String digest = chat.privately("Ana", "/digest").get(0);
        assertTrue(digest.startsWith("Daily digest for Riverside Aid, "), digest);
        assertTrue(digest.contains("#1"), digest);
        String stats = chat.privately("Ana", "/stats").get(0);
        assertTrue(stats.startsWith("Riverside Aid\nLast 7 days: 1 posted, "), stats);

        coordinatorIn("north", "Northside Aid", "/list");
        assertEquals("You coordinate more than one group. Which one?\n1. Riverside Aid\n2. Northside Aid\nType /digest and its number, like /digest 1.",
                chat.privately("Ana", "/digest").get(0));
        assertTrue(chat.privately("Ana", "/digest 2").get(0).startsWith("Daily digest for Northside Aid, "));
        assertEquals("Please choose a number from 1 to 2, like /stats 1.", chat.privately("Ana", "/stats 3").get(0));
        assertEquals("Please give the group's number from my list, like /stats 1.", chat.privately("Ana", "/stats north").get(0));
        assertTrue(chat.privately("Ana", "/stats 2").get(0).startsWith("Northside Aid\nLast 7 days: 0 posted, "));
    }

    @Test
    @DisplayName("/list privately: a coordinator sees the group's open needs and offers, claimed ones too; with two groups the number chooses")
    void listPrivately() {
        coordinatorIn("local", "Riverside Aid", "/list");
        chat.sayIn("local", "Riverside Aid", "Gus", "/need a ride to the food bank on Friday");
        chat.sayIn("local", "Riverside Aid", "Fay", "/offer a box of toddler clothes, size 2-3");
        chat.sayIn("local", "Riverside Aid", "Cy", "/claim 1");
        String listed = chat.privately("Ana", "/list").get(0);
        assertTrue(listed.startsWith("Open posts in Riverside Aid:\n"), listed);
        assertTrue(listed.contains("#1 need · Gus") && listed.contains("#2 offer · Fay"), listed);
        assertTrue(listed.endsWith("To close one: /close and its number. To free a stalled claim: /unclaim and its number."), listed);
        assertTrue(chat.privately("Ana", "/list offers").get(0).startsWith("Open offers in Riverside Aid:\n#2 offer · Fay"));
        assertEquals(List.of("There is only 1 page of open posts in Riverside Aid."), chat.privately("Ana", "/list 2"), "one group: the number is a page");

        coordinatorIn("north", "Northside Aid", "/list");
        assertTrue(chat.privately("Ana", "/list").get(0).startsWith("You coordinate more than one group. Which one?\n1. Riverside Aid\n2. Northside Aid"));
        assertEquals(List.of("No open posts in Northside Aid right now."), chat.privately("Ana", "/list 2"));
        assertTrue(chat.privately("Ana", "/list needs 1").get(0).startsWith("Open needs in Riverside Aid:\n#1 need · Gus"));
        assertEquals(List.of("Type /list in your group's chat to see its posts. Here, /mine shows your own."), chat.privately("Gus", "/list"),
                "members see the list in the group");
    }

    @Test
    @DisplayName("A member who coordinates nothing is refused /digest and /stats privately, and nothing of a group is shown")
    void membersRefused() {
        coordinatorIn("local", "Riverside Aid", "/list");
        chat.sayIn("local", "Riverside Aid", "Gus", "/need a ride to the food bank on Friday");
        assertEquals(List.of("Sorry, only a group's coordinators can use /digest. /coordinators in your group shows who they are."),
                chat.privately("Gus", "/digest"));
        assertEquals(List.of("Sorry, only a group's coordinators can use /stats. /coordinators in your group shows who they are."),
                chat.privately("Gus", "/stats 1"));
    }

    @Test
    @DisplayName("A coordinator frees a stalled claim of a nameless post privately: the group names nobody, the helper hears it ended")
    void unclaimNamelessPrivately() {
        coordinatorIn("local", "Riverside Aid", "/list");
        chat.sayIn("local", "Riverside Aid", "Quill", "/list");
        chat.sayIn("local", "Riverside Aid", "Bodhan", "/list");
        chat.privately("Quill", "/need someone to sit with my mum on Saturday afternoon");
        chat.privately("Bodhan", "/claim 1");
        List<String> answers = chat.privately("Ana", "/unclaim 1");
        assertTrue(answers.contains("#1 is open again for others to take up. I've told Riverside Aid."), answers.toString());
        assertTrue(answers.contains("A coordinator opened #1 \"someone to sit with my mum on Saturday afternoon\" again. Anyone who can: send me /claim 1 in a private chat."),
                answers.toString());
        assertTrue(answers.stream().noneMatch(a -> a.contains("Bodhan") || a.contains("Quill")), answers.toString());
        assertEquals("open", chat.text("SELECT status FROM post WHERE number = 1"));
        assertEquals("You have no open post #1 that you claimed. /mine shows yours.", chat.privately("Bodhan", "/unclaim 1").get(0));
        assertEquals("You have no open post #1 that you claimed. /mine shows yours.", chat.privately("Gus", "/unclaim 1").get(0),
                "a member who coordinates nothing frees nothing");
    }

    @Test
    @DisplayName("/coordinators privately names the coordinators of each of the member's groups, so a nameless author need not ask in the group")
    void coordinatorsPrivately() {
        coordinatorIn("local", "Riverside Aid", "/list");
        chat.sayIn("local", "Riverside Aid", "Gus", "/list");
        chat.sayIn("north", "Northside Aid", "Gus", "/list");
        assertEquals(List.of("Coordinators of Northside Aid: none I know of yet.\nCoordinators of Riverside Aid: Ana.\n"
                + "You can write to them directly; nobody in the group sees it."), chat.privately("Gus", "/coordinators"));
        assertEquals(List.of("I don't know your group yet: I only know you're in one once you've written there. /coordinators in the group shows who they are."),
                chat.privately("Stranger", "/coordinators"));
    }

    @Test
    @DisplayName("A coordinator's reason for /close is read in the group when typed there; typed privately, it reaches the author alone")
    void closeWithReason() {
        coordinatorIn("local", "Riverside Aid", "/list");
        chat.sayIn("local", "Riverside Aid", "Dev", "/offer a sofa, collection only");
        chat.sayIn("local", "Riverside Aid", "Dev", "/offer a sofa bed, collection only");
        List<String> inGroup = coordinatorIn("local", "Riverside Aid", "/close 1 - the same as #2");
        assertEquals(List.of("#1 (Dev's offer) was closed by a coordinator: the same as #2. /reopen 1 opens it again."), inGroup);

        chat.sayIn("local", "Riverside Aid", "Eli", "/need a lift to the dentist on Monday");
        chat.privately("Eli", "/mine");
        int before = chat.sent.size();
        List<String> answers = chat.privately("Ana", "/close 3 she got a lift from her sister, she told me");
        List<org.mutualaid.platform.Outgoing> told = chat.sent.subList(before, chat.sent.size());
        assertTrue(told.stream().anyMatch(o -> (o.to().ref().equals("eli") || o.to().ref().equals("private:eli"))
                        && o.message().plainText().equals("A coordinator closed your need #3 in Riverside Aid: she got a lift from her sister, she told me. "
                        + "If you still need help, /reopen 3 opens it again.")), told.toString());
        assertTrue(answers.contains("#3 (Eli's need) was closed by a coordinator. /reopen 3 opens it again."), "the group does not read it: " + answers);
        assertTrue(answers.contains("#3 is closed. I've told Riverside Aid. If that was a mistake: /reopen 3. Your reason went to its author alone."),
                answers.toString());
        assertEquals(1, answers.stream().filter(a -> a.contains("her sister")).count(), answers.toString());

        chat.sayIn("local", "Riverside Aid", "Gus", "/need a winter coat, size M");
        List<String> unreachable = chat.privately("Ana", "/close 4 posted twice");
        assertTrue(unreachable.contains("#4 is closed. I've told Riverside Aid. If that was a mistake: /reopen 4. The group did not read your reason, "
                + "and I can't pass it to its author: they have not opened a private chat with me."), unreachable.toString());
        assertTrue(unreachable.stream().noneMatch(a -> a.contains("posted twice") && !a.startsWith("#4 is closed")), unreachable.toString());
    }

    @Test
    @DisplayName("A coordinator closes a post or marks it done from the private chat; a member cannot; '/stats.' with a full stop is /stats")
    void closeAndDonePrivately() {
        coordinatorIn("local", "Riverside Aid", "/list");
        chat.sayIn("local", "Riverside Aid", "Dev", "/offer a sofa, collection only");
        chat.sayIn("local", "Riverside Aid", "Eli", "/need a lift to the dentist on Monday");
        List<String> closed = chat.privately("Ana", "/close 1");
        assertTrue(closed.contains("#1 (Dev's offer) was closed by a coordinator. /reopen 1 opens it again."), closed.toString());
        assertTrue(closed.contains("#1 is closed. I've told Riverside Aid. If that was a mistake: /reopen 1."), closed.toString());
        assertEquals(List.of("Sorry, only a group's coordinators can close posts. /coordinators in your group shows who they are."),
                chat.privately("Eli", "/close 2"));
        assertEquals(List.of("I can't find an open #1 in the groups you coordinate. /list in the group shows the numbers."), chat.privately("Ana", "/close 1"));
        chat.sayIn("local", "Riverside Aid", "Fay", "/claim 2");
        assertEquals("Only Eli or Fay can mark #2 as done.", chat.sayIn("local", "Riverside Aid", "Gus", "/done 2").get(0));
        List<String> done = coordinatorIn("local", "Riverside Aid", "/done 2");
        assertTrue(done.get(0).startsWith("#2 is done: Eli's need \"a lift to the dentist on Monday\". Thank you, Fay!"), done.toString());
        assertTrue(coordinatorIn("local", "Riverside Aid", "/stats.").get(0).startsWith("Last 7 days: 2 posted, "), "the full stop ends the sentence");
        assertEquals("I can't find a claimed #99 among your posts, your claims or the groups you coordinate. /mine shows yours.",
                chat.privately("Ana", "/unclaim 99").get(0));
    }
}
