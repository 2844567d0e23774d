package dev.dbtokens.client.autoconfigure.lifecycle;

import java.time.Duration;
import java.util.Set;

/**
 * Scheduled jobs that must run once across the replicas of an application, such as the cleanup of
 * each rotation's orphans ({@code orphans.<rotation>}). When the application has a ShedLock
 * {@code LockProvider} bean, each run takes the lock {@code <name-prefix><job name>} through it
 * ({@code databricks.lifecycle.lock.*}), and a replica that finds the lock taken skips that run;
 * without one, every replica runs every job on its own (the start-up log says so once).
 */
public interface TokenJobs {

	/**
	 * Returns the names of the jobs.
	 * @return the job names, in the order they were scheduled
	 */
	Set<String> names();

	/**
	 * Schedules a job: it runs every {@code interval}, the first time one interval after the
	 * context started (or after this call, when it has started already).
	 * @param name the job's name, unique, part of its lock's name
	 * @param interval the time between two runs, positive
	 * @param task the job; what it throws is logged and the job goes on at the next interval
	 * @throws IllegalArgumentException when the name is blank, taken or too long for its lock's name, or the
	 * interval not positive
	 */
	void schedule(String name, Duration interval, Runnable task);

	/**
	 * Runs a job now, as its schedule does: under its lock when there is a {@code LockProvider}.
	 * @param name the job's name
	 * @return whether it ran here ({@code false}: another replica holds its lock)
	 * @throws IllegalArgumentException when there is no job of that name
	 */
	boolean runNow(String name);

}
