package org.mutualaid.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that moves only when told: for replaying files, benchmarks and tests. */
public final class ManualClock extends Clock {

    private volatile Instant now;
    private final ZoneId zone;

    public ManualClock(Instant start) {
        this(start, ZoneOffset.UTC);
    }

    public ManualClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    public void advance(Duration d) {
        now = now.plus(d);
    }

    public void set(Instant instant) {
        now = instant;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId z) {
        return new ManualClock(now, z);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
