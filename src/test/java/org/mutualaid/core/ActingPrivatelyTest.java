package org.mutualaid.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mutualaid.TestChat;
import org.mutualaid.platform.Destination;
import org.mutualaid.platform.Outgoing;

@DisplayName("Acting on anonymous posts from a private chat: nothing typed or answered in a group tells who asked or who helps")
class ActingPrivatelyTest {

    @TempDir
    Path dir;
    TestChat chat;

    @BeforeEach
    void open() {
        chat = new TestChat(dir.resolve("private-actions.db"));
    }

    @AfterEach
    void close() {
        chat.close();
    }

    private List<String> north(String name, String text) {
        return chat.sayIn("north", "Northside", name, text);
    }

    private List<String> south(String name, String text) {
        return chat.sayIn("south", "Southside", name, text);
    }

    private List<Outgoing> toGroup(String ref) {
        return chat.sent.stream().filter(o -> o.to().kind() == Destination.Kind.CHAT && o.to().ref().equals(ref)).toList();
    }

    /** What the bot answered in name's private chat, leaving out what it said in groups. */
    private List<String> answeredPrivately(String name, String text) {
        int before = chat.sent.size();
        chat.privately(name, text);
        String ref = "private:" + name.toLowerCase(Locale.ROOT);
        return chat.sent.subList(before, chat.sent.size()).stream().filter(o -> o.to().ref().equals(ref))
                .map(o -> o.message().plainText()).toList();
    }

    private int status(String groupRef, int number, String status) {
        return chat.count("SELECT count(*) FROM post p JOIN chat c ON c.id = p.chat_id WHERE c.platform_ref = '" + groupRef
                + "' AND p.number = " + number + " AND p.status = '" + status + "'");
    }

    @Test
    @DisplayName("/claim in a private chat claims the group's post; the group hears of it without the helper's name")
    void claimPrivately() {
        north("Quillana", "/list");
        north("Bodhan", "/list");
        chat.privately("Quillana", "/need someone to help me read a letter from the council");
        int before = toGroup("north").size();

        List<String> replies = chat.privately("Bodhan", "/claim 1");
        assertTrue(replies.stream().anyMatch(r -> r.startsWith("Thank you for offering on #1 in Northside")), replies.toString());
        assertEquals(1, status("north", 1, "claimed"));
        List<Outgoing> announced = toGroup("north").subList(before, toGroup("north").size());
        assertEquals(1, announced.size(), "one notice in the group");
        String notice = announced.get(0).message().plainText();
        assertTrue(notice.startsWith("#1 ") && notice.contains("has a helper"), notice);
        assertFalse(notice.toLowerCase(Locale.ROOT).contains("bodhan"), notice);
        assertEquals(null, announced.get(0).to().replyToRef(), "not a reply to anyone's message");
    }

    @Test
    @DisplayName("/claim and /unclaim of a named post in a private chat: the group names both as usual, and the private reply says what happened")
    void namedPostFromPrivate() {
        north("Lena", "/list");
        north("Darnell", "/need a ride to dialysis on Tuesday morning");
        int before = toGroup("north").size();

        assertEquals(List.of("You're down to help with Darnell's need #1. I've told Northside, naming you both. When it's done: /done 1."),
                answeredPrivately("Lena", "/claim 1"));
        String claimed = toGroup("north").get(before).message().plainText();
        assertTrue(claimed.startsWith("Lena can help with Darnell's need #1"), claimed);

        assertEquals(List.of("You've stepped back from #1, so it is open again. I've told Northside."), answeredPrivately("Lena", "/unclaim 1"));
        String unclaimed = toGroup("north").get(before + 1).message().plainText();
        assertTrue(unclaimed.startsWith("Lena stepped back from #1"), unclaimed);

        north("Maya", "/offer soup on Sundays");
        assertEquals(List.of("Noted: you'd like Maya's offer #2. I've told Northside, naming you both. When it's done: /done 2."),
                answeredPrivately("Lena", "/claim 2"));
        assertEquals(List.of("#2 is marked done. I've told Northside. Thank you!"), answeredPrivately("Lena", "/done 2"));
        assertEquals(List.of("#1 is withdrawn. I've told Northside."), answeredPrivately("Darnell", "/cancel 1"));
    }

    @Test
    @DisplayName("A number typed privately that cannot be acted on is told plainly: still open, no longer open, or not found")
    void notFoundPrivately() {
        north("Lena", "/list");
        north("Darnell", "/need a ride to dialysis on Tuesday morning");
        assertEquals(List.of("#1 is still open. /list in the group shows it."), chat.privately("Darnell", "/reopen 1"));
        north("Darnell", "/cancel 1");
        assertEquals(List.of("#1 is no longer open. /list in the group shows what is."), chat.privately("Lena", "/claim 1"));
        assertEquals(List.of("I can't find an open #7 in your groups. /list in the group shows the numbers."), chat.privately("Lena", "/claim 7"));
        assertEquals(List.of("I can't find a closed post #7 of yours to open again. /mine shows your open posts."), chat.privately("Lena", "/reopen 7"));
        assertEquals(List.of("I can't find an open #1 in your groups. /list in the group shows the numbers. (I only know you're in a group once you've written there.)"),
                chat.privately("Stranger", "/claim 1"));
    }

    @Test
    @DisplayName("Private /help says truly what acting from there hides: nothing of a post with names, everything of one asked without a name")
    void privateHelpIsTruthful() {
        String help = chat.privately("Lena", "/help").get(0);
        assertFalse(help.contains("without your name in the group"), help);
        assertTrue(help.contains("/claim 12, /unclaim 12, /done 12, /cancel 12 and /reopen 12 work here too, and the group is told as usual: "
                + "a post with names shows both names, one asked here without a name shows none"), help);
    }

    @Test
    @DisplayName("A number open in two of the member's groups is told apart by the group's number, which stays the same when others go")
    void twoGroupsSameNumber() {
        north("Bodhan", "/list");
        south("Bodhan", "/list");
        north("Ana", "/need a lift to the food bank on Friday");
        south("Cy", "/need someone to walk my dog this weekend");

        // a group that sorts first, where #1 is not open: shown nowhere, and leaving it changes nothing below
        chat.sayIn("east", "Eastside", "Bodhan", "/list");
        int north = chat.count("SELECT id FROM chat WHERE platform_ref = 'north'");
        int south = chat.count("SELECT id FROM chat WHERE platform_ref = 'south'");
        String which = chat.privately("Bodhan", "/claim 1").get(0);
        assertEquals("There is a #1 in more than one of your groups. Which one? In Northside: /claim 1 " + north
                + ". In Southside: /claim 1 " + south + ".", which);
        assertEquals(0, status("north", 1, "claimed") + status("south", 1, "claimed"), "nothing claimed on an ambiguous number");

        assertTrue(chat.privately("Bodhan", "/claim 1 999").get(0).startsWith("I can't find an open #1 in that group"));
        chat.app().storage().inTransaction(tx -> {
            long east = tx.chats().find("console", "east").orElseThrow().id();
            tx.chats().forgetMember(east, tx.members().find("console", "bodhan").orElseThrow().id());
            return null;
        });
        List<String> claimed = chat.privately("Bodhan", "/claim 1 " + south);
        assertEquals(List.of("You're down to help with Cy's need #1. I've told Southside, naming you both. When it's done: /done 1."),
                claimed.subList(claimed.size() - 1, claimed.size()));
        assertEquals(1, status("south", 1, "claimed"));
        assertEquals(1, status("north", 1, "open"), "the other group's #1 is untouched");

        // now only one #1 is claimed by Bodhan, so /done 1 needs no group
        chat.privately("Bodhan", "/done 1");
        assertEquals(1, status("south", 1, "done"));
    }

    @Test
    @DisplayName("Typed in the group, /done, /cancel, /renew, /unclaim and /redact on an anonymous post get the same answer from everyone and change nothing")
    void sameAnswerForEveryone() {
        north("Quillana", "/list");
        north("Bodhan", "/list");
        chat.privately("Quillana", "/need groceries until payday, for a family of four");
        chat.privately("Bodhan", "/claim 1");
        for (String command : List.of("/done", "/cancel", "/renew", "/unclaim", "/redact")) {
            String author = north("Quillana", command + " 1").get(0);
            String helper = north("Bodhan", command + " 1").get(0);
            String bystander = north("Maya", command + " 1").get(0);
            assertEquals(author, helper, command);
            assertEquals(author, bystander, command);
            assertTrue(author.contains("send me " + command + " 1 in a private chat"), author);
        }
        assertEquals(1, status("north", 1, "claimed"), "still claimed by the same helper");
    }

    @Test
    @DisplayName("/nomatch typed in the group about an anonymous post: the same answer whoever types it; only its author's hides the pair")
    void noMatchTypedInGroup() {
        north("Quillana", "/list");
        north("Maya", "/offer I can drive people to medical appointments on weekday mornings");
        List<String> posted = chat.privately("Quillana", "/need a ride to my dialysis appointment on Tuesday morning");
        assertTrue(posted.stream().anyMatch(r -> r.contains("#1")), "the offer was suggested: " + posted);

        String bystander = north("Bo", "/nomatch 2 1").get(0);
        assertEquals(0, chat.count("SELECT count(*) FROM suggestion WHERE dismissed_at IS NOT NULL"), "a bystander hides nothing");
        String author = north("Quillana", "/nomatch 2 1").get(0);
        assertEquals(bystander, author);
        assertEquals(1, chat.count("SELECT count(*) FROM suggestion WHERE dismissed_at IS NOT NULL"), "the author's hides the pair");
    }

    @Test
    @DisplayName("An anonymous need is suggested with its author's own offer, so that a missing suggestion cannot point at them")
    void ownPostsAreNotLeftOut() {
        north("Quillana", "/offer I can drive people to medical appointments on weekday mornings");
        List<String> posted = chat.privately("Quillana", "/need a ride to my dialysis appointment on Tuesday morning");
        String group = posted.stream().filter(r -> r.startsWith("A neighbour needs:")).findFirst().orElseThrow();
        assertTrue(group.contains("#1"), "the author's own offer is shown as it would be for anyone: " + group);

        // and a public post by the same author is no match for their own public post
        String own = north("Quillana", "/need a lift to my hospital appointment on Thursday morning").get(0);
        assertFalse(own.contains("#1"), own);
    }

    @Test
    @DisplayName("Two conversations about a #1 in two groups: /endrelay 1 asks which, /endrelay 1 2 ends the second, old buttons name theirs")
    void relaysInTwoGroups() {
        north("Quillana", "/list");
        south("Quillana", "/list");
        north("Bodhan", "/list");
        south("Bodhan", "/list");
        chat.privately("Quillana", "/need a winter coat for my son, age six");
        chat.privately("Quillana", "/post 1");
        chat.privately("Quillana", "/need help moving a sofa on Saturday");
        chat.privately("Quillana", "/post 2");
        chat.privately("Bodhan", "/claim 1 " + chat.count("SELECT id FROM chat WHERE platform_ref = 'north'"));
        chat.privately("Bodhan", "/claim 1 " + chat.count("SELECT id FROM chat WHERE platform_ref = 'south'"));
        assertEquals(2, chat.count("SELECT count(*) FROM relay WHERE ended_at IS NULL"));

        int northId = chat.count("SELECT id FROM chat WHERE platform_ref = 'north'");
        int southId = chat.count("SELECT id FROM chat WHERE platform_ref = 'south'");
        String which = chat.privately("Bodhan", "/endrelay 1").get(0);
        assertEquals("You have conversations about a #1 in more than one group. Which one? In Northside: /endrelay 1 " + northId
                + ". In Southside: /endrelay 1 " + southId + ".", which);
        String reply = chat.privately("Bodhan", "/reply 1 hello").get(0);
        assertTrue(reply.contains("replying to my last message about it"), reply);

        List<String> ended2 = chat.privately("Bodhan", "/endrelay 1 " + southId);
        assertTrue(ended2.stream().anyMatch(s -> s.startsWith("Ended.")), ended2.toString());
        long south = chat.count("SELECT r.id FROM relay r JOIN post p ON p.id = r.post_id JOIN chat c ON c.id = p.chat_id WHERE c.platform_ref = 'south'");
        long north = chat.count("SELECT r.id FROM relay r JOIN post p ON p.id = r.post_id JOIN chat c ON c.id = p.chat_id WHERE c.platform_ref = 'north'");
        assertEquals(1, chat.count("SELECT count(*) FROM relay WHERE ended_at IS NULL AND id = " + north));

        // the author's buttons name their conversation: the ended one's says so, the other's works
        List<String> ended = chat.pressPrivately("Quillana", "share:1:" + south);
        assertTrue(ended.get(0).startsWith("That conversation has ended."), ended.toString());
        List<String> shared = chat.pressPrivately("Quillana", "share:1:" + north);
        assertTrue(shared.stream().anyMatch(s -> s.startsWith("The neighbour who posted #1 in Northside shared their contact")), shared.toString());
    }

    @Test
    @DisplayName("/redact works from a private chat too: the post goes again without the phone number")
    void redactPrivately() {
        north("Quillana", "/need a ride to the clinic on Monday, call me on 07700 900123");
        int before = toGroup("north").size();
        chat.privately("Quillana", "/redact 1");
        assertEquals(1, status("north", 1, "cancelled"), "the first one is withdrawn");
        List<Outgoing> after = toGroup("north").subList(before, toGroup("north").size());
        assertTrue(after.stream().anyMatch(o -> o.message().plainText().contains("posted again without the personal details")), "posted again");
        assertEquals(1, chat.count("SELECT count(*) FROM post WHERE number = 2 AND text LIKE 'a ride to the clinic on Monday%' AND text NOT LIKE '%900123%'"));
        assertTrue(after.stream().noneMatch(o -> o.message().plainText().contains("900123")), "without the number");
    }
}
