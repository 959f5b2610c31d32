package org.mutualaid.config;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mutualaid.core.model.FollowUpRules;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The bot's settings: defaults, then the config file, then environment variables, then the
 * command line (--db). Checked once here, so that nothing later fails on a bad value.
 */
public record Config(Path dbPath, String logLevel, String botName, Telegram telegram, Matrix matrix, FollowUpRules rules) {

    /** Telegram's settings; present only when a token is set. The token never appears in toString(). */
    public record Telegram(String token, URI apiUrl) {
        public Telegram {
            // the token is "<digits>:<letters, digits, _ and ->"; anything else is a copy-paste slip
            if (!token.matches("[0-9]{1,20}:[A-Za-z0-9_-]{1,100}")) {
                throw new UsageException(Setting.TELEGRAM_TOKEN.named() + " does not look like a bot token: expected "
                        + "digits, a colon and letters, as @BotFather shows it, e.g. 123456789:AAHk...");
            }
        }

        @Override
        public String toString() {
            return "Telegram[apiUrl=" + apiUrl + ", token=(hidden)]";
        }
    }

    /**
     * Matrix's settings; present only when all three of homeserver, user id and token are set.
     * invitesFrom: user ids and server names whose invites the bot accepts; empty means anyone's.
     */
    public record Matrix(URI homeserver, String userId, String accessToken, List<String> invitesFrom) {
        public Matrix {
            if (!userId.matches("@[^:\\s]+:[^\\s]+")) {
                throw new UsageException(Setting.MATRIX_USER_ID.named() + " must be a full Matrix id like @aidbot:example.org; got '"
                        + userId + "'");
            }
            if (!accessToken.matches("\\S{8,}")) {
                throw new UsageException(Setting.MATRIX_ACCESS_TOKEN.named() + " does not look like an access token: "
                        + "expected one word of at least 8 characters, as Element or /login gives it");
            }
            for (String who : invitesFrom) {
                if (!who.matches("@[^:\\s]+:[^\\s]+|[A-Za-z0-9.-]+(:[0-9]{1,5})?")) {
                    throw new UsageException(Setting.MATRIX_INVITES_FROM.named() + " lists user ids (@ana:example.org) or "
                            + "server names (example.org), separated by commas; got '" + who + "'");
                }
            }
            invitesFrom = List.copyOf(invitesFrom);
        }

        @Override
        public String toString() {
            return "Matrix[homeserver=" + homeserver + ", userId=" + userId + ", accessToken=(hidden)]";
        }
    }

    private static final Set<String> LOG_LEVELS = Set.of("error", "warn", "info", "debug");

    public Config {
        if (dbPath == null || dbPath.toString().isBlank()) {
            throw new UsageException(Setting.DB_PATH.named() + " must name a file, e.g. ./mutual-aid.db");
        }
        logLevel = logLevel.toLowerCase(Locale.ROOT).strip();
        if (!LOG_LEVELS.contains(logLevel)) {
            throw new UsageException(Setting.LOG_LEVEL.named() + " must be one of error, warn, info, debug; got '" + logLevel + "'");
        }
        if (botName == null || !botName.matches("[A-Za-z0-9_]{1,64}")) {
            throw new UsageException(Setting.BOT_NAME.named() + " must be letters, digits or _, e.g. bot; got '" + botName + "'");
        }
    }

    /** Loads settings from an optional file and the environment; dbOverride (from --db) wins over both. */
    public static Config load(Path configFile, Map<String, String> env, Path dbOverride) {
        Properties file = new Properties();
        if (configFile != null) {
            if (!Files.isRegularFile(configFile)) throw new UsageException("Config file not found: " + configFile);
            try (Reader r = Files.newBufferedReader(configFile, StandardCharsets.UTF_8)) {
                file.load(r);
            } catch (IOException | IllegalArgumentException e) {
                throw new UsageException("Could not read config file " + configFile + ": " + e.getMessage());
            }
            for (String key : file.stringPropertyNames()) {
                if (Setting.all().stream().noneMatch(s -> s.key().equals(key))) {
                    throw new UsageException("Unknown setting '" + key + "' in " + configFile + ". See config.example.properties for the keys.");
                }
            }
        }
        Path db = dbOverride != null ? dbOverride : Path.of(value(Setting.DB_PATH, file, env));
        String token = value(Setting.TELEGRAM_TOKEN, file, env);
        Telegram telegram = token.isEmpty() ? null : new Telegram(token, apiUrl(value(Setting.TELEGRAM_API_URL, file, env)));
        FollowUpRules defaults = FollowUpRules.defaults(zone(value(Setting.TIMEZONE, file, env)));
        FollowUpRules rules = new FollowUpRules(defaults.zone(), defaults.digestAt(), defaults.quietFrom(), defaults.quietUntil(),
                defaults.needExpiry(), defaults.offerExpiry(), duration(Setting.CLAIM_AFTER, value(Setting.CLAIM_AFTER, file, env)),
                duration(Setting.BUMP_AFTER, value(Setting.BUMP_AFTER, file, env)), retention(value(Setting.RETENTION_DAYS, file, env)));
        return new Config(db, value(Setting.LOG_LEVEL, file, env), value(Setting.BOT_NAME, file, env), telegram, matrix(file, env),
                rules);
    }

    /** Config for tests and tools: the default follow-up rules. */
    public Config(Path dbPath, String logLevel, String botName, Telegram telegram) {
        this(dbPath, logLevel, botName, telegram, null, FollowUpRules.defaults(java.time.ZoneId.of("UTC")));
    }

    /** Config for tests: the default follow-up rules. */
    public Config(Path dbPath, String logLevel, String botName, Telegram telegram, Matrix matrix) {
        this(dbPath, logLevel, botName, telegram, matrix, FollowUpRules.defaults(java.time.ZoneId.of("UTC")));
    }

    private static Matrix matrix(Properties file, Map<String, String> env) {
        String homeserver = value(Setting.MATRIX_HOMESERVER, file, env);
        String user = value(Setting.MATRIX_USER_ID, file, env);
        String token = value(Setting.MATRIX_ACCESS_TOKEN, file, env);
        if (homeserver.isEmpty() && user.isEmpty() && token.isEmpty()) return null;
        List<String> missing = new java.util.ArrayList<>();
        for (Setting s : List.of(Setting.MATRIX_HOMESERVER, Setting.MATRIX_USER_ID, Setting.MATRIX_ACCESS_TOKEN)) {
            if (value(s, file, env).isEmpty()) missing.add(s.named());
        }
        if (!missing.isEmpty()) {
            throw new UsageException("Matrix needs a homeserver, a user id and an access token; missing: " + String.join(", ", missing));
        }
        List<String> invitesFrom = java.util.Arrays.stream(value(Setting.MATRIX_INVITES_FROM, file, env).split(","))
                .map(String::strip).filter(w -> !w.isEmpty()).toList();
        return new Matrix(httpUrl(Setting.MATRIX_HOMESERVER, homeserver, true), user, token, invitesFrom);
    }

    private static ZoneId zone(String text) {
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            throw new UsageException(Setting.TIMEZONE.named() + " must be a time zone name like Europe/Madrid or UTC; got '" + text + "'");
        }
    }

    private static Duration retention(String text) {
        if (!text.matches("\\d{1,4}") || Integer.parseInt(text) < 1) {
            throw new UsageException(Setting.RETENTION_DAYS.named() + " must be a number of days from 1 to 9999; got '" + text + "'");
        }
        return Duration.ofDays(Integer.parseInt(text));
    }

    /** "3d", "36h" or "90m". */
    private static Duration duration(Setting s, String text) {
        Matcher m = Pattern.compile("(\\d{1,4})([dhm])").matcher(text.toLowerCase(Locale.ROOT));
        if (!m.matches() || Integer.parseInt(m.group(1)) == 0) {
            throw new UsageException(s.named() + " must be like 3d, 36h or 90m; got '" + text + "'");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "d" -> Duration.ofDays(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofMinutes(n);
        };
    }

    private static URI apiUrl(String text) {
        return httpUrl(Setting.TELEGRAM_API_URL, text, false);
    }

    /** http(s)://host[:port], with a path only where pathAllowed (a homeserver behind a path prefix). */
    private static URI httpUrl(Setting s, String text, boolean pathAllowed) {
        try {
            URI uri = new URI(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
            if ((!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) || uri.getHost() == null
                    || uri.getQuery() != null || (!pathAllowed && uri.getPath() != null && !uri.getPath().isEmpty())) {
                throw new URISyntaxException(text, "not http(s)://host[:port]");
            }
            return uri;
        } catch (URISyntaxException e) {
            String example = s == Setting.TELEGRAM_API_URL ? "https://api.telegram.org" : "https://matrix.example.org";
            throw new UsageException(s.named() + " must be like " + example + " or http://127.0.0.1:9000; got '"
                    + text + "'");
        }
    }

    private static String value(Setting s, Properties file, Map<String, String> env) {
        String fromEnv = env.get(s.env());
        if (fromEnv != null && !fromEnv.isBlank()) return fromEnv.strip();
        String fromFile = file.getProperty(s.key());
        if (fromFile != null && !fromFile.isBlank()) return fromFile.strip();
        return s.defaultValue();
    }
}
