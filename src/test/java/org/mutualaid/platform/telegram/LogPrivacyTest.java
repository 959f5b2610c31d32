package org.mutualaid.platform.telegram;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Logs at info: no message text, no names, no token (the real `run` in its own JVM)")
class LogPrivacyTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("A conversation with a refused send and a button press leaves no member text, name or token in the log")
    void nothingPrivateInTheLog() throws Exception {
        String token = "987654:LogTestToken_secret";
        try (FakeBotApi api = new FakeBotApi(token, "AidBot", 999, Clock.systemUTC()).start()) {
            Path log = dir.resolve("bot.log");
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "org.mutualaid.Main", "run", "--db", dir.resolve("log.db").toString());
            pb.environment().put("TELEGRAM_BOT_TOKEN", token);
            pb.environment().put("TELEGRAM_API_URL", api.url());
            pb.environment().put("AID_LOG_LEVEL", "info");
            pb.redirectErrorStream(true).redirectOutput(log.toFile());
            Process bot = pb.start();
            try {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                while (!Files.readString(log).contains("is running on Telegram")) {
                    assertTrue(bot.isAlive() && System.nanoTime() < deadline, "the bot did not start: " + Files.readString(log));
                    Thread.sleep(50);
                }
                FakeBotApi.User zed = new FakeBotApi.User(77, "Zebedeezq", "Quorrin", "zebzq");
                FakeBotApi.Chat group = FakeBotApi.Chat.supergroup(-100777, "Secret Garden Aid");
                api.pushMessage(group, zed, "/offer@AidBot spare insulin cooler qzsecretword");
                FakeBotApi.Sent first = api.awaitSent(1, Duration.ofSeconds(15)).get(0);
                api.failNext("sendMessage", 400, "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: can't parse entities\"}");
                api.pushMessage(group, zed, "/need@AidBot a lift to my qzsecretclinic");
                api.pushMessage(group, zed, "/list@AidBot");
                api.pushCallback(new FakeBotApi.User(78, "Ysoldezq", null, null), api.messageOf(first), "claim:1");
                api.awaitSent(2, Duration.ofSeconds(15));
                Thread.sleep(500);
            } finally {
                bot.destroy();
                bot.waitFor(10, TimeUnit.SECONDS);
            }
            String text = Files.readString(log);
            assertTrue(text.contains("INFO"), "info lines are there: " + text);
            assertTrue(text.contains("can never be sent"), "the refused send is logged: " + text);
            for (String secret : List.of("qzsecret", "insulin", "Zebedeezq", "Quorrin", "zebzq", "Ysoldezq", "Secret Garden", token, "LogTestToken")) {
                assertFalse(text.contains(secret), "'" + secret + "' is in the log:\n" + text);
            }
        }
    }
}
