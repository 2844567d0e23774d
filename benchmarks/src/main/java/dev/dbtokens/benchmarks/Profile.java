package dev.dbtokens.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The short profile: the server in one JVM, each contender in a fresh JVM of its own, then the
 * start-up runs and the lifecycle bulk revoke on the emulator (once per concurrency, each in a
 * fresh JVM); prints the markdown report on standard output (progress goes to standard error).
 */
public final class Profile {

	static final List<String> CLIENT_JVM = List.of("-Xms1g", "-Xmx1g");

	/**
	 * Each cell's measured window, ms ({@code -Dbench.window}). 600 keeps the whole profile under
	 * five minutes on two idle cores (1,500 took 5 min 28 s there, once the bulk revoke ran twice).
	 */
	static final long WINDOW_MS = Long.getLong("bench.window", 600);

	/**
	 * Each cell's warm-up before the window, ms ({@code -Dbench.warmup}): the JIT is warm by then
	 * (see {@link #JIT_WARMUP_MS}); this lets the cell's concurrency fill the pool. 400 (was 500)
	 * pays for the JIT warm-up within the five minutes.
	 */
	static final long WARMUP_MS = Long.getLong("bench.warmup", 400);

	/**
	 * The JIT warm-up of each contender JVM, ms ({@code -Dbench.jit}): before its first cell, it
	 * runs every call at concurrency 64, in two rounds, for this long in all. Without it the first
	 * cells measured code still being compiled: raw WebClient's list 10 at c=64 gave about 2,000
	 * calls/s after 500 ms, and over 11,000 once warm; the SDK, with less code to compile, was
	 * ahead of every Reactor Netty contender on cold code only.
	 */
	static final long JIT_WARMUP_MS = Long.getLong("bench.jit", 12_000);

	/**
	 * The bulk revoke's concurrencies ({@code -Dbench.bulk}, comma-separated): by default only
	 * {@code TokenLifecycle}'s default, 8; 16 gained nothing on the emulator (it is CPU-bound in the
	 * client's JVM) and the run costs about 25 s of the five minutes. Empty: no bulk revoke.
	 */
	static final int[] BULK_CONCURRENCIES = Arrays.stream(System.getProperty("bench.bulk", "8").split(","))
		.filter((value) -> !value.isBlank())
		.mapToInt((value) -> Integer.parseInt(value.trim()))
		.toArray();

	private static final long STARTED = System.nanoTime();

	private Profile() {
	}

	public static void main(String[] args) throws Exception {
		int startupRuns = Integer.getInteger("bench.startupRuns", 10);
		Report report = new Report();
		report.started(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), loadAverage());
		try (ServerProcess server = ServerProcess.start()) {
			List<String> urls = server.baseUrls().subList(0, 3);
			for (String name : Contender.NAMES) {
				progress("load: " + name);
				List<String> args0 = new ArrayList<>(List.of(name));
				args0.addAll(urls);
				List<String> options = new ArrayList<>(CLIENT_JVM);
				options.add("-Dbench.window=" + WINDOW_MS);
				options.add("-Dbench.warmup=" + WARMUP_MS);
				options.add("-Dbench.jit=" + JIT_WARMUP_MS);
				for (String line : Jvm.run(Jvm.classpath(), options, LoadRun.class.getName(), args0, "RESULT ")) {
					report.add(LoadDriver.Result.parse(line));
				}
			}
		}
		if (startupRuns > 0) {
			progress("start-up: " + startupRuns + " runs with and without the starter");
			report.startup(startupRuns, Startup.measure(startupRuns));
		}
		for (int concurrency : BULK_CONCURRENCIES) {
			progress("bulk revoke on the emulator, concurrency " + concurrency);
			try {
				report.bulk(Jvm.run(Jvm.classpath(), CLIENT_JVM, BulkRevoke.class.getName(), List.of(Integer.toString(concurrency)),
						"BULK ")
					.get(0));
			}
			catch (IllegalStateException | IndexOutOfBoundsException ex) {
				progress("bulk revoke at concurrency " + concurrency + " failed: " + ex.getMessage());
			}
		}
		report.finished(loadAverage());
		System.out.println(report.markdown());
	}

	static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).trim();
		}
		catch (IOException ex) {
			return "n/a";
		}
	}

	private static void progress(String message) {
		System.err.printf("[profile %3ds] %s%n", (System.nanoTime() - STARTED) / 1_000_000_000, message);
	}

}
