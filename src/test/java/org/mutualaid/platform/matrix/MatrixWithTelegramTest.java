package org.mutualaid.platform.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mutualaid.Service;
import org.mutualaid.config.Config;
import org.mutualaid.platform.telegram.FakeBotApi;

class MatrixWithTelegramTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("One process and one database serve a Telegram group and a Matrix room as different chats; a refused Matrix token leaves Telegram running")
    void bothPlatforms() throws Exception {
        FakeBotApi.User ana = new FakeBotApi.User(12, "Ana", null, null);
        FakeBotApi.Chat group = FakeBotApi.Chat.supergroup(-100777, "Riverside Aid on Telegram");
        try (FakeBotApi tg = new FakeBotApi("123456:test-token_abc", "AidBot", 999, Clock.systemUTC()).start();
             MatrixHarness mx = new MatrixHarness(dir)) {
            Config config = new Config(dir.resolve("aid.db"), "warn", "bot", new Config.Telegram("123456:test-token_abc", URI.create(tg.url())),
                    mx.matrixConfig(List.of()));
            try (Service service = Service.start(config, Clock.systemUTC())) {
                String room = mx.groupRoom();
                tg.pushMessage(group, ana, "/need a winter coat, size 6");
                mx.hs.say(mx.maya, room, "!need a ride to the dialysis clinic");
                assertTrue(tg.awaitSent(1, Duration.ofSeconds(15)).get(0).text().contains("Your need is #1"));
                assertTrue(mx.replyBody(room, 1).contains("Your need is #1"), "numbers are per chat: " + mx.replyBody(room, 1));
                try (var c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("aid.db"));
                     ResultSet rs = c.createStatement().executeQuery("SELECT platform FROM chat ORDER BY platform")) {
                    rs.next();
                    assertEquals("matrix", rs.getString(1));
                    rs.next();
                    assertEquals("telegram", rs.getString(1));
                }

                mx.hs.refuseBotToken();
                mx.hs.say(mx.maya, room, "!list");
                Thread.sleep(1_000);
                tg.pushMessage(group, ana, "/list");
                assertTrue(tg.awaitSent(2, Duration.ofSeconds(15)).get(1).text().startsWith("Open posts"), "Telegram goes on");
            }
        }
    }
}
