package dev.dbtokens.client.autoconfigure.lifecycle;

import java.time.Duration;

import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockingTaskExecutor.TaskResult;

/**
 * Takes a job's lock through the application's ShedLock {@link LockProvider}, with ShedLock's own
 * {@link DefaultLockingTaskExecutor} and clock ({@link ClockProvider}). The lock is held at least
 * {@code lock-at-least-for} (nine tenths of the job's interval unless set, so that replicas whose
 * schedules are out of step skip the run), and at most {@code lock-at-most-for} (or that shortest
 * hold, when it is longer), in case the replica holding it dies.
 */
public final class ShedLockJobLock implements JobLock {

	private final LockProvider provider;

	private final LockingTaskExecutor executor;

	private final JobLockSettings settings;

	ShedLockJobLock(LockProvider provider, JobLockSettings settings) {
		this.provider = provider;
		this.executor = new DefaultLockingTaskExecutor(provider);
		this.settings = settings;
	}

	@Override
	public boolean runOnce(String job, Duration interval, Runnable task) {
		LockConfiguration lock = new LockConfiguration(ClockProvider.now(), this.settings.lockName(job),
				this.settings.lockAtMostFor(interval), this.settings.lockAtLeastFor(interval));
		TaskResult<Boolean> result;
		try {
			result = this.executor.executeWithLock(() -> {
				task.run();
				return Boolean.TRUE;
			}, lock);
		}
		catch (RuntimeException | Error ex) {
			throw ex;
		}
		catch (Throwable ex) {
			throw new IllegalStateException(ex);
		}
		return result.wasExecuted();
	}

	@Override
	public void checkJobName(String job) {
		this.settings.lockName(job);
	}

	@Override
	public String describe(String jobs) {
		return "The Databricks token jobs " + jobs + " run once across the replicas of this application, under the ShedLock "
				+ "locks '" + this.settings.lockName("<job>") + "' of " + this.provider.getClass().getSimpleName();
	}

}
