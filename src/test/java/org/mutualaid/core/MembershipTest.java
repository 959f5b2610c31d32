package org.mutualaid.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mutualaid.TestChat;
import org.mutualaid.core.command.CommandParser;
import org.mutualaid.core.port.Transaction;
import org.mutualaid.platform.Checked;
import org.mutualaid.platform.Checked.Standing;
import org.mutualaid.platform.Checks;
import org.mutualaid.platform.Incoming;
import org.mutualaid.platform.Person;

@DisplayName("Leaving a group: it is no longer the member's to post in privately, and coordinator powers follow the platform")
class MembershipTest {

    private static final Consumer<Transaction> NOTHING = tx -> { };
    private final CommandParser parser = new CommandParser("bot");

    @TempDir
    Path dir;
    TestChat chat;
    int events;

    @BeforeEach
    void open() {
        chat = new TestChat(dir.resolve("members.db"));
        // Ana writes in both groups; Cleo coordinates Northside
        chat.sayIn("river", "Riverside Aid", "Ana", "/list");
        chat.deliver(new Incoming("console", "n-0", "north", "Northside Aid", false, "ana", "Ana", "/offer soup on Sundays", null, null,
                null, true, null, List.of(new Person("cleo", "Cleo"))));
    }

    @AfterEach
    void close() {
        chat.close();
    }

    private Bot bot() {
        return chat.app().bot();
    }

    private Incoming privately(String name, String text) {
        String ref = name.toLowerCase();
        return Incoming.text("console", "p-" + (++events), "private:" + ref, true, ref, name, text, true);
    }

    private List<String> deliver(Incoming in) {
        return chat.deliver(in);
    }

    @Test
    @DisplayName("A member who left is not offered the group and cannot post there privately; their posts there stay; the event counts once")
    void leftIsForgotten() {
        assertEquals(Bot.Outcome.HANDLED, bot().memberLeft("console", "left-1", "north", "ana", NOTHING));
        assertEquals(Bot.Outcome.DUPLICATE, bot().memberLeft("console", "left-1", "north", "ana", NOTHING));
        assertEquals(1, chat.count("SELECT count(*) FROM post p JOIN member m ON m.id = p.author_id WHERE m.platform_ref = 'ana'"),
                "her offer in Northside stays");

        List<String> replies = deliver(privately("Ana", "/need a lift to the clinic"));
        assertTrue(replies.stream().anyMatch(r -> r.startsWith("A neighbour needs: a lift to the clinic")), replies.toString());
        assertTrue(replies.stream().anyMatch(r -> r.startsWith("Posted in Riverside Aid as #1, without your name.")), replies.toString());
        assertEquals(0, chat.count("SELECT count(*) FROM post p JOIN chat c ON c.id = p.chat_id WHERE c.platform_ref = 'north' AND p.anonymous = 1"));
    }

    @Test
    @DisplayName("A member who left cannot claim a post of that group privately")
    void leftCannotClaim() {
        chat.sayIn("north", "Northside Aid", "Bo", "/need two chairs");
        bot().memberLeft("console", "left-1", "north", "ana", NOTHING);
        List<String> replies = deliver(privately("Ana", "/claim 2"));
        assertEquals(1, replies.size(), replies.toString());
        assertTrue(replies.get(0).startsWith("I can't find an open #2 in your groups."), replies.get(0));
        assertEquals(0, chat.count("SELECT count(*) FROM claim"));
    }

    @Test
    @DisplayName("Someone the bot never met joining or leaving leaves no trace; a known member who comes back is offered the group again")
    void joiningNotesOnlyKnownMembers() {
        int members = chat.count("SELECT count(*) FROM member");
        bot().membersJoined("console", "join-1", "north", List.of(new Person("zed", "Zed")), NOTHING);
        bot().memberLeft("console", "left-z", "north", "zed", NOTHING);
        assertEquals(members, chat.count("SELECT count(*) FROM member"));

        bot().memberLeft("console", "left-1", "north", "ana", NOTHING);
        bot().membersJoined("console", "join-2", "north", List.of(new Person("ana", "Ana")), NOTHING);
        String question = deliver(privately("Ana", "/need boxes")).get(0);
        assertTrue(question.contains("1. Northside Aid") && question.contains("2. Riverside Aid"), question);
    }

    @Test
    @DisplayName("The core asks the adapter to check the sender's groups before a private /need, /post, /claim or words asking for help, their coordinated groups before /export or /digest, and nothing else")
    void whatToCheck() {
        assertEquals(new Checks(List.of("north", "river"), List.of()), bot().checksFor(privately("Ana", "/need boxes"), parser));
        assertEquals(new Checks(List.of("north", "river"), List.of()), bot().checksFor(privately("Ana", "/claim 1"), parser));
        assertEquals(new Checks(List.of("north", "river"), List.of()), bot().checksFor(privately("Ana", "/post 2"), parser));
        assertEquals(new Checks(List.of(), List.of("north")), bot().checksFor(privately("Cleo", "/export"), parser));
        assertEquals(Checks.NONE, bot().checksFor(privately("Ana", "/mine"), parser));
        assertEquals(Checks.NONE, bot().checksFor(privately("Ana", "/done 1"), parser));
        assertEquals(new Checks(List.of("river", "north"), List.of()), bot().checksFor(privately("Nobody", "/need boxes"), parser),
                "someone never seen in a group: the groups the bot is in are asked");
        assertEquals(Checks.NONE, bot().checksFor(privately("Nobody", "/export"), parser), "coordinating is never guessed");
        assertEquals(new Checks(List.of("river", "north"), List.of()),
                bot().checksFor(privately("Nobody", "my landlord is trying to evict us and i dont understand the letter"), parser),
                "words asking for help, from someone never seen: looked up as a /need is");
        assertEquals(Checks.NONE, bot().checksFor(privately("Nobody", "ok thanks"), parser), "words that ask for nothing are not");
        assertEquals(new Checks(List.of(), List.of("north")), bot().checksFor(privately("Cleo", "/digest"), parser));
        assertEquals(Checks.NONE, bot().checksFor(Incoming.text("console", "g-1", "north", false, "ana", "Ana", "/need boxes", true), parser));
    }

    @Test
    @DisplayName("When the platform says, at the private /need, that the member left their only group, they are told so kindly and nothing is posted")
    void checkedLeftOnlyGroup() {
        bot().memberLeft("console", "left-r", "river", "ana", NOTHING);
        List<String> replies = deliver(privately("Ana", "/need a winter coat").withChecked(new Checked(Map.of("north", Standing.LEFT), Map.of())));
        assertEquals(List.of("You're no longer in Northside Aid, so I can't post there. If you're in another group, type /list once "
                + "in its chat, then send me your need here again."), replies);
        assertEquals(0, chat.count("SELECT count(*) FROM post WHERE anonymous = 1"));
        assertEquals(0, chat.count("SELECT count(*) FROM chat_member m JOIN chat c ON c.id = m.chat_id WHERE c.platform_ref = 'north' "
                + "AND m.member_id = (SELECT id FROM member WHERE platform_ref = 'ana')"));
    }

    @Test
    @DisplayName("With one of two groups gone, the member is told and still chooses the other rather than having it posted there unasked")
    void checkedLeftOneOfTwo() {
        List<String> replies = deliver(privately("Ana", "/need a winter coat").withChecked(
                new Checked(Map.of("north", Standing.LEFT, "river", Standing.MEMBER), Map.of())));
        assertEquals(1, replies.size(), replies.toString());
        assertTrue(replies.get(0).startsWith("You're no longer in Northside Aid, so I can't post there.\n"
                + "Which group should I post your need in, without your name?\n1. Riverside Aid\n"), replies.get(0));
        assertTrue(deliver(privately("Ana", "/post 1")).stream().anyMatch(r -> r.startsWith("A neighbour needs: a winter coat")));
    }

    @Test
    @DisplayName("A choice offered before the member left is refused with the reason, and the other group can still be chosen")
    void choiceAfterLeaving() {
        String question = deliver(privately("Ana", "/need a winter coat")).get(0);
        assertTrue(question.contains("1. Northside Aid"), question);
        bot().memberLeft("console", "left-1", "north", "ana", NOTHING);
        assertEquals(List.of("You're no longer in Northside Aid, so I can't post there. Please choose another, or send me your need again."),
                deliver(privately("Ana", "/post 1")));
        assertTrue(deliver(privately("Ana", "/post 2")).stream().anyMatch(r -> r.startsWith("A neighbour needs: a winter coat")));
    }

    @Test
    @DisplayName("A coordinator whom the platform no longer lists gets no export, with the reason; one who left loses the role too")
    void demotedCoordinator() {
        List<String> refused = deliver(privately("Cleo", "/export").withChecked(
                new Checked(Map.of(), Map.of("north", List.of(new Person("dee", "Dee"))))));
        assertEquals(List.of("You're no longer a coordinator of Northside Aid, so I can't show you its posts."), refused);
        assertEquals(1, chat.count("SELECT count(*) FROM coordinator k JOIN member m ON m.id = k.member_id WHERE m.platform_ref = 'dee'"),
                "the platform's list is kept");
        assertEquals(List.of("Sorry, only a group's coordinators can use /export. /coordinators in your group shows who they are."),
                deliver(privately("Cleo", "/export")));

        deliver(privately("Dee", "/export"));
        assertTrue(chat.lastSent().message().plainText().startsWith("Posts of Northside Aid"), chat.lastSent().message().plainText());
        bot().memberLeft("console", "left-d", "north", "dee", NOTHING);
        assertEquals(0, chat.count("SELECT count(*) FROM coordinator"));
        assertTrue(deliver(privately("Dee", "/export")).get(0).startsWith("Sorry, only a group's coordinators"));
    }
}
