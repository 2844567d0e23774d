package dev.dbtokens.client.autoconfigure.lifecycle;

import java.time.Duration;

/**
 * How a {@link TokenJobs} run is kept to one replica at a time: through ShedLock when the
 * application has a {@code LockProvider} ({@link ShedLockJobLock}), or not at all.
 */
public interface JobLock {

	/** Runs every job on this replica, without a lock. */
	JobLock LOCAL = new JobLock() {

		@Override
		public boolean runOnce(String job, Duration interval, Runnable task) {
			task.run();
			return true;
		}

		@Override
		public String describe(String jobs) {
			return "There is no ShedLock LockProvider bean: the Databricks token jobs " + jobs
					+ " run on every replica of this application. Declare a LockProvider bean (ShedLock, on the "
					+ "application's own store) to run each once across the replicas.";
		}

	};

	/**
	 * Runs a task unless another replica holds the job's lock.
	 * @return whether the task ran
	 */
	boolean runOnce(String job, Duration interval, Runnable task);

	/**
	 * Checks, when a job is scheduled, that its lock can be taken under its name.
	 * @throws IllegalArgumentException when it cannot
	 */
	default void checkJobName(String job) {
	}

	/** One line for the start-up log, saying how the jobs are run. */
	String describe(String jobs);

}
