package dev.dbtokens.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that tests move by hand, to expire tokens and access tokens without sleeping.
 * Thread-safe.
 */
public final class MutableClock extends Clock {

	private final Clock base;

	private final AtomicReference<Duration> offset;

	private final ZoneId zone;

	private MutableClock(Clock base, AtomicReference<Duration> offset, ZoneId zone) {
		this.base = base;
		this.offset = offset;
		this.zone = zone;
	}

	/**
	 * Creates a clock in UTC that stands at the given instant until moved.
	 * @param instant the starting instant
	 * @return a new clock
	 */
	public static MutableClock at(Instant instant) {
		return new MutableClock(Clock.fixed(instant, ZoneOffset.UTC), new AtomicReference<>(Duration.ZERO),
				ZoneOffset.UTC);
	}

	/**
	 * Creates a clock in UTC that follows the system clock, shifted by every move.
	 * @return a new clock, at the system time until moved
	 */
	public static MutableClock ticking() {
		return new MutableClock(Clock.systemUTC(), new AtomicReference<>(Duration.ZERO), ZoneOffset.UTC);
	}

	/**
	 * Moves the clock forward (or backward, for a negative duration).
	 * @param duration how far to move
	 */
	public void advance(Duration duration) {
		this.offset.updateAndGet((shift) -> shift.plus(duration));
	}

	/**
	 * Sets the clock to the given instant.
	 * @param instant the new current instant
	 */
	public void set(Instant instant) {
		this.offset.set(Duration.between(this.base.instant(), instant));
	}

	/**
	 * Returns the current instant of this clock.
	 * @return the instant last set, moved on by the system clock for a {@link #ticking()} clock
	 */
	@Override
	public Instant instant() {
		return this.base.instant().plus(this.offset.get());
	}

	/**
	 * Returns the zone of this clock.
	 * @return the zone, UTC unless changed with {@link #withZone(ZoneId)}
	 */
	@Override
	public ZoneId getZone() {
		return this.zone;
	}

	/**
	 * Returns a view of this clock in another zone; moving either moves both.
	 * @param zone the zone of the view
	 * @return a clock sharing this clock's time
	 */
	@Override
	public Clock withZone(ZoneId zone) {
		return new MutableClock(this.base, this.offset, zone);
	}

}
