package dev.dbtokens.benchmarks;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.netty.util.HashedWheelTimer;
import io.netty.util.Timeout;
import reactor.core.publisher.Mono;

/**
 * What a call's deadline costs, three ways, in one JVM: no deadline, {@code Mono.timeout(Duration)}
 * (a task on Reactor's parallel scheduler per call) and a timeout on Netty's
 * {@link HashedWheelTimer} (what {@code TokensClient} uses). Each caller thread runs a call that
 * completes on another thread, as an answer from an event loop does, bounded by a 5-minute
 * deadline that never fires; prints calls/s and process CPU per call for 1 and 32 callers.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar dev.dbtokens.benchmarks.DeadlineTimers}
 */
public final class DeadlineTimers {

	private static final Duration DEADLINE = Duration.ofMinutes(5);

	private static final HashedWheelTimer WHEEL = new HashedWheelTimer((task) -> {
		Thread thread = new Thread(task, "wheel");
		thread.setDaemon(true);
		return thread;
	}, 10, TimeUnit.MILLISECONDS, 512);

	private DeadlineTimers() {
	}

	public static void main(String[] args) throws InterruptedException {
		ExecutorService answers = Executors.newFixedThreadPool(2);
		long windowMs = Long.getLong("bench.window", 3_000);
		for (int callers : new int[] { 1, 32 }) {
			for (int round = 0; round < 3; round++) {
				for (String way : new String[] { "none", "Mono.timeout", "wheel" }) {
					run(way, callers, windowMs, answers);
				}
			}
		}
		answers.shutdownNow();
	}

	private static void run(String way, int callers, long windowMs, ExecutorService answers) throws InterruptedException {
		AtomicLong calls = new AtomicLong();
		long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(windowMs);
		long cpu = processCpuNanos();
		Thread[] threads = new Thread[callers];
		for (int i = 0; i < callers; i++) {
			threads[i] = new Thread(() -> {
				while (System.nanoTime() < end) {
					Mono<Integer> call = Mono.fromFuture(() -> CompletableFuture.supplyAsync(() -> 1, answers));
					bounded(way, call).block();
					calls.incrementAndGet();
				}
			});
			threads[i].start();
		}
		for (Thread thread : threads) {
			thread.join();
		}
		double cpuPerCall = (processCpuNanos() - cpu) / 1_000.0 / calls.get();
		System.out.printf(Locale.ROOT, "%-13s callers %2d: %,9d calls/s, %6.2f µs CPU per call%n", way, callers,
				calls.get() * 1_000 / windowMs, cpuPerCall);
	}

	private static Mono<Integer> bounded(String way, Mono<Integer> call) {
		return switch (way) {
			case "none" -> call;
			case "Mono.timeout" -> call.timeout(DEADLINE);
			default -> call.timeout(Mono.create((sink) -> {
				Timeout timeout = WHEEL.newTimeout((fired) -> sink.success(0L), DEADLINE.toNanos(), TimeUnit.NANOSECONDS);
				sink.onCancel(timeout::cancel);
			}));
		};
	}

	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
	}

}
