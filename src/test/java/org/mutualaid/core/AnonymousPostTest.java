package org.mutualaid.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mutualaid.TestChat;
import org.mutualaid.platform.Destination;
import org.mutualaid.platform.Incoming;
import org.mutualaid.platform.Outgoing;
import org.mutualaid.platform.Person;
import org.mutualaid.platform.Span;

@DisplayName("Asking privately: a need posted in the group without its author's name, and the relay between author and helper")
class AnonymousPostTest {

    @TempDir
    Path dir;
    TestChat chat;

    @BeforeEach
    void open() {
        chat = new TestChat(dir.resolve("anon.db"));
    }

    @AfterEach
    void close() {
        chat.close();
    }

    /** Every message the bot sent into a group chat so far. */
    private List<Outgoing> toGroups() {
        return chat.sent.stream().filter(o -> o.to().kind() == Destination.Kind.CHAT && !o.to().ref().startsWith("private:")).toList();
    }

    /** Every message the bot sent privately to the member with this ref (as a member, or in their private chat). */
    private List<Outgoing> to(String ref) {
        return chat.sent.stream().filter(o -> o.to().kind() == Destination.Kind.MEMBER && o.to().ref().equals(ref)
                || o.to().kind() == Destination.Kind.CHAT && o.to().ref().equals("private:" + ref)).toList();
    }

    private static boolean names(Outgoing o, String ref, String name) {
        boolean mentioned = o.message().spans().stream().anyMatch(s -> s instanceof Span.Mention m && m.memberRef().equals(ref));
        return mentioned || o.message().plainText().toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT));
    }

    private static String last(List<Outgoing> messages) {
        return messages.get(messages.size() - 1).message().plainText();
    }

    /** Quillana posts privately (the group's only post, #1); Bodhan, a member of the group, claims it privately. */
    private void claimedAnonymously(String post) {
        chat.say("Quillana", "/list");
        chat.say("Bodhan", "/list");
        chat.privately("Quillana", post);
        chat.privately("Bodhan", "/claim 1");
    }

    @Test
    @DisplayName("The author hears privately, in a list as people write it, which offers the need was shown with and what was left out")
    void listsInWords() {
        chat.say("Maya", "/offer I have a car free on weekday mornings to drive people to medical appointments");
        chat.say("Theo", "/offer I can drive folks to the hospital or the clinic");
        chat.say("Rosa", "/offer happy to give rides to medical appointments on Tuesdays");
        chat.say("Quillana", "/list");
        chat.privately("Quillana", "/need a ride to the dialysis clinic on Tuesday morning, call 0612 345 678 or quill@example.org, "
                + "I'm at 12 Elm Street");
        String note = last(to("quillana"));
        // the offers whose times meet the need's come first
        assertTrue(note.startsWith("Posted in your group as #4, without your name. I showed it there with #3, #1 and #2, which might help."),
                note);
        assertTrue(note.contains("I left out what looked like an e-mail address, a phone number and a street address: "), note);
    }

    @Test
    @DisplayName("A member of one group: the need goes there as \"A neighbour needs\", and no message to the group ever names its author")
    void oneGroupNoName() {
        chat.say("Maya", "/offer I have a car free on weekday mornings to drive people to medical appointments");
        chat.say("Quillana", "/list");
        List<String> replies = chat.privately("Quillana", "/need a ride to the dialysis clinic on Tuesday morning");
        assertTrue(replies.stream().anyMatch(r -> r.startsWith("A neighbour needs: a ride to the dialysis clinic on Tuesday morning\nThis is #2")),
                replies.toString());
        assertTrue(last(to("quillana")).startsWith("Posted in your group as #2, without your name. I showed it there with #1"), last(to("quillana")));

        // typed in the group, the author's slip and anyone else's get the same answer, and nothing changes
        String authorsSlip = chat.say("Quillana", "/claim 2").get(0);
        assertTrue(authorsSlip.startsWith("#2 was posted without a name, so everything about it happens privately: send me /claim 2"), authorsSlip);
        assertEquals(authorsSlip, chat.say("Bo", "/claim 2").get(0));
        assertEquals(authorsSlip.replace("/claim", "/done"), chat.say("Quillana", "/done 2").get(0));
        assertEquals(authorsSlip.replace("/claim", "/done"), chat.say("Bo", "/done 2").get(0));
        assertEquals(1, chat.count("SELECT count(*) FROM post WHERE number = 2 AND status = 'open'"), "still open and unclaimed");
        assertTrue(chat.privately("Quillana", "/claim 2").get(0).startsWith("#2 is your own post."), "told privately");

        // everything that happens to the post afterwards, as the group sees it
        chat.deliver(Incoming.text("console", "coord-1", "local", false, "maya", "Maya", "/list", true)
                .withCoordinators(List.of(new Person("maya", "Maya"))));
        chat.say("Bo", "/need a lift home from the clinic");
        chat.privately("Maya", "/claim 2");
        chat.say("Maya", "/digest");
        chat.privately("Quillana", "/mine");
        chat.privately("Quillana", "/done 2");
        chat.say("Bo", "/list");

        List<Outgoing> group = toGroups();
        assertTrue(group.size() >= 8, "the group heard of the post, its claim and its end: " + group.size());
        for (Outgoing o : group) {
            assertFalse(names(o, "quillana", "Quillana"), "a group message names the author: " + o.message().plainText());
        }
        assertTrue(group.stream().anyMatch(o -> o.message().plainText().startsWith("#2 is done: a neighbour's need")), "the group hears it is done");
        assertTrue(last(to("quillana")).startsWith("#2 is marked done. I've told your group."), last(to("quillana")));
        assertEquals(1, to("quillana").stream().filter(o -> o.message().plainText().startsWith("#2 is marked done")).count(),
                "the author who marked it done hears it once, not also the note meant for the helper");
        assertTrue(to("maya").stream().anyMatch(o -> o.message().plainText().startsWith("#2 is marked done. Thank you for helping! I have closed your conversation")),
                "the helper gets that note");
        String mine = to("quillana").stream().map(o -> o.message().plainText()).filter(t -> t.startsWith("Your open posts")).findFirst().orElseThrow();
        assertTrue(mine.contains("#2 need") && mine.contains("dialysis"), "the author still sees it with /mine: " + mine);
    }

    @Test
    @DisplayName("A need asked privately and sent again while open, or held whole in a story posted as one, is answered privately and posted once")
    void sentTwicePrivately() {
        chat.say("Quillana", "/list");
        chat.privately("Quillana", "/need a ride to the dialysis clinic on Tuesday morning");
        int toGroups = toGroups().size();
        chat.privately("Quillana", "/need a ride to the dialysis clinic on Tuesday morning");
        assertEquals("You sent this already: it is #1 in your group, still open. I haven't posted it again. /mine shows your posts.",
                last(to("quillana")));
        assertEquals(toGroups, toGroups().size(), "nothing more in the group");
        assertEquals(1, chat.count("SELECT count(*) FROM post"));
        chat.privately("Quillana", "can someone help me with my bins on thursday, i cant lift them");
        chat.privately("Quillana", "they are the green ones by the gate");
        chat.privately("Quillana", "/post 1");
        chat.privately("Quillana", "/need can someone help me with my bins on Thursday, I can't lift them!");
        assertEquals("You sent this already: it is #2 in your group, still open. I haven't posted it again. /mine shows your posts.",
                last(to("quillana")), "the first message of a story posted as one, typed again");
        chat.privately("Quillana", "/need bins");
        assertEquals(3, chat.count("SELECT count(*) FROM post"), "a few words held in a longer post may be a post of their own");
        assertTrue(chat.say("Quillana", "/need a ride to the dialysis clinic on Tuesday morning").get(0).startsWith("Thanks, Quillana. Your need is #4."),
                "posted with a name it is another post: answering otherwise in the group would tell whose #1 is");
    }

    @Test
    @DisplayName("The same need sent again privately after forty other posts in a busy group is still caught, not posted twice")
    void sentTwiceInABusyGroup() {
        chat.say("Priya", "/list");
        chat.privately("Priya", "/need someone to talk to, I've been really low since my mum passed");
        for (int i = 0; i < 40; i++) chat.say("Member" + i, (i % 2 == 0 ? "/offer " : "/need ") + "spare item number " + i + " for whoever");
        chat.privately("Priya", "/need someone to talk to, I've been really low since my mum passed");
        assertEquals("You sent this already: it is #1 in your group, still open. I haven't posted it again. /mine shows your posts.",
                last(to("priya")));
        assertEquals(1, chat.count("SELECT count(*) FROM post WHERE anonymous = 1"));
        chat.say("Jo", "/need: baby formula and nappies size 4, fridge broke and food went off");
        assertTrue(chat.say("Jo", "/need baby formula and nappies size 4 - fridge broke, food went off!!").get(0).startsWith("You posted this already"),
                "typed again a word short is the same post");
        assertTrue(chat.say("Jo", "/need nappies size 5 and wipes for my toddler").get(0).startsWith("Thanks, Jo."), "another need is posted");
    }

    @Test
    @DisplayName("Words typed privately that ask for help are offered for posting without a name, and posted only when the member taps")
    void plainWordsOfferedForPosting() {
        chat.say("Frank", "/list");
        List<String> asked = chat.privately("Frank", "hello. Can somebody help me get to the hospital on tuesday, i cant walk far");
        assertEquals("""
                Shall I post your message in your group as a need, without your name? Only if you tap below, or type /post 1.
                If it is an offer of help, send it as /offer and your words.""", asked.get(0));
        assertEquals("Post it in your group", chat.lastSent().message().buttons().get(0).get(0).label());
        assertEquals(0, chat.count("SELECT count(*) FROM post"), "nothing is posted before the tap");
        List<String> posted = chat.pressPrivately("Frank", chat.lastSent().message().buttons().get(0).get(0).action());
        assertTrue(posted.contains("Posted in your group."), posted.toString());
        assertTrue(toGroups().stream().anyMatch(o -> o.message().plainText().startsWith(
                "A neighbour needs: hello. Can somebody help me get to the hospital on tuesday, i cant walk far")), "posted without the name");
        assertTrue(chat.privately("Frank", "thank you so much").get(0).startsWith("You're welcome! I don't pass messages on by myself"),
                "thanks ask for nothing, and are answered warmly, not as if help had come already");
        assertTrue(chat.privately("Frank", "please i need a lift to the hospital " + "again ".repeat(200)).get(0)
                .contains("Sorry, I only understand commands."), "what a typed /need would refuse, too long, is not offered either");
        chat.privately("Frank", "a lift\u0000 to the\u200b hospital on friday please");
        chat.pressPrivately("Frank", chat.lastSent().message().buttons().get(0).get(0).action());
        assertTrue(toGroups().stream().anyMatch(o -> o.message().plainText().startsWith("A neighbour needs: a lift to the hospital on friday please")),
                "cleaned as a typed /need is");
    }

    @Test
    @DisplayName("A member of two groups answers which group with the number alone; other words meanwhile post nothing and keep the question")
    void numberAloneChoosesTheGroup() {
        chat.say("Ana", "/list");
        chat.sayIn("north", "Northside Aid", "Ana", "/list");
        String asked = chat.privately("Ana", "we have no food in the house until friday, two kids").get(0);
        assertTrue(asked.startsWith("Shall I post your message as a need, without your name? Only if you choose a group:\n1. your group\n2. Northside Aid"),
                asked);
        assertEquals(List.of("Which group? Type its number from my list, like 1."), chat.privately("Ana", "ok"),
                "a yes to a question with two groups asks which, and keeps the message waiting for its group");
        List<String> posted = chat.privately("Ana", "2");
        assertTrue(posted.stream().anyMatch(t -> t.startsWith("Posted in Northside Aid as #1, without your name.")), posted.toString());
        assertEquals("north", chat.sent.stream().filter(o -> o.message().plainText().startsWith("A neighbour needs: we have no food"))
                .findFirst().orElseThrow().to().ref(), "posted in Northside");
        assertTrue(chat.privately("Ana", "2").get(0).contains("Sorry, I only understand commands."), "with nothing waiting, a number is just words");
    }

    @Test
    @DisplayName("/mine with a post sent without a name says to close it privately, never in the group, where it would show whose it is")
    void mineClosesNamelessPostsPrivately() {
        chat.say("Quillana", "/list");
        chat.privately("Quillana", "/need somewhere safe to stay for a few nights");
        String mine = chat.privately("Quillana", "/mine").get(0);
        assertTrue(mine.contains("#1 need · a neighbour"), mine);
        assertTrue(mine.endsWith("To close one: /done or /cancel and its number, here. Those without your name only here: in the group, everyone would see it is yours."),
                mine);
        chat.say("Quillana", "/offer a kettle");
        assertTrue(chat.privately("Quillana", "/cancel 1").get(0).startsWith("#1 is withdrawn"), "closing it privately works");
        assertTrue(chat.privately("Quillana", "/mine").get(0).endsWith("here or in its group."), "with only named posts, either place");
    }

    @Test
    @DisplayName("Choosing a group for a need that is open there already answers that it is there, and never that it was posted")
    void choosingTheGroupForARepeat() {
        chat.say("Ana", "/list");
        chat.sayIn("north", "Northside Aid", "Ana", "/list");
        chat.privately("Ana", "/need a winter coat for my six year old");
        List<String> first = chat.pressPrivately("Ana", chat.lastSent().message().buttons().get(1).get(0).action());
        assertTrue(first.contains("Posted in Northside Aid."), first.toString());
        int toGroups = toGroups().size();

        chat.privately("Ana", "/need a winter coat for my six year old");
        List<String> again = chat.pressPrivately("Ana", chat.lastSent().message().buttons().get(1).get(0).action());
        assertTrue(again.contains("Not posted again: it is there already."), again.toString());
        assertTrue(again.contains("You sent this already: it is #1 in Northside Aid, still open. I haven't posted it again. /mine shows your posts."),
                again.toString());
        assertFalse(again.stream().anyMatch(t -> t.startsWith("Posted in")), "no word of posting: " + again);
        assertEquals(toGroups, toGroups().size(), "nothing more in either group");
        assertEquals(1, chat.count("SELECT count(*) FROM post"));
    }

    @Test
    @DisplayName("A need sent before the bot knows the member's group is kept; /post after a /list in the group asks, and posts only on the tap")
    void keptUntilTheGroupIsKnown() {
        String kept = chat.privately("Lee", "/need somewhere safe to stay for a few nights, me and my 2 kids").get(0);
        assertEquals("I don't know your group yet. I've kept your need for a day: type /list once in your group's chat, then send me /post here, "
                + "and I'll ask before posting it there without your name. The group sees your /list, so let some time pass before /post "
                + "if you'd rather nobody connects the two.", kept);
        assertEquals("I still don't know your group. Type /list once in your group's chat, then send me /post here.", chat.privately("Lee", "/post").get(0));
        chat.say("Lee", "/list");
        assertEquals(0, chat.count("SELECT count(*) FROM post"), "the /list in the group posts nothing");
        assertEquals("""
                Shall I post your need in your group now, without your name? Tap below, or type /post 1.
                Nothing is posted until you do.""", chat.privately("Lee", "/post").get(0));
        assertEquals(0, chat.count("SELECT count(*) FROM post"));
        List<String> posted = chat.pressPrivately("Lee", chat.lastSent().message().buttons().get(0).get(0).action());
        assertTrue(posted.contains("Posted in your group."), posted.toString());
        assertTrue(toGroups().stream().anyMatch(o -> o.message().plainText().startsWith("A neighbour needs: somewhere safe to stay for a few nights")),
                "posted without the name, not typed again");

        chat.privately("Zoe", "/need a winter coat for my son, age 7");
        chat.say("Zoe", "/list");
        assertTrue(chat.privately("Zoe", "/post 1").stream().anyMatch(t -> t.startsWith("Posted in your group as #2, without your name.")),
                "/post 1 with one group known posts it at once");

        chat.privately("Kim", "/help");
        assertTrue(chat.privately("Kim", "i need to leave my house, my partner hurts me. somewhere safe for me and the kids").get(0)
                .startsWith("I don't know your group yet. I've kept your need for a day"), "plain words asking for help are kept the same way");
    }

    @Test
    @DisplayName("A member of two groups is asked which; /post 2 posts there; the question survives a restart and expires after a day")
    void choosingTheGroup() {
        assertTrue(chat.privately("Ana", "/need diapers size 4").get(0).startsWith("I don't know your group yet."),
                "a member never seen in a group is told what to do");
        chat.say("Ana", "/list");
        chat.sayIn("north", "Northside Aid", "Ana", "/list");
        String question = chat.privately("Ana", "/need diapers size 4 for my baby").get(0);
        assertEquals("""
                Which group should I post your need in, without your name?
                1. your group
                2. Northside Aid
                Tap one, or type /post and its number, like /post 1.""", question);
        assertEquals(2, chat.lastSent().message().buttons().size(), "one button per group");
        String northButton = chat.lastSent().message().buttons().get(1).get(0).action();
        assertTrue(northButton.startsWith("post:2:"), northButton);

        // the bot restarts: the question is in the database, not in memory
        chat.close();
        chat = new TestChat(dir.resolve("anon.db"));
        assertEquals("Please choose a number from 1 to 2, like /post 1.", chat.privately("Ana", "/post 3").get(0));
        assertTrue(chat.say("Ana", "/post 1").get(0).startsWith("/post is for our private chat"), "not in a group");
        List<String> posted = chat.pressPrivately("Ana", northButton);
        assertTrue(posted.contains("Posted in Northside Aid.") && posted.stream().anyMatch(p -> p.startsWith("A neighbour needs: diapers size 4")),
                posted.toString());
        assertEquals("north", chat.sent.stream().filter(o -> o.message().plainText().startsWith("A neighbour needs")).findFirst()
                .orElseThrow().to().ref(), "posted in Northside");
        assertTrue(chat.privately("Ana", "/post 1").get(0).startsWith("Nothing is waiting to be posted"), "a choice is used once");
        assertTrue(chat.pressPrivately("Ana", northButton).get(0).startsWith("Nothing is waiting"), "and so is its button");

        chat.privately("Ana", "/offer a pram we no longer need");
        chat.clock.advance(Duration.ofHours(25));
        assertTrue(chat.privately("Ana", "/post 2").get(0).startsWith("Nothing is waiting to be posted"), "a day later it is gone");
        assertEquals(1, chat.count("SELECT count(*) FROM pending_post"));
        chat.app().bot().eraseOldText();
        assertEquals(0, chat.count("SELECT count(*) FROM pending_post"), "and the hourly clean-up deletes its text");
    }

    @Test
    @DisplayName("A stale button of an earlier question does not post the newer text")
    void staleButton() {
        chat.say("Ana", "/list");
        chat.sayIn("north", "Northside Aid", "Ana", "/list");
        chat.privately("Ana", "/need first words");
        String old = chat.lastSent().message().buttons().get(0).get(0).action();
        chat.clock.advance(Duration.ofMinutes(2));
        chat.privately("Ana", "/need second words");
        assertTrue(chat.pressPrivately("Ana", old).get(0).startsWith("That question is out of date."));
        assertTrue(chat.privately("Ana", "/post 2").get(0).startsWith("A neighbour needs: second words"));
    }

    @Test
    @DisplayName("The relay: messages pass both ways without names, and either side ends it")
    void relayBothWays() {
        chat.say("Quillana", "/list");
        chat.privately("Quillana", "/need someone to walk my dog on Friday");
        chat.privately("Bodhan", "/start");
        List<String> claimed = chat.press("Bodhan", "claim:1");
        assertTrue(claimed.contains("Thank you! I've written to you privately about #1."), claimed.toString());
        assertTrue(last(to("quillana")).startsWith("Someone would like to help with your need #1"), last(to("quillana")));
        assertTrue(last(to("bodhan")).startsWith("Thank you for offering on #1"), last(to("bodhan")));

        assertEquals(List.of("About #1 in your group (conversation 1), the neighbour who offered writes:\nI can come at 10, is that ok?\nTo answer: /reply 1 and your message.",
                "Passed on to the neighbour who posted #1."), chat.privately("Bodhan", "/reply 1 I can come at 10, is that ok?"));
        assertEquals(List.of("About #1 in your group (conversation 1), the neighbour who posted it writes:\n10 is great, thank you\nTo answer: /reply 1 and your message.",
                "Passed on to the neighbour who offered."), chat.privately("Quillana", "/reply #1 10 is great, thank you"));
        for (Outgoing o : to("quillana")) assertFalse(names(o, "bodhan", "Bodhan"), "the author learns nothing of the helper: " + o);
        for (Outgoing o : to("bodhan")) assertFalse(names(o, "quillana", "Quillana"), "the helper learns nothing of the author: " + o);
        int relayed = chat.app().storage().inTransaction(tx -> tx.outbox().due("console", chat.clock.instant(), 100).size());
        assertEquals(0, relayed);
        assertEquals(0, chat.count("SELECT count(*) FROM outbox WHERE words_of IS NOT NULL"), "relayed words are deleted once sent");
        assertEquals(List.of("To write to them: /reply 1 and your message. If you posted #1, /share 1 gives them your contact."),
                chat.privately("Quillana", "yes share"), "a yes to the question about sharing the contact");

        assertTrue(chat.say("Bodhan", "/reply 1 hi").get(0).startsWith("For your privacy, please use /reply in a private chat"));
        assertTrue(chat.privately("Cy", "/reply 1 hello").get(0).startsWith("You have no conversation about #1"));
        assertTrue(chat.privately("Bodhan", "/reply 1").get(0).startsWith("Please write your message after the number, like /reply 1 "));

        List<String> ended = chat.privately("Bodhan", "/endrelay 1");
        assertTrue(ended.contains("Ended. I won't pass on messages about #1 any more. The post itself stays as it is, and you're still down "
                + "to help; if you won't be helping now: /unclaim 1."), ended.toString());
        assertTrue(last(to("quillana")).endsWith("ended the conversation. I won't pass on messages about it any more. "
                + "If they won't be helping after all, /unclaim 1 opens it for others."), "the author is not left waiting: " + last(to("quillana")));
        assertTrue(chat.privately("Quillana", "/reply 1 are you there?").get(0).startsWith("You have no conversation about #1"));
    }

    @Test
    @DisplayName("An answer by reply to a message of an ended conversation never reaches the post's next helper")
    void replyToEndedConversation() {
        chat.say("Quillana", "/list");
        chat.privately("Quillana", "/need someone to walk my dog on Friday");
        chat.privately("Bodhan", "/start");
        chat.press("Bodhan", "claim:1");
        chat.privately("Bodhan", "/reply 1 I can come at 10");
        String fromBodhan = last(to("quillana"));
        assertTrue(fromBodhan.startsWith("About #1 in your group (conversation 1)"), fromBodhan);
        chat.press("Bodhan", "unclaim:1");
        chat.privately("Cy", "/start");
        chat.press("Cy", "claim:1");
        String cyBefore = last(to("cy"));

        List<String> answer = chat.deliver(new Incoming("console", "quoted-1", "private:quillana", null, true, "quillana", "Quillana",
                "my address is 12 Elm St", null, null, null, true, null, null, fromBodhan));
        assertTrue(answer.get(0).startsWith("That conversation has ended"), answer.toString());
        assertEquals(cyBefore, last(to("cy")), "Cy, the new helper, got nothing");
        assertTrue(chat.sent.stream().noneMatch(o -> o.message().plainText().contains("Elm St")), "the words went nowhere");

        // an answer to the new helper's conversation still goes through
        String fromCy = chat.privately("Cy", "/reply 1 Friday works").get(0);
        String toCy = chat.deliver(new Incoming("console", "quoted-2", "private:quillana", null, true, "quillana", "Quillana",
                "great, thanks", null, null, null, true, null, null, last(to("quillana")))).get(0);
        assertTrue(fromCy.contains("(conversation 2)") && toCy.contains("great, thanks"), fromCy + " / " + toCy);
    }

    @Test
    @DisplayName("In the group, /mine leaves out posts asked for privately, and a phone number in one never reaches the group")
    void mineAndRedactKeepTheAuthorHidden() {
        chat.say("Quillana", "/list");
        List<String> posted = chat.privately("Quillana", "/need someone to walk my dog on Friday, call 555-123-4567");
        assertTrue(posted.stream().anyMatch(t -> t.contains("I left out what looked like a phone number")), posted.toString());
        String mine = chat.say("Quillana", "/mine").get(0);
        assertFalse(mine.contains("#1") || mine.contains("dog"), "the group learns nothing from /mine: " + mine);
        assertTrue(chat.privately("Quillana", "/mine").get(0).contains("dog"), "privately it is listed");

        assertTrue(chat.sent.stream().noneMatch(o -> o.message().plainText().contains("555")), "the number went nowhere");
        assertEquals(0, chat.count("SELECT count(*) FROM post WHERE text LIKE '%555%'"), "nor is it kept");
    }

    @Test
    @DisplayName("The author's contact reaches the helper only after the author agrees, and only the author may agree")
    void contactAfterConsent() {
        claimedAnonymously("/offer a winter coat, size M");
        chat.privately("Bodhan", "/reply 1 I'd love the coat");
        assertTrue(to("bodhan").stream().noneMatch(o -> names(o, "quillana", "Quillana")), "no contact before consent");
        assertTrue(chat.privately("Bodhan", "/share 1").get(0).startsWith("Only the neighbour who posted #1"));
        assertTrue(to("bodhan").stream().noneMatch(o -> names(o, "quillana", "Quillana")), "a helper cannot share for the author");

        List<String> shared = chat.pressPrivately("Quillana", "share:1");
        assertTrue(shared.stream().anyMatch(s -> s.startsWith("The neighbour who posted #1 in your group shared their contact: Quillana")), shared.toString());
        Outgoing contact = to("bodhan").get(to("bodhan").size() - 1);
        assertTrue(contact.message().spans().stream().anyMatch(s -> s instanceof Span.Mention m && m.memberRef().equals("quillana")),
                "the platform can link the author's profile");
        assertTrue(chat.privately("Quillana", "/share 1").get(0).startsWith("You have already shared"));
        for (Outgoing o : toGroups()) assertFalse(names(o, "quillana", "Quillana"), "the group still does not learn it: " + o);
    }

    @Test
    @DisplayName("A helper the bot cannot write to yet gets the private-chat link in the group; messages wait until they open it")
    void helperWithoutPrivateChat() {
        chat.say("Quillana", "/list");
        chat.privately("Quillana", "/need help filling in a housing form");
        chat.press("Bodhan", "claim:1");
        Outgoing claim = toGroups().get(toGroups().size() - 1);
        assertTrue(claim.message().spans().stream().anyMatch(s -> s instanceof Span.BotLink l && l.payload().equals("relay")),
                "the group's message links to the private chat: " + claim.message().plainText());
        assertFalse(names(claim, "bodhan", "Bodhan"), "and names neither");
        assertTrue(chat.privately("Quillana", "/reply 1 thank you!").get(0).startsWith("They haven't opened a private chat with me yet"));

        String relays = chat.privately("Bodhan", "/start relay").get(0);
        assertTrue(relays.startsWith("Conversations I pass on for you") && relays.contains("#1 in your group"), relays);
        assertTrue(chat.privately("Quillana", "/reply 1 thank you!").get(1).startsWith("Passed on"));
    }

    @Test
    @DisplayName("The relay ends when the helper steps back or the post closes, and both sides are told")
    void relayEndsWithThePost() {
        claimedAnonymously("/need a warm coat");
        List<String> back = chat.privately("Bodhan", "/unclaim 1");
        assertTrue(back.stream().anyMatch(s -> s.startsWith("The neighbour who offered had to step back from #1")), back.toString());
        assertTrue(last(to("quillana")).contains("I have closed your conversation about #1"), last(to("quillana")));
        chat.say("Cy", "/list");
        chat.privately("Cy", "/claim 1");
        chat.privately("Quillana", "/cancel 1");
        assertTrue(chat.privately("Cy", "/reply 1 hello?").get(0).startsWith("You have no conversation about #1"));
        assertEquals(0, chat.count("SELECT count(*) FROM relay WHERE ended_at IS NULL"));
    }

    @Test
    @DisplayName("/forget before an anonymous post went out: the group never gets it, and its text is not in the database file")
    void forgetBeforeTheAnnouncementWentOut() throws Exception {
        chat.say("Quillana", "/list");
        org.mutualaid.core.command.CommandParser parser = new org.mutualaid.core.command.CommandParser("bot");
        chat.app().bot().handle(Incoming.text("console", "undrained-a", "private:quillana", true, "quillana", "Quillana",
                "/need qzwaiting help with a letter from the housing office", true), parser);
        chat.app().bot().handle(Incoming.text("console", "undrained-b", "private:quillana", true, "quillana", "Quillana",
                "/forget yes", true), parser);
        List<String> sent = chat.say("Bodhan", "/list");
        assertTrue(chat.sent.stream().noneMatch(o -> o.message().plainText().contains("qzwaiting")), "never sent: " + sent);
        chat.app().storage().checkpoint();
        assertFalse(TestChat.fileBytes(dir.resolve("anon.db")).contains("qzwaiting"), "not in the database file");
    }

    @Test
    @DisplayName("/wipe: private messages quoting the group's posts and words waiting in its conversations are erased and never sent")
    void wipeErasesPrivateQuotes() throws Exception {
        claimedAnonymously("/need qzwipeneed someone to help me fill in a benefits form");
        org.mutualaid.core.command.CommandParser parser = new org.mutualaid.core.command.CommandParser("bot");
        chat.app().bot().handle(Incoming.text("console", "undrained-w", "private:bodhan", true, "bodhan", "Bodhan",
                "/reply 1 qzpendingword I can come on Monday", true), parser);
        chat.app().bot().handle(new Incoming("console", "wipe-1", "local", null, false, "admin", "Admin", "/wipe erase everything",
                null, null, null, true, null, java.util.List.of(new org.mutualaid.platform.Person("admin", "Admin")), null), parser);
        int before = chat.sent.size();
        chat.say("Bodhan", "/list");
        assertTrue(chat.sent.subList(before, chat.sent.size()).stream().noneMatch(o -> o.message().plainText().contains("qzpendingword")),
                "the waiting words are not delivered");
        chat.app().storage().checkpoint();
        String file = TestChat.fileBytes(dir.resolve("anon.db"));
        for (String trace : List.of("qzwipeneed", "benefits form", "qzpendingword")) {
            assertFalse(file.contains(trace), trace + " is still in the database file");
        }
    }

    @Test
    @DisplayName("A coordinator frees a stalled claim on a nameless post in the group; closing one tells its author privately how to go on")
    void coordinatorOnNamelessPosts() {
        claimedAnonymously("/need help with my gas bill, it's overdue");
        List<Person> coordinators = List.of(new Person("maya", "Maya"));
        List<String> freed = chat.deliver(Incoming.text("console", "co-1", "local", false, "maya", "Maya", "/unclaim 1", true).withCoordinators(coordinators));
        assertTrue(freed.contains("A coordinator opened #1 \"help with my gas bill, it's overdue\" again. Anyone who can: send me /claim 1 in a private chat."), freed.toString());
        assertEquals(2, freed.stream().filter(t -> t.startsWith("A coordinator opened #1 again for others to take up, so this conversation ends.")).count(),
                "both sides of the conversation hear it ended: " + freed);
        assertEquals(1, chat.count("SELECT count(*) FROM post WHERE status = 'open'"), "open again");
        assertTrue(chat.say("Bodhan", "/unclaim 1").get(0).startsWith("#1 was posted without a name"), "a member still gets the private hint");
        chat.deliver(Incoming.text("console", "co-2", "local", false, "maya", "Maya", "/close 1", true).withCoordinators(coordinators));
        assertEquals("A coordinator closed your need #1 in your group. If you still need help, /reopen 1 here opens it again; "
                + "or ask one of the group's coordinators why (/coordinators shows who they are).", last(to("quillana")));
    }

    @Test
    @DisplayName("A coordinator's /done on a nameless need tells its author who marked it and how to undo it; opened again, the same two are not introduced as strangers")
    void coordinatorMarksNamelessNeedDone() {
        claimedAnonymously("/need someone to help me fill in a housing form");
        chat.deliver(Incoming.text("console", "co-d", "local", false, "maya", "Maya", "/done 1", true)
                .withCoordinators(List.of(new Person("maya", "Maya"))));
        assertEquals("A coordinator marked #1 done. If it isn't sorted after all: /reopen 1. I have closed your conversation about #1 in your group.",
                last(to("quillana")));
        assertEquals("A coordinator marked #1 done. Thank you for helping! I have closed your conversation about #1 in your group.",
                last(to("bodhan")));

        int before = chat.sent.size();
        chat.privately("Quillana", "/reopen 1");
        List<String> after = chat.sent.subList(before, chat.sent.size()).stream().map(o -> o.message().plainText()).toList();
        assertTrue(after.stream().noneMatch(t -> t.startsWith("Someone would like to") || t.startsWith("Thank you for offering")),
                "not introduced again as strangers: " + after);
        assertTrue(last(to("quillana")).startsWith("#1 is open again."), last(to("quillana")));
        assertTrue(to("quillana").stream().anyMatch(o -> o.message().plainText().startsWith(
                "Your need #1 in your group \"someone to help me fill in a housing form\"")
                && o.message().plainText().contains("is open again, with the same neighbour helping. Messages pass between you through me again: /reply 1")),
                "the author hears the conversation is back: " + after);
        assertTrue(last(to("bodhan")).startsWith("#1 in your group \"someone to help me fill in a housing form\""), last(to("bodhan")));
        assertTrue(last(to("bodhan")).contains("is open again, and you're still down to help."), last(to("bodhan")));
        assertTrue(chat.privately("Bodhan", "/reply 1 I can still come on Monday").contains("Passed on to the neighbour who posted #1."));
        assertTrue(last(to("quillana")).endsWith("I can still come on Monday\nTo answer: /reply 1 and your message."), "the conversation works again");
        assertTrue(chat.privately("Quillana", "reply 1 thank you, monday is fine").contains("Passed on to the neighbour who offered."),
                "the slash left off, the words still reach the conversation they were meant for");
        assertTrue(last(to("bodhan")).contains("\nthank you, monday is fine\n"), last(to("bodhan")));
        assertEquals(List.of("I don't pass messages on by myself. To send this to them: /reply 1 thank you so much. is it near the station?"),
                chat.privately("Quillana", "thank you so much. is it near the station?"), "a question for the helper is not met with gladness");
    }

    @Test
    @DisplayName("A coordinator closing a nameless post in conversation: its author hears it once, and the group is not told to type /reopen there")
    void coordinatorClosesNamelessPostInConversation() {
        claimedAnonymously("/need someone to help me with a council tax letter");
        int before = to("quillana").size();
        List<String> group = chat.deliver(Incoming.text("console", "co-c", "local", false, "maya", "Maya", "/close 1", true)
                .withCoordinators(List.of(new Person("maya", "Maya"))));
        assertTrue(group.contains("#1 (a neighbour's need) was closed by a coordinator. Its author can open it again from their private chat with me."),
                group.toString());
        List<Outgoing> told = to("quillana").subList(before, to("quillana").size());
        assertEquals(1, told.size(), "one message, not two alike: " + told);
        assertEquals("A coordinator closed your need #1 in your group. If you still need help, /reopen 1 here opens it again; "
                + "or ask one of the group's coordinators why (/coordinators shows who they are). I have closed your conversation about #1 in your group.", last(told));
        assertEquals("A coordinator closed #1. I have closed your conversation about #1 in your group.", last(to("bodhan")));
    }

    @Test
    @DisplayName("A coordinator's reason for closing a nameless post reaches its author privately")
    void coordinatorClosesNamelessPostWithReason() {
        chat.say("Quillana", "/list");
        chat.privately("Quillana", "/need someone to help me fill in a housing form");
        List<String> group = chat.deliver(Incoming.text("console", "co-r", "local", false, "maya", "Maya", "/close 1 the council sorted it", true)
                .withCoordinators(List.of(new Person("maya", "Maya"))));
        assertTrue(group.contains("#1 (a neighbour's need) was closed by a coordinator: the council sorted it. "
                + "Its author can open it again from their private chat with me."), group.toString());
        assertTrue(last(to("quillana")).startsWith("A coordinator closed your need #1 in your group: the council sorted it. If you still need help, /reopen 1"),
                last(to("quillana")));
    }

    @Test
    @DisplayName("An author who ends the conversation is told how to let the claim go, the helper that they still have it; the author's /unclaim opens it for others")
    void authorEndsConversation() {
        claimedAnonymously("/need someone to help me write a letter to my landlord");
        List<String> ended = chat.privately("Quillana", "/endrelay 1");
        assertTrue(ended.contains("Ended. I won't pass on messages about #1 any more. The post itself stays as it is, still claimed: "
                + "if they won't be helping now, /unclaim 1 opens it for others."), ended.toString());
        assertTrue(last(to("bodhan")).endsWith("You're still down to help with it; if you won't be helping now: /unclaim 1."), last(to("bodhan")));
        List<String> freed = chat.privately("Quillana", "/unclaim 1");
        assertTrue(freed.contains("#1 is open again for others to take up. I've told your group."), freed.toString());
        assertTrue(toGroups().stream().anyMatch(o -> o.message().plainText().startsWith(
                "#1 \"someone to help me write a letter to my landlord\" is open again: its author can't go ahead with the neighbour who claimed it.")),
                "the group hears it, naming nobody");
        assertEquals(1, chat.count("SELECT count(*) FROM post WHERE status = 'open'"));
        assertEquals("The neighbour who posted #1 can't go ahead after all, so it is open again. Thank you for offering.", last(to("bodhan")),
                "with the conversation over, the helper still hears they were let go");
    }

    @Test
    @DisplayName("/wipe ends the group's conversations through the bot and tells both sides, naming the post's number only")
    void wipeTellsBothSidesOfAConversation() {
        claimedAnonymously("/need qzwipetold someone to help me fill in a benefits form");
        chat.privately("Bodhan", "/reply 1 I can come on Monday");
        org.mutualaid.core.command.CommandParser parser = new org.mutualaid.core.command.CommandParser("bot");
        chat.app().bot().handle(new Incoming("console", "wipe-t", "local", null, false, "admin", "Admin", "/wipe erase everything",
                null, null, null, true, null, java.util.List.of(new org.mutualaid.platform.Person("admin", "Admin")), null), parser);
        chat.say("Maya", "/list");
        String ended = "The group's coordinators erased everything I held about the group, so your conversation about #1 has ended. "
                + "Please post again there if you still need help or can help.";
        assertEquals(ended, last(to("quillana")), "the author hears it");
        assertEquals(ended, last(to("bodhan")), "and the helper");
        assertEquals(0, chat.count("SELECT count(*) FROM relay"));
        assertTrue(chat.privately("Bodhan", "/reply 1 are you still coming?").get(0).startsWith("You have no conversation about #1"));
    }

    @Test
    @DisplayName("/wipe right after a claim: the private messages quoting the group's post, still waiting, are erased and never sent")
    void wipeErasesWaitingClaimNotices() throws Exception {
        chat.say("Quillana", "/list");
        chat.privately("Quillana", "/need qzclaimquote someone to carry shopping up four floors");
        chat.say("Bodhan", "/list");
        org.mutualaid.core.command.CommandParser parser = new org.mutualaid.core.command.CommandParser("bot");
        chat.app().bot().handle(Incoming.text("console", "undrained-c", "private:bodhan", true, "bodhan", "Bodhan", "/claim 1", true), parser);
        assertTrue(chat.count("SELECT count(*) FROM outbox WHERE status = 'pending' AND target_kind = 'member' AND payload LIKE '%qzclaimquote%'") >= 2,
                "the claim notices to both sides wait, quoting the post");
        chat.app().bot().handle(new Incoming("console", "wipe-c", "local", null, false, "admin", "Admin", "/wipe erase everything",
                null, null, null, true, null, java.util.List.of(new org.mutualaid.platform.Person("admin", "Admin")), null), parser);
        assertEquals(0, chat.count("SELECT count(*) FROM outbox WHERE payload LIKE '%qzclaimquote%'"), "no row quotes the post");
        int before = chat.sent.size();
        chat.say("Maya", "/list");
        assertTrue(chat.sent.subList(before, chat.sent.size()).stream().noneMatch(o -> o.message().plainText().contains("qzclaimquote")
                        || o.message().plainText().startsWith("Someone would like to")), "the waiting notices are not delivered");
        chat.app().storage().checkpoint();
        assertFalse(TestChat.fileBytes(dir.resolve("anon.db")).contains("qzclaimquote"), "not in the database file");
    }

    @Test
    @DisplayName("/forget of the author of a post quoted in messages waiting for others: those rows go, the group's other messages stay")
    void forgetErasesWaitingQuotesOnly() throws Exception {
        chat.say("Quillana", "/list");
        chat.say("Maya", "/list");
        chat.privately("Quillana", "/start");
        chat.say("Quillana", "/need qzquotedneed a lift to the food bank on Friday afternoon");
        org.mutualaid.core.command.CommandParser parser = new org.mutualaid.core.command.CommandParser("bot");
        chat.app().bot().handle(Incoming.text("console", "undrained-l", "local", false, "maya", "Maya", "/claim 1", true), parser);
        chat.app().bot().handle(Incoming.text("console", "undrained-s", "local", false, "maya", "Maya", "/settings", true), parser);
        chat.app().bot().handle(Incoming.text("console", "undrained-f", "private:quillana", true, "quillana", "Quillana",
                "/forget yes", true), parser);
        assertEquals(0, chat.count("SELECT count(*) FROM outbox WHERE payload LIKE '%qzquotedneed%'"), "no row quotes the post");
        assertTrue(chat.count("SELECT count(*) FROM outbox WHERE status = 'pending' AND target_kind = 'chat' AND target_ref = 'local'") >= 1,
                "the reply to /settings, about nobody's post, still waits");
        chat.app().storage().checkpoint();
        assertFalse(TestChat.fileBytes(dir.resolve("anon.db")).contains("qzquotedneed"), "not in the database file");
    }

    @Test
    @DisplayName("/forget erases the anonymous post's text and relayed messages still waiting, leaving nothing in the database file")
    void forgetErasesRelay() throws Exception {
        claimedAnonymously("/need qzanonneed someone to talk to about my court date");
        // written but not yet sent: the dispatcher has not run
        chat.app().bot().handle(Incoming.text("console", "undrained-1", "private:bodhan", true, "bodhan", "Bodhan",
                "/reply 1 qzfrombodhan I know the court well", true), new org.mutualaid.core.command.CommandParser("bot"));
        chat.app().bot().handle(Incoming.text("console", "undrained-2", "private:quillana", true, "quillana", "Quillana",
                "/reply 1 qzfromquillana it is on Monday", true), new org.mutualaid.core.command.CommandParser("bot"));
        assertTrue(TestChat.fileBytes(dir.resolve("anon.db")).contains("qzfrombodhan"), "the check can see the waiting words");

        chat.app().bot().handle(Incoming.text("console", "undrained-3", "private:quillana", true, "quillana", "Quillana",
                "/forget yes", true), new org.mutualaid.core.command.CommandParser("bot"));
        List<String> sent = chat.say("Bodhan", "/list");
        assertTrue(sent.stream().noneMatch(s -> s.contains("qzfrom")), "nothing relayed goes out after /forget: " + sent);
        assertTrue(sent.stream().anyMatch(s -> s.contains("was withdrawn by its author") && s.contains("I have closed your conversation")),
                "the helper is told: " + sent);
        chat.app().storage().checkpoint();
        String file = TestChat.fileBytes(dir.resolve("anon.db"));
        for (String trace : List.of("qzanonneed", "court date", "qzfrombodhan", "qzfromquillana", "Quillana")) {
            assertFalse(file.contains(trace), trace + " is still in the database file");
        }
        assertEquals(0, chat.count("SELECT count(*) FROM relay"), "the relay's record is gone too");
    }
}
