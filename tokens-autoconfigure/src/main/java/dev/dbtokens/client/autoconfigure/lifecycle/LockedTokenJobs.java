package dev.dbtokens.client.autoconfigure.lifecycle;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.context.SmartLifecycle;

/**
 * {@link TokenJobs} timed by Reactor ({@code Flux.interval} on the parallel scheduler, each run on
 * the bounded-elastic one, since a lock provider may block), each run through the {@link JobLock}.
 * Started with the context, stopped when it closes; the start says once how the jobs run.
 */
public final class LockedTokenJobs implements TokenJobs, SmartLifecycle {

	private static final Log logger = LogFactory.getLog(TokenJobs.class);

	private final JobLock lock;

	private final Map<String, Job> jobs = new LinkedHashMap<>();

	private boolean running;

	LockedTokenJobs(JobLock lock) {
		this.lock = lock;
	}

	@Override
	public synchronized Set<String> names() {
		return Collections.unmodifiableSet(new LinkedHashSet<>(this.jobs.keySet()));
	}

	@Override
	public synchronized void schedule(String name, Duration interval, Runnable task) {
		if (name == null || name.isBlank() || this.jobs.containsKey(name)) {
			throw new IllegalArgumentException("job name must be set and unique, was '" + name + "' (jobs: " + this.jobs.keySet() + ")");
		}
		if (interval == null || interval.isNegative() || interval.isZero()) {
			throw new IllegalArgumentException("interval of job '" + name + "' must be positive, was " + interval);
		}
		if (task == null) {
			throw new IllegalArgumentException("task of job '" + name + "' must not be null");
		}
		this.lock.checkJobName(name);
		Job job = new Job(name, interval, task);
		this.jobs.put(name, job);
		if (this.running) {
			job.start();
		}
	}

	@Override
	public boolean runNow(String name) {
		Job job;
		synchronized (this) {
			job = this.jobs.get(name);
		}
		if (job == null) {
			throw new IllegalArgumentException("No Databricks token job named '" + name + "': there are " + names());
		}
		return job.run();
	}

	@Override
	public synchronized void start() {
		if (!this.jobs.isEmpty()) {
			logger.info(this.lock.describe(this.jobs.keySet().toString()));
		}
		this.jobs.values().forEach(Job::start);
		this.running = true;
	}

	@Override
	public synchronized void stop() {
		this.jobs.values().forEach(Job::stop);
		this.running = false;
	}

	@Override
	public synchronized boolean isRunning() {
		return this.running;
	}

	@Override
	public String toString() {
		return "TokenJobs" + names();
	}

	private final class Job {

		private final String name;

		private final Duration interval;

		private final Runnable task;

		private @Nullable Disposable schedule;

		Job(String name, Duration interval, Runnable task) {
			this.name = name;
			this.interval = interval;
			this.task = task;
		}

		boolean run() {
			boolean ran;
			try {
				ran = LockedTokenJobs.this.lock.runOnce(this.name, this.interval, this::runTask);
			}
			catch (RuntimeException ex) {
				logger.warn("Databricks token job '" + this.name + "' did not run, its lock could not be taken; trying again in "
						+ this.interval + ": " + ex);
				return false;
			}
			if (!ran) {
				logger.debug("Databricks token job '" + this.name + "' skipped: another replica holds its lock");
			}
			return ran;
		}

		private void runTask() {
			try {
				this.task.run();
			}
			catch (RuntimeException ex) {
				if (isRunning()) {
					logger.warn("Databricks token job '" + this.name + "' failed, trying again in " + this.interval + ": " + ex);
				}
				else {
					logger.debug("Databricks token job '" + this.name + "' ended by the context closing: " + ex);
				}
			}
		}

		void start() {
			this.schedule = Flux.interval(this.interval, this.interval, Schedulers.parallel())
				.onBackpressureDrop()
				.concatMap((tick) -> Mono.fromRunnable(this::run).subscribeOn(Schedulers.boundedElastic()), 0)
				.subscribe();
		}

		void stop() {
			if (this.schedule != null) {
				this.schedule.dispose();
				this.schedule = null;
			}
		}

	}

}
