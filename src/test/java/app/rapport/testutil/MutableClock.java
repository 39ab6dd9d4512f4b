package app.rapport.testutil;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** A wall clock tests move by hand: forward, back, across nights and daylight-saving changes. */
public final class MutableClock extends Clock {
    private volatile Instant now;
    private final ZoneId zone;

    public MutableClock(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /** At a local date-time in {@code zone} (the earlier offset when it happens twice). */
    public static MutableClock at(String localDateTime, String zone) {
        ZoneId id = ZoneId.of(zone);
        return new MutableClock(ZonedDateTime.of(LocalDateTime.parse(localDateTime), id).toInstant(), id);
    }

    public void set(Instant instant) {
        now = instant;
    }

    /** To a local date-time in the clock's zone (the earlier offset when it happens twice). */
    public void setLocal(String localDateTime) {
        now = ZonedDateTime.of(LocalDateTime.parse(localDateTime), zone).toInstant();
    }

    public void advance(Duration by) {
        now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new MutableClock(now, other);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
