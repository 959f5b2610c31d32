package org.mutualaid;

/** slf4j-simple reads its settings once, when the first logger is made: set them before that. */
final class Logging {

    private static final String PREFIX = "org.slf4j.simpleLogger.";

    private Logging() {}

    /** quietByDefault: the console and match-file print to stdout, so only warnings reach the terminal. */
    static void configure(String level, boolean quietByDefault) {
        String effective = quietByDefault && level.equals("info") ? "warn" : level;
        setIfAbsent("defaultLogLevel", effective);
        setIfAbsent("logFile", "System.err");
        setIfAbsent("showDateTime", "true");
        setIfAbsent("dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
        setIfAbsent("showShortLogName", "true");
        setIfAbsent("showLogName", "false");
        // its poll failures print a stack trace each time; PollWatch says the same in one line
        setIfAbsent("log.org.telegram.telegrambots.longpolling.BotSession", "off");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(PREFIX + key) == null) System.setProperty(PREFIX + key, value);
    }
}
