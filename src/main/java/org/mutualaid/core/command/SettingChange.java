package org.mutualaid.core.command;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mutualaid.core.model.ChatSettings;

/** One change a coordinator asks for with /settings; each refusal carries a valid example. */
public sealed interface SettingChange {

    record Zone(ZoneId zone) implements SettingChange {}

    /** at is null to turn the digest off. */
    record DigestAt(LocalTime at) implements SettingChange {}

    record DigestTo(ChatSettings.DigestTo to) implements SettingChange {}

    record Reminders(boolean on) implements SettingChange {}

    record Quiet(LocalTime from, LocalTime until) implements SettingChange {}

    /** Either may be null: left as it is. */
    record Expiry(Integer needDays, Integer offerDays) implements SettingChange {}

    Pattern TIME = Pattern.compile("([01]?\\d|2[0-3])[:.]([0-5]\\d)");
    Pattern EXPIRY = Pattern.compile("(?:(needs?|offers?)\\s+(\\d{1,3})d?)(?:\\s+(needs?|offers?)\\s+(\\d{1,3})d?)?");
    int MAX_EXPIRY_DAYS = 365;

    /** "/settings ..." → what to change, or Command.Invalid with an example; no arguments shows the settings. */
    static Command parse(String args) {
        if (args.isBlank()) return new Command.Settings(null);
        String[] parts = args.strip().split("\\s+", 2);
        String what = parts[0].toLowerCase(Locale.ROOT);
        String value = parts.length > 1 ? parts[1].strip() : "";
        return switch (what) {
            case "timezone", "tz", "zone" -> zone(value);
            case "digest" -> digest(value);
            case "digest-to" -> digestTo(value);
            case "reminders" -> reminders(value);
            case "quiet" -> quiet(value);
            case "expiry" -> expiry(value);
            default -> new Command.Invalid("I can change: timezone, digest, digest-to, reminders, quiet, expiry. "
                    + "For example: /settings digest 08:30. /settings alone shows them all.");
        };
    }

    private static Command zone(String value) {
        // region names only (Europe/Madrid): offsets like +02:00 would not follow daylight saving time
        String id = value.equalsIgnoreCase("UTC") ? "UTC" : ZoneId.getAvailableZoneIds().stream()
                .filter(z -> z.contains("/") && z.equalsIgnoreCase(value)).findFirst().orElse(null);
        return id == null
                ? new Command.Invalid("I don't know that time zone. Use a name like /settings timezone Europe/Madrid "
                        + "or America/New_York (or UTC).")
                : new Command.Settings(new Zone(ZoneId.of(id)));
    }

    private static Command digest(String value) {
        if (value.equalsIgnoreCase("off")) return new Command.Settings(new DigestAt(null));
        LocalTime t = time(value);
        return t == null ? new Command.Invalid("Please give a time of day like /settings digest 08:30, or /settings digest off.")
                : new Command.Settings(new DigestAt(t));
    }

    private static Command digestTo(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "private" -> new Command.Settings(new DigestTo(ChatSettings.DigestTo.PRIVATE));
            case "group" -> new Command.Settings(new DigestTo(ChatSettings.DigestTo.GROUP));
            case "both" -> new Command.Settings(new DigestTo(ChatSettings.DigestTo.BOTH));
            default -> new Command.Invalid("Where should the digest go? /settings digest-to private, group or both.");
        };
    }

    private static Command reminders(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "on" -> new Command.Settings(new Reminders(true));
            case "off" -> new Command.Settings(new Reminders(false));
            default -> new Command.Invalid("Please say /settings reminders on, or /settings reminders off.");
        };
    }

    private static Command quiet(String value) {
        // no quiet hours: the same time at both ends, as ChatSettings reads it
        if (Set.of("off", "none", "no").contains(value.toLowerCase(Locale.ROOT))) return new Command.Settings(new Quiet(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT));
        String[] ends = value.split("\\s*-\\s*");
        LocalTime from = ends.length == 2 ? time(ends[0]) : null;
        LocalTime until = ends.length == 2 ? time(ends[1]) : null;
        return from == null || until == null
                ? new Command.Invalid("Please give the quiet hours like /settings quiet 21:00-08:00, or /settings quiet off.")
                : new Command.Settings(new Quiet(from, until));
    }

    private static Command expiry(String value) {
        Matcher m = EXPIRY.matcher(value.toLowerCase(Locale.ROOT));
        Command invalid = new Command.Invalid("Please give days like /settings expiry needs 14d offers 30d (1 to "
                + MAX_EXPIRY_DAYS + " days).");
        if (!m.matches()) return invalid;
        Integer needs = null;
        Integer offers = null;
        for (int g = 1; g <= 3; g += 2) {
            if (m.group(g) == null) continue;
            int days = Integer.parseInt(m.group(g + 1));
            if (days < 1 || days > MAX_EXPIRY_DAYS) return invalid;
            if (m.group(g).startsWith("need")) needs = days;
            else offers = days;
        }
        return new Command.Settings(new Expiry(needs, offers));
    }

    private static LocalTime time(String value) {
        Matcher m = TIME.matcher(value.strip());
        return m.matches() ? LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))) : null;
    }
}
