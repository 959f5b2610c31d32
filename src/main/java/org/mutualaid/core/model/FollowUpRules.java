package org.mutualaid.core.model;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The defaults a chat starts with, from the configuration, and the waits before the bot follows
 * up by itself.
 *
 * @param claimAfter a claim not done after this gets one reminder
 * @param bumpAfter  an open need with no claim after this is bumped once into the group
 * @param retention  the text of a closed post is erased this long after it closed
 */
public record FollowUpRules(
        ZoneId zone,
        LocalTime digestAt,
        LocalTime quietFrom,
        LocalTime quietUntil,
        Duration needExpiry,
        Duration offerExpiry,
        Duration claimAfter,
        Duration bumpAfter,
        Duration retention) {

    public static FollowUpRules defaults(ZoneId zone) {
        return new FollowUpRules(zone, LocalTime.of(9, 0), LocalTime.of(21, 0), LocalTime.of(8, 0),
                Duration.ofDays(14), Duration.ofDays(30), Duration.ofDays(3), Duration.ofDays(2), Duration.ofDays(90));
    }
}
