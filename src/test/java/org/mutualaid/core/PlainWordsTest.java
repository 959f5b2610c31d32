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

@DisplayName("Words that are not a command: one line of what to do in a private chat, nothing in a group")
class PlainWordsTest {

    static final String HINT = "Sorry, I only understand commands. To ask your group for help without your name, type /need and what you need; "
            + "to offer help, /offer and what you can do. /help shows the rest.";
    static final String ABOUT_A_POST = "I can't answer questions, sorry. /mine shows your open posts. A post that's gone was marked done or closed: "
            + "if it was yours, /reopen and its number opens it again, or ask one of your group's coordinators.";

    @TempDir
    Path dir;
    TestChat chat;

    @BeforeEach
    void open() {
        chat = new TestChat(dir.resolve("plain.db"));
    }

    @AfterEach
    void close() {
        chat.close();
    }

    @Test
    @DisplayName("'ok?' in a private chat gets one line saying what the member can do, and changes nothing; 'hello' or 'help' gets /help; in the group nothing")
    void privateHelloIsAnswered() {
        assertEquals(List.of(HINT), chat.privately("Ana", "ok?"));
        for (String greeting : List.of("hello?", "Help", "help me!", "hi", "i dont know how this works", "what do i type")) {
            assertTrue(chat.privately("Ana", greeting).get(0).startsWith("Hello! I help your group keep track of who needs what"), greeting);
        }
        assertEquals(List.of(HINT), chat.privately("Ana", "/need@OtherBot soup"), "a command for another bot is no use here either");
        assertEquals(0, chat.count("SELECT count(*) FROM post"));
        assertEquals(List.of(), chat.say("Ana", "hello?"), "group chatter stays unanswered");
        assertEquals(List.of(), chat.privately("Ana", " \u200B\u202E "), "nothing visible said, nothing answered");
    }

    @Test
    @DisplayName("Privately, what a conversation expects still works: /forget yes and an answer to the bot's relay message")
    void meaningfulPrivateWordsStillWork() {
        chat.say("Quillana", "/list");
        chat.say("Bodhan", "/list");
        chat.privately("Quillana", "/need someone to walk my dog on Friday");
        chat.privately("Bodhan", "/start");
        chat.privately("Bodhan", "/claim 1");
        String asked = chat.sent.stream().filter(o -> o.to().ref().equals("quillana"))
                .map(o -> o.message().plainText()).filter(t -> t.startsWith("Someone would like")).findFirst().orElseThrow();
        List<String> passed = chat.deliver(new Incoming("console", "answer-1", "private:quillana", null, true, "quillana", "Quillana",
                "thank you, Friday at 5?", null, null, null, true, null, null, asked));
        assertTrue(passed.contains("Passed on to the neighbour who offered."), passed.toString());
        assertTrue(passed.stream().anyMatch(t -> t.contains("thank you, Friday at 5?")), passed.toString());

        // without quoting the bot's message, the line says how to write through the relay
        assertEquals(List.of("Sorry, I only understand commands. To pass a message on about #1, type /reply 1 and your message. "
                + "/help shows the rest."), chat.privately("Quillana", "are you still coming?"));

        List<String> forgotten = chat.privately("Bodhan", "/forget yes");
        assertTrue(forgotten.stream().anyMatch(t -> t.startsWith("Done. I have erased")), "a confirmation is a command, as before: " + forgotten);
    }

    @Test
    @DisplayName("Plain words from someone the bot holds nothing about, as right after /forget, are answered without recording them again")
    void plainWordsAfterForgetRecordNobody() {
        chat.say("Bodhan", "/list");
        chat.privately("Bodhan", "/forget yes");
        assertEquals(0, chat.count("SELECT count(*) FROM member WHERE platform_ref = 'bodhan'"), "erased");
        assertEquals(List.of(HINT), chat.privately("Bodhan", "ok thanks"));
        assertEquals(0, chat.count("SELECT count(*) FROM member WHERE platform_ref = 'bodhan'"), "the answer brought nobody back");
        assertEquals(0, chat.count("SELECT count(*) FROM chat WHERE platform_ref = 'private:bodhan'"));
    }

    @Test
    @DisplayName("Someone never seen who asks for help in their own words is not turned away: the need is kept until the bot knows their group")
    void strangerAskingForHelp() {
        List<String> answer = chat.privately("Maria", "hello i need help but i dont want people to know its me. my landlord is trying to evict us");
        assertEquals(1, answer.size(), answer.toString());
        assertTrue(answer.get(0).startsWith("I don't know your group yet. I've kept your need for a day"), answer.get(0));
        chat.say("Maria", "/list");
        List<String> posted = chat.privately("Maria", "/post");
        assertTrue(posted.get(0).startsWith("Shall I post"), posted.toString());
    }

    @Test
    @DisplayName("A story told in several private messages joins the need waiting for its group, and is posted as one")
    void storyInSeveralMessages() {
        chat.say("Zed", "/list");
        assertTrue(chat.privately("Zed", "can someone help me get to the food bank on thursday").get(0).startsWith("Shall I post"));
        assertTrue(chat.privately("Zed", "thanks").get(0).startsWith("You're welcome!"), "words that ask for nothing leave it as it is");
        List<String> more = chat.privately("Zed", "and my kid is sick, i need someone to pick up medicine from the pharmacy tonight please");
        assertTrue(more.get(0).startsWith("I've put your messages together:\n\"can someone help me get to the food bank on thursday\n"
                + "and my kid is sick, i need someone to pick up medicine from the pharmacy tonight please\"\nShall I post it in your group"), more.get(0));
        chat.privately("Zed", "/post 1");
        String list = chat.one("Bo", "/list");
        assertTrue(list.contains("#1 need · a neighbour") && !list.contains("#2"), list);
        assertTrue(chat.text("SELECT text FROM post WHERE number = 1").endsWith("tonight please"));
    }

    @Test
    @DisplayName("Words after closing one's own post by mistake get the way back: /reopen with its number")
    void mistakenCloseHint() {
        chat.say("Rosa", "/need a lift to the clinic on friday");
        chat.say("Rosa", "/done 1");
        assertEquals(List.of(HINT + "\nIf you closed #1 by mistake: /reopen 1."), chat.privately("Rosa", "oh no i pressed done by mistake"));
        chat.clock.advance(java.time.Duration.ofHours(2));
        assertEquals(List.of(HINT), chat.privately("Rosa", "oh no"), "not once an hour has passed");
    }

    @Test
    @DisplayName("No such hint to an author whose post someone else closed: the helper who marked it done, or a coordinator")
    void noHintForAPostClosedByOthers() {
        chat.say("Rosa", "/need a lift to the clinic on friday");
        chat.say("Bo", "/claim 1");
        chat.say("Bo", "/done 1");
        assertEquals(List.of(ABOUT_A_POST), chat.privately("Rosa", "why is my post gone"));
        chat.say("Rosa", "/reopen 1");
        chat.say("Rosa", "/done 1");
        assertEquals(List.of(HINT + "\nIf you closed #1 by mistake: /reopen 1."), chat.privately("Rosa", "oops"),
                "her own done, after the helper's, is hers again");
        chat.clock.advance(java.time.Duration.ofHours(2));
        chat.say("Rosa", "/need a lift to the clinic on monday");
        chat.deliver(Incoming.text("console", "co-1", "local", false, "ana", "Ana", "/close 2", true)
                .withCoordinators(List.of(new Person("ana", "Ana"))));
        assertEquals(List.of(ABOUT_A_POST), chat.privately("Rosa", "why was my post closed??"));
    }

    @Test
    @DisplayName("A command typed without its slash is shown with it: 'stats', 'done 3', 'claim #12'; 'done' alone is talk; /edit says how to change a post")
    void commandWithoutSlash() {
        chat.say("Rosa", "/need a lift to the clinic on friday");
        assertEquals(List.of("Did you mean /stats? Commands start with a slash: send /stats."), chat.privately("Rosa", "stats"));
        assertEquals(List.of("Did you mean /done 1? Commands start with a slash: send /done 1."), chat.privately("Rosa", "Done 1."));
        assertEquals(List.of("Did you mean /claim 12? Commands start with a slash: send /claim 12."), chat.privately("Rosa", "claim #12"));
        String waiting = "Your need #1 in your group is still open. When someone offers to help, I'll say so in your group, naming you.\n";
        assertEquals(List.of(waiting + HINT), chat.privately("Rosa", "done"));
        assertEquals(List.of(waiting + HINT), chat.privately("Rosa", "forget"), "never a nudge towards erasing");
        assertEquals(List.of("I can't change a post once it's posted. To change yours: /cancel and its number, then post it again as you'd like it."),
                chat.privately("Rosa", "/edit 1 a lift to the clinic on saturday"));
        assertEquals(1, chat.count("SELECT count(*) FROM post WHERE status = 'open'"), "nothing done without the slash");
    }

    @Test
    @DisplayName("Thanks are answered warmly, and a question about a post is answered with where to look, not offered for posting")
    void thanksAndQuestions() {
        chat.say("Rosa", "/need nappies size 4 for my baby");
        assertTrue(chat.privately("Rosa", "thank you bo you saved us").get(0).startsWith("Glad to hear it! I don't pass messages on by myself"));
        assertEquals(List.of(ABOUT_A_POST), chat.privately("Rosa", "why did my nappies post disappear?"));
        assertEquals(List.of(ABOUT_A_POST), chat.privately("Rosa", "what happened to #1"));
        assertTrue(chat.privately("Rosa", "i need help with a form at my post office").get(0).startsWith("Shall I post"), "a post office is a place");
        assertEquals(1, chat.count("SELECT count(*) FROM post"));
    }

    @Test
    @DisplayName("'yes' to 'Shall I post it?' posts it, 'no' drops it; a detail sent soon after joins the story")
    void yesNoAndDetails() {
        chat.say("Marg", "/list");
        assertTrue(chat.privately("Marg", "can somebody help me i fell and i cant get to the chemist for my tablets").get(0).startsWith("Shall I post"));
        List<String> detail = chat.privately("Marg", "its the one on high street");
        assertTrue(detail.get(0).startsWith("I've put your messages together:\n\"can somebody help me i fell and i cant get to the chemist for my tablets\n"
                + "its the one on high street\""), detail.toString());
        assertTrue(chat.privately("Marg", "what does that mean?").get(0).startsWith("Sorry, I only understand commands."), "a question is no detail");
        List<String> yes = chat.privately("Marg", "yes please");
        assertTrue(yes.stream().anyMatch(r -> r.contains("is #1")), yes.toString());
        assertTrue(chat.text("SELECT text FROM post WHERE number = 1").endsWith("its the one on high street"));
        assertTrue(chat.privately("Marg", "can someone help me with my bins on thursday").get(0).startsWith("Shall I post"));
        chat.clock.advance(java.time.Duration.ofHours(2));
        assertTrue(chat.privately("Marg", "ok").get(0).startsWith("Your need #1 in your group is still open."), "an ok hours later posts nothing");
        assertEquals(List.of("OK, I won't post it. Nothing was sent to anyone."), chat.privately("Marg", "no"));
        assertTrue(chat.privately("Marg", "/post 1").get(0).startsWith("Nothing is waiting to be posted"));
        assertEquals(1, chat.count("SELECT count(*) FROM post"));
    }

    @Test
    @DisplayName("Help offered in plain words is asked about as an offer, and a typed /offer replaces the question waiting")
    void offerInPlainWords() {
        chat.say("Tomasz", "/list");
        String asked = chat.privately("Tomasz", "I want to give sofa, is good condition, somebody need?").get(0);
        assertTrue(asked.startsWith("Shall I post your message in your group as an offer, without your name?"), asked);
        assertTrue(asked.endsWith("If you are asking for help, send it as /need and your words."), asked);
        assertTrue(chat.privately("Tomasz", "you must collect it, i have no van").get(0).startsWith("I've put your messages together"),
                "more words join what waits");
        chat.privately("Tomasz", "/offer sofa good condition free, you must collect");
        assertTrue(chat.privately("Tomasz", "/post 1").get(0).startsWith("Nothing is waiting to be posted"), "the typed /offer took its place");
        assertEquals(1, chat.count("SELECT count(*) FROM post WHERE kind = 'offer'"));
        assertEquals(0, chat.count("SELECT count(*) FROM post WHERE kind = 'need'"));
        assertTrue(chat.privately("Tomasz", "we have no food until friday, can anyone give us something").get(0)
                .startsWith("Shall I post your message in your group as a need"), "asking wins over giving words");
        chat.say("Ana", "/list");
        assertTrue(chat.privately("Ana", "I have a spare room, you can come tonight if you need").get(0)
                .startsWith("Shall I post your message in your group as an offer"), "a room at hand for whoever needs it is an offer");
    }

    @Test
    @DisplayName("Someone who writes 'are you still there?' while waiting hears that their need is still open, and where help will be told, before what they can type")
    void waitingHearsTheirNeedIsOpen() {
        chat.say("Marg", "/list");
        chat.privately("Marg", "/need someone to fetch my tablets from the chemist on friday");
        List<String> still = chat.privately("Marg", "are you still there?");
        assertEquals(List.of("Your need #1 in your group is still open. I'll write to you here as soon as someone offers to help.\n" + HINT), still);
        assertTrue(chat.privately("Marg", "hello?").get(0).startsWith("Hello! Your need #1 in your group is still open. I'll write to you here "
                + "as soon as someone offers to help.\nTell me here what you need"), "a greeting while waiting is a question too");
        chat.say("Ben", "/need a lift to the dentist on monday");
        assertEquals(List.of("Your need #2 in your group is still open. When someone offers to help, I'll say so in your group, naming you.\n" + HINT),
                chat.privately("Ben", "what now"));
        chat.say("Ben", "/need a winter coat, size L");
        assertTrue(chat.privately("Ben", "what now").get(0).startsWith("You have 2 needs still open; /mine shows them."));
        assertEquals(List.of("You're welcome! I don't pass messages on by myself. When help has come, /done and the post's number marks it done; "
                + "/mine shows your posts."), chat.privately("Ben", "thank you"), "thanks are answered as before");
        chat.say("Cy", "/claim 2");
        chat.say("Cy", "/claim 3");
        assertEquals(List.of(HINT), chat.privately("Ben", "what now"), "a need with a helper is not waiting");
    }

    @Test
    @DisplayName("Details sent soon after a need went up are not added to it, and the author hears so and where they can go instead")
    void detailsAfterPosting() {
        chat.say("Marg", "/list");
        chat.privately("Marg", "/need a ride to the clinic on friday");
        assertEquals(List.of("I haven't added that to your need #1: I can't change a post once it's up. If it's for whoever helps (where, when, "
                        + "how to reach you), keep it for now: when someone offers, I'll put you in touch here, and you can tell them with /reply 1. "
                        + "If the need itself has changed: /cancel 1, then send me all of it again."),
                chat.privately("Marg", "its at 14 Elm Street, call me on 07700 900123"));
        assertEquals("a ride to the clinic on friday", chat.text("SELECT text FROM post WHERE number = 1"), "the post is as it went up");
        List<String> more = chat.privately("Marg", "also I use a walker");
        assertTrue(more.get(0).startsWith("Shall I post your message in your group as a need")
                && more.get(0).endsWith("If it's more about your need #1: a post can't change once it's up. Tell whoever helps with /reply 1 "
                        + "once I put you in touch, or /cancel 1, then send me all of it again."), "words that could be a new need: both ways are shown: " + more);
        chat.say("Ben", "/need a winter coat for my son");
        assertTrue(chat.privately("Ben", "he is a size 8").get(0).endsWith("tell them once someone offers. If the need itself has changed: "
                + "/cancel 2, then post it again."), "a need with the author's name is told where to go too");
        chat.clock.advance(java.time.Duration.ofHours(2));
        assertEquals(List.of("Your need #2 in your group is still open. When someone offers to help, I'll say so in your group, naming you.\n" + HINT),
                chat.privately("Ben", "he is a size 8"), "hours later, words are no longer taken as more of the need");
    }

    @Test
    @DisplayName("'/done' without a number names the one post it could mean, ready to send, and does nothing; in a group never a post asked privately")
    void commandWithoutNumber() {
        chat.say("Rosa", "/need groceries for me and my 2 kids until friday");
        assertEquals(List.of("Which post? If it's your need #1 \"groceries for me and my 2 kids until friday\" send /done 1."), chat.say("Rosa", "/done"));
        chat.say("Keisha", "/claim 1");
        assertEquals(List.of("Which post? If it's #1 \"groceries for me and my 2 kids until friday\", which you took up, send /unclaim 1."),
                chat.say("Keisha", "/unclaim"));
        assertEquals(1, chat.count("SELECT count(*) FROM post WHERE status = 'claimed'"), "nothing was done without the number");
        chat.say("Rosa", "/offer a bag of kids clothes age 4-5");
        assertEquals(List.of("Which post? Type /cancel and its number, like /cancel 12. /list shows the numbers."), chat.say("Rosa", "/cancel"),
                "with two posts it could mean, the bot does not guess");
        chat.say("Marg", "/list");
        chat.privately("Marg", "/need someone to fetch my tablets from the chemist on friday");
        assertEquals(List.of("Which post? Type /done and its number, like /done 12. /list shows the numbers."), chat.say("Marg", "/done"),
                "a need asked privately is not named in the group");
        assertTrue(chat.privately("Marg", "/done").get(0).startsWith("Which post? If it's your need #3 "), "privately, it is");
    }

    @Test
    @DisplayName("Thanks naming the help are never offered for posting; a change of mind in passing drops the question; a post acted on answers it")
    void wordsNeverPosted() {
        chat.say("Mo", "/list");
        assertTrue(chat.privately("Mo", "thanks ken for the garden!!").get(0).startsWith("Glad to hear it! I don't pass messages on by myself."));
        assertTrue(chat.privately("Mo", "hana thank u so much").get(0).startsWith("Glad to hear it! I don't pass messages on by myself."),
                "thanks that start with a name are thanks too");
        assertTrue(chat.privately("Mo", "ok").get(0).startsWith("Sorry, I only understand commands."), "nothing was asked, so nothing is posted");
        assertTrue(chat.privately("Mo", "can someone help fix my fence on saturday").get(0).startsWith("Shall I post"));
        assertEquals(List.of("OK, I won't post it. Nothing was sent to anyone."), chat.privately("Mo", "actually forget it, my neighbour will do it"));
        chat.say("Mo", "/offer a buggy, barely used");
        assertTrue(chat.privately("Mo", "oh my sister wants the buggy after all, can someone take it down?").get(0).startsWith("Shall I post"));
        chat.privately("Mo", "/cancel 1");
        assertTrue(chat.privately("Mo", "ok").get(0).startsWith("Sorry, I only understand commands."), "the /cancel answered the question");
        assertEquals(0, chat.count("SELECT count(*) FROM post WHERE kind = 'need'"));
        assertTrue(chat.privately("Mo", "can someone help fix my fence on saturday").get(0).startsWith("Shall I post"));
        List<String> posted = chat.privately("Mo", "post");
        assertTrue(posted.stream().anyMatch(r -> r.startsWith("Posted in your group as #2")), "'post' alone is a yes: " + posted);
        assertEquals("can someone help fix my fence on saturday", chat.text("SELECT text FROM post WHERE number = 2"));
    }

    @Test
    @DisplayName("Someone talking through the bot who asks for more help is offered both: posting it, or passing it on")
    void newPleaDuringAConversation() {
        chat.say("Rosa", "/list");
        chat.say("Ken", "/list");
        chat.privately("Rosa", "/need a lift to the hospital on monday morning");
        chat.privately("Ken", "/claim 1");
        String asked = chat.privately("Rosa", "also my boiler is broken since yesterday, no hot water").get(0);
        assertTrue(asked.startsWith("Shall I post your message in your group as a need, without your name?"), asked);
        assertTrue(asked.endsWith("If it is for the neighbour you talk with about #1: /reply 1 and your message."), asked);
    }

    @Test
    @DisplayName("A story told in several messages is one line in /list")
    void storyOnOneListLine() {
        chat.say("Zed", "/list");
        chat.privately("Zed", "can someone help me get to the food bank on thursday");
        chat.privately("Zed", "i cant drive");
        chat.privately("Zed", "/post 1");
        String listed = chat.one("Bo", "/list");
        assertTrue(listed.contains("can someone help me get to the food bank on thursday / i cant drive"), listed);
    }
}
