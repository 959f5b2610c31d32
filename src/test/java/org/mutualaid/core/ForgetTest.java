package org.mutualaid.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

@DisplayName("/forget: a member erased from every group, with no trace left in the database file")
class ForgetTest {

    @TempDir
    Path dir;
    TestChat chat;
    int events;

    @BeforeEach
    void open() {
        chat = new TestChat(dir.resolve("forget.db"));
    }

    @AfterEach
    void close() {
        chat.close();
    }

    private List<String> privately(String name, String text) {
        return chat.deliver(Incoming.text("console", "dm-ev-" + (++events), "dm-" + name.toLowerCase(), true, name.toLowerCase(), name, text, true));
    }

    private String fileText() throws Exception {
        return TestChat.fileBytes(dir.resolve("forget.db"));
    }

    @Test
    @DisplayName("After one confirmation: posts closed and erased, claims reopened, name gone; numbers and counts stay")
    void forget() throws Exception {
        chat.say("Quillonia", "/need a lawyer about my eviction notice qvxhouse");
        chat.say("Quillonia", "/offer I can knit hats zzwool");
        chat.say("Ana", "/need a ride to the clinic");
        chat.say("Quillonia", "/claim 3");
        chat.say("Bo", "/claim 1");
        assertTrue(fileText().contains("qvxhouse") && fileText().contains("Quillonia"), "the check can see them in the file");

        assertTrue(chat.say("Quillonia", "/forget").get(0).startsWith("For your privacy, please send /forget to me in a private chat"));
        assertTrue(privately("Quillonia", "/forget").get(0).endsWith("To go ahead, type /forget yes"));
        assertTrue(chat.one("Bo", "/list").contains("qvxhouse"), "nothing happens before the confirmation");
        assertTrue(privately("Quillonia", "yes").get(0).startsWith("I'm not sure what that yes is for, sorry. If I asked you to type "
                + "something like /forget yes, please send it just as I showed it"), "a plain yes is pointed to the command, and erases nothing");
        assertTrue(chat.one("Bo", "/list").contains("qvxhouse"), "still nothing erased");

        List<String> replies = privately("Quillonia", "/forget yes");
        assertTrue(replies.contains("Done. I have erased what I held about you. If you write to me again, I start afresh."), replies.toString());
        assertTrue(replies.contains("#1 is withdrawn by its author.") && replies.contains("#2 is withdrawn by its author."), replies.toString());
        assertTrue(replies.stream().anyMatch(r -> r.startsWith("The neighbour who claimed #3 had to step back")), replies.toString());

        String list = chat.one("Bo", "/list");
        assertTrue(list.contains("#3 need") && !list.contains("#1") && !list.contains("#2"), list);
        String file = fileText();
        for (String trace : List.of("qvxhouse", "zzwool", "eviction", "Quillonia", "quillonia", "dm-quillonia")) {
            int at = file.indexOf(trace);
            assertFalse(at >= 0, trace + " is still in the database file: " + (at < 0 ? "" : file.substring(Math.max(0, at - 80), at + 40)
                    .replaceAll("[^\\x20-\\x7e]", ".")));
        }
        assertTrue(file.contains("clinic"), "other members' posts stay");
        assertTrue(chat.one("Ana", "/need a ride home").contains("Your need is #4"), "numbers go on");
    }

    @Test
    @DisplayName("/forget closes a member's nameless posts without a word in a group told of their named ones, which would tie the two together")
    void namelessPostsNotTiedToNamedOnes() {
        chat.say("Dee", "/need winter coat for my son, size 8");
        chat.privately("Dee", "/need somewhere safe to stay a few nights, away from my partner");
        chat.say("Bo", "/need a lift to the dentist on Monday");
        chat.privately("Dee", "/claim 3");
        chat.say("Cy", "/list");
        chat.privately("Cy", "/need help with a gas bill, it's overdue");
        chat.privately("Dee", "/claim 4");
        int before = chat.sent.size();
        chat.privately("Dee", "/forget yes");
        List<String> toGroup = chat.sent.subList(before, chat.sent.size()).stream().filter(o -> o.to().ref().equals("local"))
                .map(o -> o.message().plainText()).toList();
        assertEquals(List.of("#1 is withdrawn by its author.",
                "The neighbour who claimed #3 had to step back, so it is open again. Bo, your need is still listed. Anyone who can: /claim 3."), toGroup);
        String list = chat.one("Bo", "/list");
        assertTrue(!list.contains("#2 ") && list.contains("#4 need · a neighbour"), "closed and open again all the same: " + list);
        assertTrue(chat.sent.subList(before, chat.sent.size()).stream().anyMatch(o -> o.to().ref().endsWith("cy")
                && o.message().plainText().contains("had to step back")), "the nameless post's author hears it privately");
    }

    private List<String> inGroup(String name, String text) {
        return chat.deliver(Incoming.text("console", "g-ev-" + (++events), "local", false, name.toLowerCase(), name, text, true)
                .withCoordinators(List.of(new org.mutualaid.platform.Person("ana", "Ana"))));
    }

    @Test
    @DisplayName("/wipe: only coordinators, only with the confirmation typed in full; then nothing of the group is left in the file")
    void wipe() throws Exception {
        inGroup("Bo", "/need planks for a wheelchair ramp zqplank");
        inGroup("Cy", "/offer spare timber and tools zqtimber");
        inGroup("Cy", "/claim 1");
        inGroup("Ana", "/synonym lumber repairs");
        assertTrue(fileText().contains("zqplank"), "the check can see the text");

        assertTrue(inGroup("Bo", "/wipe").get(0).startsWith("Sorry, only this group's coordinators can use /wipe"));
        assertTrue(inGroup("Ana", "/wipe").get(0).endsWith("To go ahead, type: /wipe erase everything"));
        assertTrue(inGroup("Ana", "/wipe yes").get(0).endsWith("To go ahead, type: /wipe erase everything"), "a short yes is not enough");
        assertTrue(inGroup("Bo", "/list").get(0).contains("zqplank"), "nothing erased before the confirmation");

        assertTrue(inGroup("Ana", "/wipe erase everything").get(0).startsWith("Done. I have erased everything"));
        String file = fileText();
        for (String trace : List.of("zqplank", "zqtimber", "lumber", "wheelchair")) {
            assertFalse(file.contains(trace), trace + " is still in the database file");
        }
        assertTrue(inGroup("Bo", "/list").get(0).startsWith("No open posts"));
        assertTrue(inGroup("Bo", "/need a ramp").get(0).contains("Your need is #1"), "numbering starts again");
    }
}
