package org.mutualaid.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mutualaid.TestChat;

@DisplayName("Retention: the text of closed posts is erased after 90 days, from the database file too")
class RetentionTest {

    @TempDir
    Path dir;
    TestChat chat;

    @BeforeEach
    void open() {
        chat = new TestChat(dir.resolve("keep.db"));
    }

    @AfterEach
    void close() {
        chat.close();
    }

    private String fileText() throws Exception {
        return TestChat.fileBytes(dir.resolve("keep.db"));
    }

    @Test
    @DisplayName("A post closed 90 days ago loses its text and tags; open posts, numbers and counts stay")
    void erasesClosedText() throws Exception {
        chat.say("Bo", "/offer a spare pram, barely used");
        chat.say("Cy", "/need a pram for the newborn zqxwvfoo #bigfamily");
        chat.say("Bo", "/claim 2");
        chat.say("Cy", "/done 2");
        chat.say("Di", "/need an open request yvwqkbar");
        assertTrue(fileText().contains("zqxwvfoo"), "the check can see text in the file");

        chat.clock.advance(Duration.ofDays(89));
        assertEquals(0, chat.app().bot().eraseOldText(), "not before the retention has passed");
        chat.clock.advance(Duration.ofDays(2));
        assertEquals(1, chat.app().bot().eraseOldText());

        String file = fileText();
        assertFalse(file.contains("zqxwvfoo"), "the closed post's text is gone from the file and its log");
        assertFalse(file.contains("bigfamily"), "and its tags");
        assertTrue(file.contains("yvwqkbar"), "open posts keep their text");
        assertTrue(chat.one("Di", "/list").contains("#3 need"));
        assertEquals("#2 is already closed (done). /list shows what is still open.", chat.one("Cy", "/done 2"));
        chat.clock.advance(Duration.ofDays(1));
        assertEquals(0, chat.app().bot().eraseOldText(), "erased once");
    }
}
