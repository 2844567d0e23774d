package dev.dbtokens.client.autoconfigure.lifecycle;

import java.time.Duration;

import dev.dbtokens.client.lifecycle.TokenLifecycle;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Bulk revocation through the {@link TokenLifecycle} bean, and the lock of the jobs that run once
 * across replicas ({@link TokenJobs}), under {@code databricks.lifecycle}.
 */
@ConfigurationProperties("databricks.lifecycle")
public class DatabricksLifecycleProperties {

	/**
	 * Number of revocations a bulk revocation keeps in flight, at least 1; more than
	 * databricks.http.max-connections only wait for a connection.
	 */
	private int revokeConcurrency = TokenLifecycle.DEFAULT_CONCURRENCY;

	private final Lock lock = new Lock();

	public int getRevokeConcurrency() {
		return this.revokeConcurrency;
	}

	public void setRevokeConcurrency(int revokeConcurrency) {
		this.revokeConcurrency = revokeConcurrency;
	}

	public Lock getLock() {
		return this.lock;
	}

	/**
	 * The ShedLock lock of each {@link TokenJobs} run, under {@code databricks.lifecycle.lock}; used
	 * when the application has a ShedLock LockProvider bean.
	 */
	public static class Lock {

		/**
		 * Start of each job's lock name; the job's name follows, e.g. orphans.etl.
		 */
		private String namePrefix = JobLockSettings.DEFAULT_NAME_PREFIX;

		/**
		 * Longest time a job's lock is held, in case the replica holding it dies; longer than a job
		 * takes. A job's lock-at-least-for, when longer, takes its place.
		 */
		private Duration lockAtMostFor = JobLockSettings.DEFAULT_LOCK_AT_MOST_FOR;

		/**
		 * Shortest time a job's lock is held, so that replicas whose schedules are out of step skip
		 * the run. Defaults to nine tenths of each job's interval.
		 */
		private @Nullable Duration lockAtLeastFor;

		public String getNamePrefix() {
			return this.namePrefix;
		}

		public void setNamePrefix(String namePrefix) {
			this.namePrefix = namePrefix;
		}

		public Duration getLockAtMostFor() {
			return this.lockAtMostFor;
		}

		public void setLockAtMostFor(Duration lockAtMostFor) {
			this.lockAtMostFor = lockAtMostFor;
		}

		public @Nullable Duration getLockAtLeastFor() {
			return this.lockAtLeastFor;
		}

		public void setLockAtLeastFor(@Nullable Duration lockAtLeastFor) {
			this.lockAtLeastFor = lockAtLeastFor;
		}

	}

}
