package dev.dbtokens.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The short profile: the server in one JVM, each contender in a fresh JVM of its own (warmed up
 * one after the other, then kept), every cell measured for each contender in turn, then the
 * start-up runs and the lifecycle bulk revoke on the emulator (once per concurrency, each in a
 * fresh JVM); prints the markdown report on standard output (progress goes to standard error).
 */
public final class Profile {

	static final List<String> CLIENT_JVM = List.of("-Xms1g", "-Xmx1g");

	/**
	 * Each cell's measured window, ms ({@code -Dbench.window}). 600 kept the whole profile under
	 * five minutes on two idle cores (1,500 took 5 min 28 s there, once the bulk revoke ran twice);
	 * with a sixth contender (the blocking reference) it takes about six (5 min 54 s on 2026-11-29).
	 */
	static final long WINDOW_MS = Long.getLong("bench.window", 600);

	/**
	 * Each cell's warm-up before the window, ms ({@code -Dbench.warmup}): the JIT is warm by then
	 * (see {@link #JIT_WARMUP_MS}); this lets the cell's concurrency fill the pool. 400 (was 500)
	 * pays for the JIT warm-up.
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
	 * client's JVM) and the run costs about 25 s. Empty: no bulk revoke.
	 */
	static final int[] BULK_CONCURRENCIES = Arrays.stream(System.getProperty("bench.bulk", "8").split(","))
		.filter((value) -> !value.isBlank())
		.mapToInt((value) -> Integer.parseInt(value.trim()))
		.toArray();

	/**
	 * How many times each cell of each contender is measured ({@code -Dbench.rounds}), the
	 * contenders in turn; the report gives the medians. One keeps the short profile near six
	 * minutes; a 600 ms window of one cell varied by up to 2x from one round to the next, so the
	 * CPU-bound comparisons take five or more.
	 */
	static final int ROUNDS = Integer.getInteger("bench.rounds", 1);

	/**
	 * The cells to measure ({@code -Dbench.cells}): a regular expression matched against
	 * {@code <op> <server delay ms> <concurrency>}, e.g. {@code ".* 0 64"} for the CPU-bound cells at
	 * concurrency 64 only.
	 */
	static final String CELLS = System.getProperty("bench.cells", ".*");

	/**
	 * The contenders to start ({@code -Dbench.contenders}): a regular expression matched against
	 * their names ({@link Contender#NAMES}), e.g. {@code "sdk|blocking-tokens-client|raw-httpclient5"}
	 * for the blocking ones only.
	 */
	static final String CONTENDERS = System.getProperty("bench.contenders", ".*");

	private static final long STARTED = System.nanoTime();

	private Profile() {
	}

	public static void main(String[] args) throws Exception {
		int startupRuns = Integer.getInteger("bench.startupRuns", 10);
		Report report = new Report();
		report.started(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), loadAverage());
		try (ServerProcess server = ServerProcess.start()) {
			List<String> options = new ArrayList<>(CLIENT_JVM);
			options.add("-Dbench.window=" + WINDOW_MS);
			options.add("-Dbench.warmup=" + WARMUP_MS);
			options.add("-Dbench.jit=" + JIT_WARMUP_MS);
			options.add("-Dbench.connections=" + Connectors.MAX_CONNECTIONS);
			List<ContenderProcess> contenders = new ArrayList<>();
			try {
				for (String name : Contender.NAMES) {
					if (!name.matches(CONTENDERS)) {
						continue;
					}
					progress("JIT warm-up: " + name);
					contenders.add(ContenderProcess.start(name, options, server.baseUrls().subList(0, 3)));
				}
				inTurn(contenders, report);
			}
			finally {
				for (ContenderProcess contender : contenders) {
					contender.close();
				}
			}
		}
		if (startupRuns > 0) {
			progress("start-up: " + startupRuns + " runs with and without the starter");
			report.startup(Startup.measure(startupRuns));
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

	/**
	 * Measures each cell {@link #ROUNDS} times for every contender in turn (the order rotated each
	 * round) and reports the medians: contenders measured minutes apart differed by up to 30 % on
	 * two shared cores, run to run, more than the gaps the targets are about.
	 */
	private static void inTurn(List<ContenderProcess> contenders, Report report) throws IOException {
		for (LoadRun.Cell cell : LoadRun.cells().stream().filter((cell) -> cell.label().matches(CELLS)).toList()) {
			progress("cell: " + cell.label());
			List<ContenderProcess> measured = contenders.stream()
				.filter((contender) -> LoadRun.cells(contender.name()).contains(cell))
				.toList();
			Map<ContenderProcess, List<LoadDriver.Result>> results = new LinkedHashMap<>();
			measured.forEach((contender) -> results.put(contender, new ArrayList<>()));
			for (int round = 0; round < ROUNDS; round++) {
				for (ContenderProcess contender : Stats.inTurn(measured, round)) {
					results.get(contender).add(contender.measure(cell));
				}
			}
			for (List<LoadDriver.Result> rounds : results.values()) {
				report.add(LoadDriver.Result.median(rounds));
				progress("  " + rounds.get(0).contender() + ": calls/s " + rounds.stream()
					.map((result) -> String.format(Locale.ROOT, "%.0f", result.callsPerSecond()))
					.toList() + ", CPU µs per call " + rounds.stream().map((result) -> result.cpuNanosPerCall() / 1000).toList());
			}
		}
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
