package org.mutualaid.config;

import java.util.List;

/** One configuration key: its name in the config file, the environment variable that overrides it, and its default. */
public enum Setting {
    DB_PATH("db.path", "AID_DB", "./mutual-aid.db",
            "The SQLite database file. Created on first start; keep it on a disk that is backed up."),
    LOG_LEVEL("log.level", "AID_LOG_LEVEL", "info",
            "How much the bot logs: error, warn, info or debug. Message text is never logged at info or above."),
    BOT_NAME("console.bot-name", "AID_BOT_NAME", "bot",
            "The console bot's user name, so that /need@bot is understood as it is on Telegram."),
    TIMEZONE("chat.timezone", "AID_TIMEZONE", "UTC",
            "The time zone a new chat's digest and quiet hours follow, e.g. Europe/Madrid; coordinators change it per chat."),
    CLAIM_AFTER("reminders.claim-after", "AID_CLAIM_AFTER", "3d",
            "A claim not marked done after this gets one reminder to the claimer and the author (e.g. 3d, 36h)."),
    BUMP_AFTER("reminders.bump-after", "AID_BUMP_AFTER", "2d",
            "An open need nobody claimed after this is mentioned once in the group's daily \"still waiting\" message."),
    RETENTION_DAYS("privacy.retention-days", "AID_RETENTION_DAYS", "90",
            "The text of a closed post (done, cancelled, expired) is erased this many days after it closed."),
    TELEGRAM_TOKEN("telegram.token", "TELEGRAM_BOT_TOKEN", "",
            "The bot token from @BotFather. Set it to run the bot on Telegram. Keep it secret: it is never logged."),
    TELEGRAM_API_URL("telegram.api-url", "TELEGRAM_API_URL", "https://api.telegram.org",
            "The Bot API server: the official one, a self-hosted telegram-bot-api, or a test emulator."),
    MATRIX_HOMESERVER("matrix.homeserver", "MATRIX_HOMESERVER", "",
            "The bot account's homeserver, e.g. https://matrix.example.org. With the user id and token, turns Matrix on."),
    MATRIX_USER_ID("matrix.user-id", "MATRIX_USER_ID", "",
            "The bot account's Matrix id, e.g. @aidbot:example.org."),
    MATRIX_ACCESS_TOKEN("matrix.access-token", "MATRIX_ACCESS_TOKEN", "",
            "The bot account's access token (Element: Settings, Help & About; or POST /_matrix/client/v3/login). Never logged."),
    MATRIX_INVITES_FROM("matrix.invites-from", "MATRIX_INVITES_FROM", "",
            "Join only rooms that these users or servers invite the bot to, comma-separated (@ana:example.org, example.org); empty: anyone.");

    private final String key;
    private final String env;
    private final String defaultValue;
    private final String help;

    Setting(String key, String env, String defaultValue, String help) {
        this.key = key;
        this.env = env;
        this.defaultValue = defaultValue;
        this.help = help;
    }

    public String key() {
        return key;
    }

    public String env() {
        return env;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public String help() {
        return help;
    }

    /** How an error names the setting, with the environment variable that can set it too: "log.level (AID_LOG_LEVEL)". */
    public String named() {
        return key + " (" + env + ")";
    }

    public static List<Setting> all() {
        return List.of(values());
    }
}
