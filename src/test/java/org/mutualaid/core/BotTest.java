package org.mutualaid.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mutualaid.TestChat;
import org.mutualaid.platform.Incoming;
import org.mutualaid.platform.Span;

class BotTest {

    @TempDir
    Path dir;
    TestChat chat;

    @BeforeEach
    void open() {
        chat = new TestChat(dir.resolve("bot.db"));
    }

    @AfterEach
    void close() {
        chat.close();
    }

    @Test
    @DisplayName("The same post sent twice while the first is open is posted once; another member's, or one sent after the first closed, is posted")
    void sentTwice() {
        chat.one("Ana", "/need a warm blanket for a newborn");
        assertEquals("You posted this already: #1, still open. I haven't posted it again. /mine shows your posts.",
                chat.one("Ana", "/need  A warm blanket for a newborn"));
        assertEquals("You posted this already: #1, still open. I haven't posted it again. /mine shows your posts.",
                chat.one("Ana", "/need a warm blanket, for a newborn!"), "punctuation is no new post");
        chat.one("Cy", "/need a lift to the food bank, i dont have a car");
        assertEquals("You posted this already: #2, still open. I haven't posted it again. /mine shows your posts.",
                chat.one("Cy", "/need A lift to the food bank? I don\u2019t have a car!!"), "nor an apostrophe a phone put in");
        assertEquals(2, chat.count("SELECT count(*) FROM post"));
        assertTrue(chat.one("Ana", "/offer a warm blanket for a newborn").startsWith("Thanks, Ana. Your offer is #3."), "an offer is not the need");
        assertTrue(chat.one("Bo", "/need a warm blanket for a newborn").startsWith("Thanks, Bo. Your need is #4."));
        chat.one("Ana", "/done 1");
        assertTrue(chat.one("Ana", "/need a warm blanket for a newborn").startsWith("Thanks, Ana. Your need is #5."));
    }

    @Test
    @DisplayName("A need gets its number and an offer about the same thing is suggested with its author named")
    void needGetsSuggestion() {
        assertEquals("Thanks, Maya. Your offer is #1. Anyone who needs this: type /claim 1.",
                chat.one("Maya", "/offer I can drive people to medical appointments on weekday mornings"));
        chat.one("Darnell", "/offer I cook a big pot of soup every Sunday, happy to share #food");
        String reply = chat.one("Ana", "/need a ride to my dialysis appointment on Tuesday morning");
        assertTrue(reply.startsWith("Thanks, Ana. Your need is #3."), reply);
        assertTrue(reply.contains("#1 Maya"), reply);
        assertFalse(reply.contains("#2"), "soup is not a ride: " + reply);
        assertTrue(chat.lastSent().message().spans().contains(new Span.Mention("maya", "Maya")), "Maya is mentioned so she is notified");
    }

    @Test
    @DisplayName("An offer marked done thanks its author, who gave the help, not the neighbour who took it")
    void doneOfferThanksItsAuthor() {
        chat.one("Cy", "/offer a lift to the hospital on weekday mornings");
        chat.one("Ana", "/claim 1");
        assertEquals("#1 is done: Cy's offer \"a lift to the hospital on weekday mornings\". Thank you, Cy!", chat.one("Ana", "/done 1"));
    }

    @Test
    @DisplayName("Claim, done: both people are named, and the post leaves /list")
    void claimAndDone() {
        chat.one("Ana", "/need groceries for my two kids until payday");
        String claim = chat.one("Bo", "/claim 1");
        assertEquals("Bo can help with Ana's need #1 \"groceries for my two kids until payday\".\n"
                + "Please talk to each other to sort out the details. When it's done: /done 1. If plans change: /unclaim 1.", claim);
        assertTrue(chat.one("Cy", "/list").contains("#1 need · Ana · just now · groceries for my two kids until payday (claimed by Bo)"));
        assertEquals("Only Ana or Bo can mark #1 as done.", chat.one("Cy", "/done 1"));
        assertEquals("#1 is done: Ana's need \"groceries for my two kids until payday\". Thank you, Bo!", chat.one("Bo", "/done 1"));
        assertEquals("No open posts right now. Post one with /need or /offer.", chat.one("Cy", "/list"));
        assertEquals("#1 is already closed (done). /list shows what is still open.", chat.one("Bo", "/claim 1"));
        chat.one("Ana", "/need a lift on friday");
        chat.one("Ana", "/need a kettle");
        assertEquals("One post at a time, please: /cancel 2, then /cancel 3.", chat.one("Ana", "/cancel 2 3"));
        assertEquals("One post at a time, please: /cancel 2, then /cancel 3.", chat.one("Ana", "/cancel #2 #3"));
        assertEquals(2, chat.count("SELECT count(*) FROM post WHERE status = 'open'"), "neither was cancelled");
    }

    @Test
    @DisplayName("Claiming an offer says who would like it")
    void claimOffer() {
        chat.one("Hannah", "/offer a stroller and baby clothes 0-6 months #baby");
        assertTrue(chat.one("Ana", "/claim 1").startsWith("Ana would like Hannah's offer #1"));
    }

    @Test
    @DisplayName("Only the claimer can unclaim; afterwards the post is open again and can be claimed")
    void unclaim() {
        chat.one("Ana", "/need someone to mow my lawn");
        chat.one("Bo", "/claim 1");
        assertEquals("Only Bo, who claimed #1, can unclaim it.", chat.one("Cy", "/unclaim 1"));
        assertTrue(chat.one("Bo", "/unclaim 1").startsWith("Bo stepped back from #1, so it is open again."));
        assertTrue(chat.one("Cy", "/claim 1").startsWith("Cy can help with Ana's need #1"));
    }

    @Test
    @DisplayName("Only the author can cancel; the claimer is told they need not help")
    void cancel() {
        chat.one("Ana", "/need a winter coat for my son, kids size L");
        chat.one("Bo", "/claim 1");
        assertEquals("Only Ana, who posted #1, can cancel it. To step back: /unclaim 1.", chat.one("Bo", "/cancel 1"));
        assertEquals("#1 is withdrawn by its author. Bo, no need to help with this one any more. Thank you for offering.",
                chat.one("Ana", "/cancel 1"));
        assertEquals("No open posts right now. Post one with /need or /offer.", chat.one("Bo", "/list"));
    }

    @Test
    @DisplayName("Members cannot claim their own post, nor a post that does not exist")
    void refusals() {
        chat.one("Ana", "/need a ladder for an afternoon");
        assertEquals("#1 is your own post. To close it: /done 1 or /cancel 1.", chat.one("Ana", "/claim 1"));
        assertEquals("I can't find post #7 in this chat. /list shows the open ones.", chat.one("Bo", "/claim 7"));
        chat.one("Bo", "/claim 1");
        assertEquals("#1 is already claimed by Bo. /list shows what is still open.", chat.one("Cy", "/claim 1"));
        assertEquals("You have already claimed #1. When it's sorted: /done 1.", chat.one("Bo", "/claim 1"));
    }

    @Test
    @DisplayName("/list pages 15 posts at a time, newest first, and filters by kind and tag")
    void listPages() {
        for (int i = 1; i <= 20; i++) chat.one("Ana", "/offer spare item number " + i + (i % 2 == 0 ? " #food" : ""));
        chat.one("Bo", "/need a dresser");
        String page1 = chat.one("Cy", "/list offers");
        assertTrue(page1.startsWith("Open offers (page 1 of 2):\n#20 offer"), page1);
        assertEquals(15, page1.lines().filter(l -> l.startsWith("#")).count());
        assertTrue(page1.contains("More: /list offers 2"), page1);
        String page2 = chat.one("Cy", "/list offers 2");
        assertEquals(5, page2.lines().filter(l -> l.startsWith("#")).count());
        assertEquals("There are only 2 pages of open offers.", chat.one("Cy", "/list offers 3"));
        String food = chat.one("Cy", "/list #food");
        assertEquals(10, food.lines().filter(l -> l.startsWith("#")).count(), food);
        assertTrue(chat.one("Cy", "/list needs").contains("#21 need · Bo"));
    }

    @Test
    @DisplayName("A page of /list fits in one message even with the longest names and emoji-filled posts, and lists all 15")
    void listFitsWithLongNames() {
        String longName = "😀".repeat(64);
        String claimer = "Ж".repeat(64);
        for (int i = 1; i <= 15; i++) {
            chat.one(longName, "/offer " + "🍲".repeat(200) + " soup number " + i);
            chat.one(claimer, "/claim " + i);
        }
        String page = chat.one("Cy", "/list");
        assertTrue(page.length() <= 4096, "length " + page.length());
        assertEquals(15, page.lines().filter(l -> l.startsWith("#")).count(), page);
        assertFalse(page.contains("did not fit"), page);
    }

    @Test
    @DisplayName("/list with a word that is neither a category nor a tag of any post here adds examples of what works; real tags and categories list as before")
    void listUnknownTag() {
        chat.one("Ana", "/offer a stroller, barely used #pram");
        chat.one("Bo", "/need winter boots for my son #kids");
        chat.one("Bo", "/cancel 2");
        assertEquals("No posts about #bogus here. Try /list, /list needs, /list offers #food or /list 2.", chat.one("Cy", "/list bogus"));
        assertEquals("No posts about #bogus here. Try /list, /list needs, /list offers #food or /list 2.", chat.one("Cy", "/list needs #bogus"));
        assertTrue(chat.one("Cy", "/list #pram").startsWith("Open posts about #pram:\n#1 offer"), "a tag of an open post lists it");
        assertEquals("No open needs about #pram right now. Post one with /need or /offer.", chat.one("Cy", "/list needs pram"));
        assertEquals("No open posts about #kids right now. Post one with /need or /offer.", chat.one("Cy", "/list kids"),
                "a tag only a closed post has is still a tag of this group");
        assertEquals("No open posts about #pets right now. Post one with /need or /offer.", chat.one("Cy", "/list pets"),
                "a category of the taxonomy is known even when nothing is filed under it");
        assertEquals("No open posts about #groceries right now. Post one with /need or /offer.", chat.one("Cy", "/list groceries"),
                "a word of a category too");
    }

    @Test
    @DisplayName("/nomatch of a pair never suggested says so and hides nothing; a suggested pair is hidden once; a wrong number, two posts of one kind or a private chat each get their own answer")
    void noMatchNeverSuggested() {
        chat.one("Maya", "/offer I can drive people to medical appointments on weekday mornings");
        chat.one("Darnell", "/offer I cook a big pot of soup every Sunday #food");
        assertTrue(chat.one("Ana", "/need a ride to my dialysis appointment on Tuesday morning").contains("#1 Maya"));
        assertEquals("#2 was never suggested for #3, so there is nothing to hide.", chat.one("Ana", "/nomatch 3 2"));
        assertEquals(0, chat.count("SELECT count(*) FROM suggestion WHERE dismissed_at IS NOT NULL"));
        assertEquals("Thanks. I won't suggest #1 for #3 again.", chat.one("Ana", "/nomatch 3 1"));
        assertEquals("That suggestion was already hidden.", chat.one("Ana", "/nomatch 3 1"));
        assertEquals("I can't find post #9 in this chat. /list shows the open ones.", chat.one("Ana", "/nomatch 3 9"));
        assertEquals("#1 and #2 are both offers, so I never suggest them together. "
                + "/nomatch takes your post's number and then the suggested one's, like /nomatch 12 3.", chat.one("Maya", "/nomatch 1 2"));
        assertEquals("There's nothing to hide from here: I suggest each pair of posts only once. "
                + "In a group, a suggestion's \"not a match\" button tells me it was no help.",
                chat.privately("Ana", "/nomatch 3 1").get(0));
    }

    @Test
    @DisplayName("/nomatch is explained in /help and in the README's table of member commands")
    void noMatchDocumented() throws java.io.IOException {
        assertTrue(chat.one("Ana", "/help").contains("/nomatch 12 3: "), "in /help");
        String readme = java.nio.file.Files.readString(Path.of("README.md"));
        String members = readme.substring(readme.indexOf("## What members type"), readme.indexOf("## Coordinators"));
        assertTrue(members.contains("| `/nomatch <n> <m>` |"), "in the README's member table");
    }

    @Test
    @DisplayName("/mine shows only the sender's live posts")
    void mine() {
        chat.one("Ana", "/need help filling in a benefits form");
        chat.one("Bo", "/offer I can fix bikes on Saturdays");
        chat.one("Ana", "/offer two winter coats, size M");
        chat.one("Ana", "/done 1");
        String mine = chat.one("Ana", "/mine");
        assertTrue(mine.contains("#3 offer · Ana"), mine);
        assertFalse(mine.contains("#1"), mine);
        assertFalse(mine.contains("#2"), mine);
        assertEquals("You have no open posts here. Post one with /need or /offer.", chat.one("Cy", "/mine"));
    }

    @Test
    @DisplayName("Each suggestion is recorded once, for the post it was made for")
    void pairSuggestedOnce() {
        chat.one("Maya", "/offer I can drive people to the hospital or clinic");
        assertTrue(chat.one("Ana", "/need a ride to the hospital on Monday").contains("#1 Maya"));
        String second = chat.one("Ana", "/need a ride to the hospital on Friday");
        assertTrue(second.contains("#1 Maya"), "a new need is a new pair: " + second);
        int suggestions = chat.app().storage().inTransaction(tx -> tx.suggestions().suggestedFor(2).size());
        assertEquals(1, suggestions);
    }

    @Test
    @DisplayName("Nothing is suggested when no open post is about the same thing")
    void silenceWhenUnrelated() {
        chat.one("Tom", "/offer I fix bikes: flats, brakes and gears");
        assertEquals("Thanks, Ana. Your need is #2. Anyone who can help: type /claim 2.",
                chat.one("Ana", "/need someone to translate a letter from Portuguese"));
    }

    @Test
    @DisplayName("A message delivered twice is handled once")
    void duplicateDelivery() {
        Incoming in = Incoming.text("console", "same-event", "local", false, "ana", "Ana", "/need a crib for the nursery", true);
        assertEquals(1, chat.deliver(in).size());
        assertEquals(Bot.Outcome.HANDLED, chat.lastOutcome);
        assertEquals(0, chat.deliver(in).size());
        assertEquals(Bot.Outcome.DUPLICATE, chat.lastOutcome);
        assertEquals(1, chat.one("Ana", "/mine").lines().filter(l -> l.startsWith("#")).count());
    }

    @Test
    @DisplayName("Event ids are remembered for three days, long past any redelivery, then forgotten")
    void eventsForgotten() {
        Incoming in = Incoming.text("console", "event-1", "local", false, "ana", "Ana", "/need a crib", true);
        chat.deliver(in);
        chat.clock.advance(java.time.Duration.ofDays(2));
        assertEquals(0, chat.app().bot().forgetOldEvents());
        assertEquals(0, chat.deliver(in).size(), "still a duplicate after two days");
        chat.clock.advance(java.time.Duration.ofDays(1).plusMinutes(1));
        assertEquals(1, chat.app().bot().forgetOldEvents());
    }

    @Test
    @DisplayName("Plain chat and commands for other bots are ignored; unknown commands get a hint")
    void ignores() {
        assertEquals(List.of(), chat.say("Ana", "hello everyone"));
        assertEquals(List.of(), chat.say("Ana", "/need@OtherBot something"));
        assertEquals("I don't know /foo. Type /help to see what I can do.", chat.one("Ana", "/foo"));
        assertEquals("I don't know /ofer. Did you mean /offer? Send it again like this: /offer i can babysit on weekends",
                chat.one("Ana", "/ofer i can babysit on weekends"));
        assertEquals("I don't know /lsit. Did you mean /list? Type /help to see what I can do.", chat.one("Ana", "/lsit"));
        assertTrue(chat.one("Ana", "/NEED@bot a ride to work").startsWith("Thanks, Ana. Your need is #1."));
    }

    @Test
    @DisplayName("Ages in /list follow the injected clock")
    void ages() {
        chat.one("Ana", "/need a mattress");
        chat.clock.advance(Duration.ofDays(3).plusHours(2));
        assertTrue(chat.one("Bo", "/list").contains("#1 need · Ana · 3d · a mattress"));
    }

    @Test
    @DisplayName("Post numbers are per chat")
    void numbersPerChat() {
        chat.one("Ana", "/need a mattress");
        List<String> other = chat.deliver(Incoming.text("console", "other-1", "another-group", false, "bo", "Bo",
                "/need a bed frame", true));
        assertTrue(other.get(0).startsWith("Thanks, Bo. Your need is #1."), other.toString());
    }
}
