package org.mutualaid.core.model;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * What coordinators set for their chat, with the defaults filled in.
 *
 * @param digestAt      local time of the daily digest; null when it is off
 * @param quietFrom     start of the quiet hours (no reminders), local time
 * @param quietUntil    end of the quiet hours; may be earlier than quietFrom (over midnight)
 * @param lastDigestDay the local day the last daily digest went out; null if never
 * @param lastDigestAt  when it went out; null if never
 */
public record ChatSettings(
        ZoneId zone,
        LocalTime digestAt,
        DigestTo digestTo,
        boolean reminders,
        LocalTime quietFrom,
        LocalTime quietUntil,
        Duration needExpiry,
        Duration offerExpiry,
        LocalDate lastDigestDay,
        LocalDate lastBumpDay,
        java.time.Instant lastDigestAt) {

    /** Where the daily digest goes. */
    public enum DigestTo {
        PRIVATE, GROUP, BOTH;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Whether this local time falls in the quiet hours. */
    public boolean isQuiet(LocalTime t) {
        if (quietFrom.equals(quietUntil)) return false;
        return quietFrom.isBefore(quietUntil)
                ? !t.isBefore(quietFrom) && t.isBefore(quietUntil)
                : !t.isBefore(quietFrom) || t.isBefore(quietUntil);
    }

    public Duration expiry(PostKind kind) {
        return kind == PostKind.NEED ? needExpiry : offerExpiry;
    }
}
