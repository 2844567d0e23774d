package dev.dbtokens.client.autoconfigure.lifecycle;

import java.time.Duration;

import dev.dbtokens.client.autoconfigure.diagnostics.InvalidDatabricksPropertyException;
import org.jspecify.annotations.Nullable;

/**
 * {@code databricks.lifecycle.lock.*}, checked, and the defaults of those properties: the one place
 * for each.
 */
public record JobLockSettings(String namePrefix, Duration lockAtMostFor, @Nullable Duration lockAtLeastFor) {

	static final String DEFAULT_NAME_PREFIX = "databricks-tokens.";

	static final Duration DEFAULT_LOCK_AT_MOST_FOR = Duration.ofMinutes(10);

	/** The longest lock name ShedLock's JDBC table ({@code name VARCHAR(64)}) holds. */
	static final int MAX_LOCK_NAME_LENGTH = 64;

	private static final String PREFIX = "databricks.lifecycle.lock.";

	static JobLockSettings from(DatabricksLifecycleProperties.Lock lock) {
		String namePrefix = lock.getNamePrefix();
		if (namePrefix == null || namePrefix.length() > 32) {
			throw new InvalidDatabricksPropertyException(PREFIX + "name-prefix",
					"it must be set and at most 32 characters long, was " + namePrefix,
					"Set " + PREFIX + "name-prefix to a short prefix such as '" + DEFAULT_NAME_PREFIX
							+ "' (ShedLock's JDBC table holds lock names of up to " + MAX_LOCK_NAME_LENGTH + " characters).");
		}
		Duration atMost = lock.getLockAtMostFor();
		if (atMost == null || atMost.isNegative() || atMost.isZero()) {
			throw new InvalidDatabricksPropertyException(PREFIX + "lock-at-most-for", "it must be positive, was " + atMost,
					"Set " + PREFIX + "lock-at-most-for to a duration longer than a job takes, e.g. 10m.");
		}
		Duration atLeast = lock.getLockAtLeastFor();
		if (atLeast != null && (atLeast.isNegative() || atLeast.compareTo(atMost) > 0)) {
			throw new InvalidDatabricksPropertyException(PREFIX + "lock-at-least-for",
					"it must be zero or more and at most lock-at-most-for (" + atMost + "), was " + atLeast,
					"Set " + PREFIX + "lock-at-least-for below " + PREFIX + "lock-at-most-for, or remove it to hold each "
							+ "job's lock for nine tenths of its interval.");
		}
		return new JobLockSettings(namePrefix, atMost, atLeast);
	}

	/**
	 * The name of a job's lock.
	 * @throws IllegalArgumentException when it is longer than ShedLock's JDBC table holds: its
	 * insert would fail at every run, and the job would never run on any replica
	 */
	String lockName(String job) {
		String name = this.namePrefix + job;
		if (name.length() > MAX_LOCK_NAME_LENGTH) {
			throw new IllegalArgumentException("the lock name '" + name + "' of job '" + job + "' is " + name.length()
					+ " characters long; ShedLock's JDBC table holds lock names of up to " + MAX_LOCK_NAME_LENGTH + " characters");
		}
		return name;
	}

	/**
	 * The set value, or nine tenths of the job's interval: a replica whose schedule is out of step
	 * finds the lock still held, whatever the interval.
	 */
	Duration lockAtLeastFor(Duration interval) {
		return (this.lockAtLeastFor != null) ? this.lockAtLeastFor : interval.multipliedBy(9).dividedBy(10);
	}

	/**
	 * The set value, or {@link #lockAtLeastFor(Duration)} when that is longer (ShedLock refuses a
	 * lock held at least longer than at most): capping the shortest hold at lock-at-most-for instead
	 * would free the lock of a job whose interval is longer for every replica's run.
	 */
	Duration lockAtMostFor(Duration interval) {
		Duration atLeast = lockAtLeastFor(interval);
		return (atLeast.compareTo(this.lockAtMostFor) > 0) ? atLeast : this.lockAtMostFor;
	}

}
