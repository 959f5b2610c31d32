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
import org.mutualaid.platform.Person;

@DisplayName("Taking an offer that was suggested for one's own need marks that need as under way")
class TakenOfferTest {

    private static final String BED_OFFER = "/offer clearing out my mums house: a double bed frame, a sofa and a kitchen table with 4 chairs";
    private static final String BED_NEED = "/need does anyone have a double bed going? sleeping on the floor";

    @TempDir
    Path dir;
    TestChat chat;

    @BeforeEach
    void open() {
        chat = new TestChat(dir.resolve("taken.db"));
    }

    @AfterEach
    void close() {
        chat.close();
    }

    private String digest() {
        chat.deliver(Incoming.text("console", "co-" + chat.sent.size(), "local", false, "ana", "Ana", "/digest", true)
                .withCoordinators(List.of(new Person("ana", "Ana"))));
        return chat.lastSent().message().plainText();
    }

    @Test
    @DisplayName("The need is claimed by the offer's author, the group reads so, and the digest no longer lists it as waiting")
    void linked() {
        chat.say("Bo", BED_OFFER);
        assertTrue(chat.one("Keisha", BED_NEED).contains("• #1 Bo:"), "the offer was suggested for the need");
        chat.say("Keisha", "/need a lift to the hospital on friday");
        assertEquals("Keisha would like Bo's offer #1 \"clearing out my mums house: a double bed frame, a…\".\n"
                + "Please talk to each other to sort out the details. When it's done: /done 1. If plans change: /unclaim 1.\n"
                + "Your need #2 is marked as under way with Bo, so nobody else sets out to help with it twice.", chat.one("Keisha", "/claim 1"));
        String list = chat.one("Cy", "/list");
        assertTrue(list.contains("#2 need · Keisha · just now · does anyone have a double bed going? sleeping on the floor (claimed by Bo)"), list);
        assertTrue(list.contains("#3 need · Keisha · just now · a lift to the hospital on friday\n"), "a need the offer was not suggested for stays open: " + list);
        String digest = digest();
        assertTrue(digest.contains("Open needs nobody has claimed (1)"), digest);
        assertEquals("#2 is already claimed by Bo. /list shows what is still open.", chat.one("Cy", "/claim 2"));
        assertEquals("You're already down to help with #2: Keisha took your offer #1 for it. When it's sorted: /done 2.", chat.one("Bo", "/claim 2"),
                "Bo never typed /claim 2: he is told how he came to have it");
    }

    @Test
    @DisplayName("The offer's author can turn a claim down: the offer and the taker's need are open again, and the taker is named")
    void authorTurnsDown() {
        chat.say("Bo", BED_OFFER);
        chat.say("Keisha", BED_NEED);
        chat.say("Keisha", "/claim 1");
        assertEquals("Bo can't go ahead with Keisha on #1 after all, so it is open again. Keisha's need #2 is open again too.",
                chat.one("Bo", "/unclaim 1"));
        assertEquals("open", chat.text("SELECT status FROM post WHERE number = 1"));
        assertEquals("open", chat.text("SELECT status FROM post WHERE number = 2"));
        assertTrue(chat.one("Cy", "/unclaim 1").startsWith("#1 isn't claimed."), "nobody else can");
    }

    @Test
    @DisplayName("When the taker steps back, or the offer is withdrawn, the need is open again; when the offer is done, its taker is asked to close the need")
    void followsTheOffer() {
        chat.say("Bo", BED_OFFER);
        chat.say("Keisha", BED_NEED);
        chat.say("Keisha", "/claim 1");
        assertTrue(chat.one("Keisha", "/unclaim 1").endsWith(" Keisha's need #2 is open again too."));
        assertEquals("open", chat.text("SELECT status FROM post WHERE number = 2"));
        chat.say("Keisha", "/claim 1");
        assertEquals("#1 is withdrawn by its author. Keisha, it is no longer on offer, sorry. Keisha's need #2 is open again too.",
                chat.one("Bo", "/cancel 1"));
        assertTrue(chat.one("Bo", "/reopen 1").endsWith(", still with Keisha. When it's done: /done 1. If plans change: /unclaim 1.\n"
                + "Keisha's need #2 is marked as under way with Bo again."), "withdrawn by mistake: the taker still has it");
        assertEquals("#1 is already claimed by Keisha. If there is more of it, Bo can post what is left with /offer.", chat.one("Cy", "/claim 1"));
        assertEquals("#1 is done: Bo's offer \"clearing out my mums house: a double bed frame, a…\". Thank you, Bo!\n"
                + "Keisha, if your need #2 is sorted too: /done 2.", chat.one("Bo", "/done 1"));
        assertEquals("claimed", chat.text("SELECT status FROM post WHERE number = 2"), "the offer may have met only part of it");
    }

    @Test
    @DisplayName("A need asked without a name is never linked: the group would learn whose it is")
    void namelessNotLinked() {
        chat.say("Bo", BED_OFFER);
        chat.say("Keisha", "/list");
        chat.privately("Keisha", BED_NEED);
        List<String> claimed = chat.say("Keisha", "/claim 1");
        assertFalse(String.join("\n", claimed).contains("#2"), claimed.toString());
        assertEquals("open", chat.text("SELECT status FROM post WHERE number = 2"));
    }

    @Test
    @DisplayName("A nameless offer taken privately: its taker reads that they asked for it, and its author that the one who asked writes")
    void namelessOfferRoles() {
        chat.say("Lena", "/list");
        chat.say("Nadia", "/list");
        chat.privately("Lena", "/offer two tins of baby formula, unopened");
        List<String> taken = chat.privately("Nadia", "/claim 1");
        assertTrue(taken.stream().anyMatch(t -> t.startsWith("You asked for offer #1 in your group")), taken.toString());
        List<String> fromLena = chat.privately("Lena", "/reply 1 yes still here, when suits?");
        assertTrue(fromLena.contains("Passed on to the neighbour who asked for it."), fromLena.toString());
        assertTrue(fromLena.contains("About #1 in your group (conversation 1), the neighbour who posted it writes:\nyes still here, when suits?\n"
                + "To answer: /reply 1 and your message."), fromLena.toString());
        List<String> fromNadia = chat.privately("Nadia", "/reply 1 tomorrow morning?");
        assertTrue(fromNadia.contains("Passed on to the neighbour who posted #1."), fromNadia.toString());
        assertTrue(fromNadia.stream().anyMatch(t -> t.startsWith("About #1 in your group (conversation 1), the neighbour who asked for it writes:")),
                fromNadia.toString());
        assertTrue(chat.sent.stream().noneMatch(o -> o.message().plainText().contains("who offered writes")), "nobody is called the one who offered but its author");
    }
}
