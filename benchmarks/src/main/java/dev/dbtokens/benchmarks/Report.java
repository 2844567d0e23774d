package dev.dbtokens.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * The markdown report: throughput with ratios, latency, allocation, the latency-bound resources,
 * start-up, the bulk revoke and the targets of issues 8, 16 and 17, each marked met or not.
 */
final class Report {

	private static final String RAW = "raw-webclient";

	private static final String TC = "tokens-client";

	private static final String BTC = "blocking-tokens-client";

	private static final String SDK = "sdk";

	private static final String FLOOR = "reactor-netty";

	private static final String HC5 = "raw-httpclient5";

	private final List<LoadDriver.Result> results = new ArrayList<>();

	private final StringBuilder out = new StringBuilder();

	private final List<String> targets = new ArrayList<>();

	private String date = "";

	private String loadAtStart = "";

	private String loadAtEnd = "";

	/** The start-up part, or {@code null} when the run skipped it. */
	private Startup.Outcome startup;

	private final List<String> bulk = new ArrayList<>();

	void started(String date, String load) {
		this.date = date;
		this.loadAtStart = load;
	}

	void finished(String load) {
		this.loadAtEnd = load;
	}

	void add(LoadDriver.Result result) {
		this.results.add(result);
	}

	void startup(Startup.Outcome startup) {
		this.startup = startup;
	}

	/** One {@code BULK} line of {@link BulkRevoke}. */
	void bulk(String line) {
		this.bulk.add(line);
	}

	String markdown() {
		header();
		throughput();
		cpu();
		latency();
		allocation();
		latencyBound();
		startupAndBulk();
		line("### Targets (as restated by issue 25)");
		line("");
		this.targets.forEach(this::line);
		return this.out.toString();
	}

	private void header() {
		line("## Profile of " + this.date);
		line("");
		line("- Machine: " + Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.name") + " "
				+ System.getProperty("os.arch") + "; JVM " + System.getProperty("java.vm.name") + " "
				+ System.getProperty("java.runtime.version"));
		line("- Load average (1, 5, 15 min) at start: `" + this.loadAtStart + "`, at end: `" + this.loadAtEnd + "`");
		line("- Closed loop, loopback; each contender in a fresh JVM (-Xms1g -Xmx1g), the fixed-answer server in another; "
				+ "before its first cell each client JVM runs every call at concurrency 64, "
				+ Profile.JIT_WARMUP_MS + " ms in all (JIT warm-up); each cell " + Profile.WARMUP_MS + " ms warm-up, " + Profile.WINDOW_MS
				+ " ms measured, " + Profile.ROUNDS + " times for every contender in turn (the order rotated), figures are the medians. WebClient contenders: one Reactor Netty pool of " + Connectors.MAX_CONNECTIONS
				+ " connections; SDK: its Apache HttpClient pool, 20 per route; raw HttpClient 5 (a reference, not a target): Apache "
				+ "HttpClient 5 classic and Jackson without Spring's RestClient, I/O on the caller's thread, " + Connectors.MAX_CONNECTIONS + " connections.");
		find(FLOOR, Op.LIST_10, 0, 64).ifPresent((floor) -> line("- Server capacity (Reactor Netty client, bytes only, list 10, "
				+ "concurrency 64, both on this machine): **" + calls(floor.callsPerSecond()) + " calls/s**"));
		line("");
	}

	private void throughput() {
		line("### Throughput, calls/s");
		line("");
		line("| call | server delay | concurrency | floor | raw WebClient | TokensClient | BlockingTokensClient | SDK | raw HttpClient 5 | TC/raw | TC/SDK | Blocking/SDK | HttpClient 5/SDK |");
		line("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
		for (Cell cell : cells()) {
			line(String.format(Locale.ROOT, "| %s | %d ms | %d | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |", cell.op.label(),
					cell.delayMs, cell.concurrency, figure(cell, FLOOR, LoadDriver.Result::callsPerSecond),
					figure(cell, RAW, LoadDriver.Result::callsPerSecond), figure(cell, TC, LoadDriver.Result::callsPerSecond),
					figure(cell, BTC, LoadDriver.Result::callsPerSecond), figure(cell, SDK, LoadDriver.Result::callsPerSecond),
					figure(cell, HC5, LoadDriver.Result::callsPerSecond), ratio(cell, TC, RAW), ratio(cell, TC, SDK), ratio(cell, BTC, SDK),
					ratio(cell, HC5, SDK)));
		}
		line("");
		for (Op op : Op.values()) {
			cpuTarget(new Cell(op, 0, 64), TC, RAW, 1.3, "TokensClient CPU per call <= 1.3x raw WebClient's");
		}
		for (Op op : Op.values()) {
			cpuTarget(new Cell(op, 0, 64), BTC, SDK, 2.0, "BlockingTokensClient CPU per call <= 2.0x the SDK's");
		}
	}

	private void cpu() {
		line("### Client CPU per call, µs (every thread of the client JVM, JIT and GC included; server answers at once)");
		line("");
		line("CPU time is steadier than calls/s when the server shares the two cores: it does not depend on how the cores "
				+ "were shared during the window. A ratio above 1 means less CPU per call than the other contender.");
		line("");
		line("| call | concurrency | raw WebClient | TokensClient | BlockingTokensClient | SDK | raw HttpClient 5 | raw/TC | SDK/Blocking | SDK/HttpClient 5 |");
		line("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
		ToDoubleFunction<LoadDriver.Result> micros = (r) -> r.cpuNanosPerCall() / 1000.0;
		for (Cell cell : cells()) {
			if (cell.delayMs == 0) {
				line(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %s | %s | %s | %s | %s |", cell.op.label(), cell.concurrency,
						figure(cell, RAW, micros), figure(cell, TC, micros), figure(cell, BTC, micros), figure(cell, SDK, micros),
						figure(cell, HC5, micros), ratioOf(cell, RAW, TC, micros), ratioOf(cell, SDK, BTC, micros),
						ratioOf(cell, SDK, HC5, micros)));
			}
		}
		line("");
	}

	private void latency() {
		line("### Latency p50 / p99, ms");
		line("");
		line("| call | server delay | concurrency | raw WebClient | TokensClient | BlockingTokensClient | SDK |");
		line("|---|---|---|---:|---:|---:|---:|");
		for (Cell cell : cells()) {
			line(String.format(Locale.ROOT, "| %s | %d ms | %d | %s | %s | %s | %s |", cell.op.label(), cell.delayMs, cell.concurrency,
					percentiles(cell, RAW), percentiles(cell, TC), percentiles(cell, BTC), percentiles(cell, SDK)));
		}
		line("");
	}

	private void allocation() {
		line("### Allocation per call, KB (concurrency 1, server answers at once; every thread of the client JVM)");
		line("");
		line("| call | raw WebClient | TokensClient | BlockingTokensClient | SDK | TC/raw | TC/SDK |");
		line("|---|---:|---:|---:|---:|---:|---:|");
		for (Op op : Op.values()) {
			Cell cell = new Cell(op, 0, 1);
			ToDoubleFunction<LoadDriver.Result> kb = (r) -> r.bytesPerCall() / 1024.0;
			line(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s |", op.label(), kb(cell, RAW), kb(cell, TC), kb(cell, BTC),
					kb(cell, SDK), ratioOf(cell, TC, RAW, kb), ratioOf(cell, TC, SDK, kb)));
			Optional<LoadDriver.Result> tc = find(TC, op, 0, 1);
			Optional<LoadDriver.Result> raw = find(RAW, op, 0, 1);
			if (tc.isPresent() && raw.isPresent()) {
				double r = (double) tc.get().bytesPerCall() / raw.get().bytesPerCall();
				mark(r <= 1.2, String.format(Locale.ROOT, "TokensClient allocation <= 1.2x raw WebClient (%s, c=1): %.2fx", op.label(), r));
			}
		}
		line("");
	}

	private void latencyBound() {
		line("### Latency-bound: list 10, server answers after " + LoadRun.DELAY_MS + " ms, concurrency 256");
		line("");
		line("| contender | calls/s | pool bound | of bound | threads added (event loops) | heap per call in flight, KB |");
		line("|---|---:|---:|---:|---:|---:|");
		for (String name : List.of(FLOOR, RAW, TC, BTC, SDK)) {
			find(name, Op.LIST_10, LoadRun.DELAY_MS, 256).ifPresent((r) -> {
				double bound = (name.equals(SDK) ? 20 : Connectors.MAX_CONNECTIONS) * 1000.0 / LoadRun.DELAY_MS;
				line(String.format(Locale.ROOT, "| %s | %s | %.0f | %.2f | %d (%d) | %.1f |", name, calls(r.callsPerSecond()), bound,
						r.callsPerSecond() / bound, r.threads(), r.loopThreads(), r.heapPerCall() / 1024.0));
				if (name.equals(TC)) {
					// Raw WebClient adds its event loops and 2 more; the client, one thread more: the deadline
					// timer every client of the JVM shares. A thread per caller, as the SDK has, fails.
					mark(r.callsPerSecond() >= 0.9 * bound && r.threads() <= r.loopThreads() + 3, String.format(Locale.ROOT,
							"TokensClient at c=256, %d ms: %.0f calls/s = %.2fx of %.0f (pool bound) on %d added threads, %d of them event loops",
							LoadRun.DELAY_MS, r.callsPerSecond(), r.callsPerSecond() / bound, bound, r.threads(), r.loopThreads()));
				}
			});
		}
		line("");
		line("Pool bound: connections / " + LoadRun.DELAY_MS + " ms (" + Connectors.MAX_CONNECTIONS
				+ " for the WebClient contenders, 20 per route for the SDK). Threads added: live "
				+ "threads during the window minus those of the JVM before any client was built (blocking contenders include their "
				+ "256 callers). Heap: used heap after a full GC under load minus before the load, per call in flight.");
		line("");
	}

	private void startupAndBulk() {
		if (this.startup != null) {
			this.startup.report(this::line, this::mark);
		}
		if (!this.bulk.isEmpty()) {
			BulkRevoke.report(this.bulk, this::line, this::mark);
		}
	}

	/** The restated targets of issue 25: CPU time of the client JVM per call, as a ratio within one run. */
	private void cpuTarget(Cell cell, String name, String other, double atMost, String what) {
		Optional<LoadDriver.Result> a = find(name, cell.op, cell.delayMs, cell.concurrency);
		Optional<LoadDriver.Result> b = find(other, cell.op, cell.delayMs, cell.concurrency);
		if (a.isPresent() && b.isPresent() && b.get().cpuNanosPerCall() > 0) {
			double r = (double) a.get().cpuNanosPerCall() / b.get().cpuNanosPerCall();
			mark(r <= atMost, String.format(Locale.ROOT, "%s (%s, c=%d): %.2fx", what, cell.op.label(), cell.concurrency, r));
		}
	}

	private void mark(boolean met, String text) {
		this.targets.add("- " + (met ? "met" : "**NOT met**") + ": " + text);
	}

	private List<Cell> cells() {
		List<Cell> cells = new ArrayList<>();
		for (LoadDriver.Result r : this.results) {
			Cell cell = new Cell(r.op(), r.delayMs(), r.concurrency());
			if (!cells.contains(cell)) {
				cells.add(cell);
			}
		}
		cells.sort((a, b) -> (a.delayMs != b.delayMs) ? a.delayMs - b.delayMs
				: (a.op != b.op) ? a.op.compareTo(b.op) : a.concurrency - b.concurrency);
		return cells;
	}

	private Optional<LoadDriver.Result> find(String name, Op op, int delayMs, int concurrency) {
		return this.results.stream()
			.filter((r) -> r.contender().equals(name) && r.op() == op && r.delayMs() == delayMs && r.concurrency() == concurrency)
			.findFirst();
	}

	private String figure(Cell cell, String name, ToDoubleFunction<LoadDriver.Result> value) {
		return find(name, cell.op, cell.delayMs, cell.concurrency).map((r) -> calls(value.applyAsDouble(r)) + errors(r)).orElse("");
	}

	private String kb(Cell cell, String name) {
		return find(name, cell.op, cell.delayMs, cell.concurrency)
			.map((r) -> String.format(Locale.ROOT, "%.1f", r.bytesPerCall() / 1024.0))
			.orElse("");
	}

	private String percentiles(Cell cell, String name) {
		return find(name, cell.op, cell.delayMs, cell.concurrency)
			.map((r) -> String.format(Locale.ROOT, "%.2f / %.2f", r.p50Ms(), r.p99Ms()))
			.orElse("");
	}

	private String ratio(Cell cell, String name, String other) {
		return ratioOf(cell, name, other, LoadDriver.Result::callsPerSecond);
	}

	private String ratioOf(Cell cell, String name, String other, ToDoubleFunction<LoadDriver.Result> value) {
		Optional<LoadDriver.Result> a = find(name, cell.op, cell.delayMs, cell.concurrency);
		Optional<LoadDriver.Result> b = find(other, cell.op, cell.delayMs, cell.concurrency);
		if (a.isEmpty() || b.isEmpty() || value.applyAsDouble(b.get()) == 0) {
			return "";
		}
		return String.format(Locale.ROOT, "%.2f", value.applyAsDouble(a.get()) / value.applyAsDouble(b.get()));
	}

	private static String errors(LoadDriver.Result r) {
		return (r.errors() > 0) ? " (" + r.errors() + " errors)" : "";
	}

	private static String calls(double perSecond) {
		return String.format(Locale.ROOT, "%,.0f", perSecond);
	}

	private void line(String text) {
		this.out.append(text).append('\n');
	}

	private record Cell(Op op, int delayMs, int concurrency) {
	}

}
