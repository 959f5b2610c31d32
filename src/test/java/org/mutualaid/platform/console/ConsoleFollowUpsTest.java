package org.mutualaid.platform.console;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mutualaid.App;
import org.mutualaid.store.Database;
import org.mutualaid.time.ManualClock;

@DisplayName("The console runs the digests and reminders that have fallen due before each line, as the service does every minute")
class ConsoleFollowUpsTest {

    @Test
    @DisplayName("A digest set for a minute ahead is printed before the next line typed after that minute")
    void digestBeforeNextLine(@TempDir Path dir) throws Exception {
        ManualClock clock = new ManualClock(Instant.parse("2026-03-02T10:00:00Z"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        try (App app = new App(Database.open(dir.resolve("c.db")), clock, List.of(new ConsoleMessenger(out, dir)))) {
            ConsoleChat chat = new ConsoleChat(app.bot(), app.dispatcher(), "bot", out, List.of("rosa"), () -> app.followUps().runDue());
            chat.run(new BufferedReader(new StringReader("""
                    rosa: /settings digest-to group
                    bo: /need a ride to the clinic on Thursday
                    rosa: /settings digest 10:01
                    """)), false);
            assertFalse(bytes.toString(StandardCharsets.UTF_8).contains("Daily digest"), "not due yet");
            clock.advance(Duration.ofMinutes(2));
            chat.run(new BufferedReader(new StringReader("bo: /list\n")), false);
            String printed = bytes.toString(StandardCharsets.UTF_8);
            int digest = printed.indexOf("bot: Daily digest for your group");
            assertTrue(digest > 0 && digest < printed.lastIndexOf("bot: Open posts:"), "the digest comes before the answer to the line: " + printed);
        }
    }
}
