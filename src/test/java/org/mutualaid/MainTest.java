package org.mutualaid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mutualaid.config.Setting;

class MainTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("help prints the usage and succeeds")
    void help() {
        MainRunner.Result r = MainRunner.run(List.of("help"), Map.of(), "");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().startsWith("Usage: java -jar mutual-aid-bot.jar <command>"), r.out());
    }

    @Test
    @DisplayName("An unknown command, an unknown option or a missing value prints the usage and fails")
    void usageErrors() {
        for (List<String> args : List.<List<String>>of(List.of(), List.of("serve"), List.of("console", "--verbose"), List.of("console", "--db"),
                List.of("match-file"), List.of("match-fit"), List.of("match-fit", "a.jsonl", "--coordinators", "ana"), List.of("console", "extra"))) {
            MainRunner.Result r = MainRunner.run(args, Map.of(), "");
            assertEquals(2, r.exitCode(), args.toString());
            assertTrue(r.err().contains("Usage: java -jar mutual-aid-bot.jar"), args + ": " + r.err());
        }
    }

    @Test
    @DisplayName("run without a chat platform says how to try the console and fails")
    void runWithoutPlatform() {
        MainRunner.Result r = MainRunner.run(List.of("run", "--db", dir.resolve("x.db").toString()), Map.of(), "");
        assertEquals(1, r.exitCode());
        assertEquals(2, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("java -jar target/mutual-aid-bot.jar console"), r.err());
    }

    @Test
    @DisplayName("A token that cannot be one, or a bad API address, is refused in one line that does not repeat it")
    void malformedTelegramSettings() {
        MainRunner.Result r = MainRunner.run(List.of("run", "--db", dir.resolve("x.db").toString()),
                Map.of("TELEGRAM_BOT_TOKEN", "paste-your-token-here"), "");
        assertEquals(2, r.exitCode());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("does not look like a bot token") && !r.err().contains("paste-your"), r.err());
        MainRunner.Result url = MainRunner.run(List.of("run", "--db", dir.resolve("x.db").toString()),
                Map.of("TELEGRAM_BOT_TOKEN", "123:abc", "TELEGRAM_API_URL", "api.telegram.org/bot"), "");
        assertEquals(2, url.exitCode());
        assertTrue(url.err().startsWith("telegram.api-url (TELEGRAM_API_URL) must be like"), url.err());
    }

    @Test
    @DisplayName("Matrix settings that are incomplete or malformed are refused in one line that never repeats the token")
    void malformedMatrixSettings() {
        String db = dir.resolve("x.db").toString();
        MainRunner.Result missing = MainRunner.run(List.of("run", "--db", db),
                Map.of("MATRIX_HOMESERVER", "https://matrix.example.org", "MATRIX_ACCESS_TOKEN", "syt_secret_token_value"), "");
        assertEquals(2, missing.exitCode());
        assertEquals("Matrix needs a homeserver, a user id and an access token; missing: matrix.user-id (MATRIX_USER_ID)",
                missing.err().strip());
        MainRunner.Result user = MainRunner.run(List.of("run", "--db", db), Map.of("MATRIX_HOMESERVER", "https://matrix.example.org",
                "MATRIX_USER_ID", "aidbot", "MATRIX_ACCESS_TOKEN", "syt_secret_token_value"), "");
        assertEquals(2, user.exitCode());
        assertTrue(user.err().startsWith("matrix.user-id (MATRIX_USER_ID) must be a full Matrix id"), user.err());
        MainRunner.Result server = MainRunner.run(List.of("run", "--db", db), Map.of("MATRIX_HOMESERVER", "matrix.example.org",
                "MATRIX_USER_ID", "@aidbot:example.org", "MATRIX_ACCESS_TOKEN", "syt_secret_token_value"), "");
        assertEquals(2, server.exitCode());
        assertTrue(server.err().startsWith("matrix.homeserver (MATRIX_HOMESERVER) must be like"), server.err());
        for (MainRunner.Result r : List.of(missing, user, server)) assertFalse(r.err().contains("syt_secret"), r.err());
    }

    @Test
    @DisplayName("A bad value of any setting is refused in one line that names its key and its environment variable")
    void everySettingNamedWithItsVariable() {
        String token = "123:abc", user = "@aidbot:example.org", secret = "syt_secret_token_value";
        Map<Setting, Map<String, String>> bad = new java.util.EnumMap<>(Setting.class);
        bad.put(Setting.LOG_LEVEL, Map.of("AID_LOG_LEVEL", "loud"));
        bad.put(Setting.BOT_NAME, Map.of("AID_BOT_NAME", "my bot"));
        bad.put(Setting.TIMEZONE, Map.of("AID_TIMEZONE", "Mars/Olympus"));
        bad.put(Setting.CLAIM_AFTER, Map.of("AID_CLAIM_AFTER", "soon"));
        bad.put(Setting.BUMP_AFTER, Map.of("AID_BUMP_AFTER", "0d"));
        bad.put(Setting.RETENTION_DAYS, Map.of("AID_RETENTION_DAYS", "forever"));
        bad.put(Setting.TELEGRAM_TOKEN, Map.of("TELEGRAM_BOT_TOKEN", "paste-it-here"));
        bad.put(Setting.TELEGRAM_API_URL, Map.of("TELEGRAM_BOT_TOKEN", token, "TELEGRAM_API_URL", "api.telegram.org/bot"));
        bad.put(Setting.MATRIX_HOMESERVER, Map.of("MATRIX_HOMESERVER", "matrix.example.org", "MATRIX_USER_ID", user,
                "MATRIX_ACCESS_TOKEN", secret));
        bad.put(Setting.MATRIX_USER_ID, Map.of("MATRIX_HOMESERVER", "https://matrix.example.org", "MATRIX_USER_ID", "aidbot",
                "MATRIX_ACCESS_TOKEN", secret));
        bad.put(Setting.MATRIX_ACCESS_TOKEN, Map.of("MATRIX_HOMESERVER", "https://matrix.example.org", "MATRIX_USER_ID", user,
                "MATRIX_ACCESS_TOKEN", "short"));
        bad.put(Setting.MATRIX_INVITES_FROM, Map.of("MATRIX_HOMESERVER", "https://matrix.example.org", "MATRIX_USER_ID", user,
                "MATRIX_ACCESS_TOKEN", secret, "MATRIX_INVITES_FROM", "ana at example"));
        bad.forEach((setting, env) -> {
            MainRunner.Result r = MainRunner.run(List.of("console", "--db", dir.resolve("x.db").toString()), env, "");
            assertEquals(2, r.exitCode(), setting + ": " + r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().startsWith(setting.key() + " (" + setting.env() + ") "), r.err());
        });
        MainRunner.Result db = MainRunner.run(List.of("console", "--db", " "), Map.of(), "");
        assertTrue(db.err().startsWith("db.path (AID_DB) must name a file"), db.err());
        assertEquals(Setting.all().size(), bad.size() + 1, "every setting is tried");
    }

    @Test
    @DisplayName("Settings come from the config file, environment variables win over it, and unknown keys are refused")
    void configFile() throws Exception {
        Path config = dir.resolve("bot.properties");
        Files.writeString(config, "db.path=" + dir.resolve("from-file.db") + "\nconsole.bot-name=AidBot\n");
        MainRunner.Result r = MainRunner.run(List.of("console", "--config", config.toString()), Map.of(), "ana: /need@AidBot a lamp\n");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("Your need is #1"), r.out());
        assertTrue(Files.exists(dir.resolve("from-file.db")));

        MainRunner.run(List.of("console", "--config", config.toString()), Map.of("AID_DB", dir.resolve("from-env.db").toString()), "/list\n");
        assertTrue(Files.exists(dir.resolve("from-env.db")));

        Files.writeString(config, "db.pth=x.db\n");
        MainRunner.Result bad = MainRunner.run(List.of("console", "--config", config.toString()), Map.of(), "");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("Unknown setting 'db.pth'"), bad.err());
    }

    @Test
    @DisplayName("A database that cannot be opened stops the bot with one clear line")
    void badDatabasePath() {
        MainRunner.Result r = MainRunner.run(List.of("console", "--db", dir.resolve("missing/dir/x.db").toString()), Map.of(), "");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().startsWith("The folder for the database does not exist"), r.err());
    }
}
