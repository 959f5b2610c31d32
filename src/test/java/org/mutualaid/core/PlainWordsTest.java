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

@DisplayName("Words that are not a command: one line of what to do in a private chat, nothing in a group")
class PlainWordsTest {

    static final String HINT = "Sorry, I only understand commands. To ask your group for help without your name, type /need and what you need; "
            + "to offer help, /offer and what you can do. /help shows the rest.";

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
    @DisplayName("'hello?' in a private chat gets one line saying what the member can do, and changes nothing; in the group it gets nothing")
    void privateHelloIsAnswered() {
        assertEquals(List.of(HINT), chat.privately("Ana", "hello?"));
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
}
