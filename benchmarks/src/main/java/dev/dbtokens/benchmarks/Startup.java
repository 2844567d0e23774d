package dev.dbtokens.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;

import dev.dbtokens.benchmarks.startup.StartupApp;

/**
 * Starts {@link StartupApp} in fresh JVMs, the variants in turn, and reports what the starter adds
 * as the median of the differences within each round: one JVM start on this VM varies by ±15 % (a
 * few hundred milliseconds), far more than the figure sought, and a round's JVMs share the
 * machine's state of the moment. Boot's own mail auto-configuration (one properties class, one
 * bean) is started beside them as a reference for what any auto-configuration costs here.
 */
final class Startup {

	private static final Predicate<String> STARTER_JARS = (jar) -> jar.contains("databricks-tokens-spring-boot-autoconfigure")
			|| jar.contains("databricks-tokens-spring-boot-starter");

	private static final Predicate<String> MAIL_JARS = (jar) -> jar.contains("mail") || jar.contains("activation")
			|| jar.contains("spring-context-support");

	/** One way of starting the app. */
	enum Variant {

		WITHOUT("without the starter", STARTER_JARS.or(MAIL_JARS), List.of()),
		WITHOUT_OWN_WEBCLIENT("without the starter, with a WebClient of its own", STARTER_JARS.or(MAIL_JARS), List.of("-Dbenchmark.webclient=true")),
		WITH("with the starter (a TokensClient bean)", MAIL_JARS, List.of()),
		MAIL("without the starter, with Boot's mail auto-configuration (a reference)", STARTER_JARS, List.of("-Dspring.mail.host=127.0.0.1"));

		final String label;

		final Predicate<String> leftOut;

		final List<String> options;

		Variant(String label, Predicate<String> leftOut, List<String> options) {
			this.label = label;
			this.leftOut = leftOut;
			this.options = options;
		}

	}

	/**
	 * Medians in milliseconds of the context start, of the JVM uptime when it is ready, of the
	 * starter's first request (-1 without the starter), and of the main thread's CPU time during the
	 * context start.
	 */
	record Median(Variant variant, double contextMs, double uptimeMs, double firstRequestMs, double contextCpuMs) {
	}

	/**
	 * What one variant adds to another: the median and quartiles of the per-round differences of
	 * the context start, and the median difference of the main thread's CPU time, in milliseconds.
	 */
	record Added(Variant variant, Variant over, double contextMs, double contextQ1, double contextQ3, double contextCpuMs) {
	}

	/** A whole measurement. */
	record Outcome(int runs, List<Median> medians, List<Added> added) {

		Median median(Variant variant) {
			return this.medians.get(variant.ordinal());
		}

		/** Writes the report's section; {@code mark} records a target as met or not. */
		void report(Consumer<String> line, BiConsumer<Boolean, String> mark) {
			line.accept("### Start-up (" + this.runs + " rounds of fresh JVMs, the variants in turn, each round starting with another)");
			line.accept("");
			line.accept("| minimal app (Boot, WebClient on the class path, no web server), medians | context start, ms | JVM uptime at ready, ms | main thread CPU during the start, ms |");
			line.accept("|---|---:|---:|---:|");
			for (Median m : this.medians) {
				line.accept(String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.0f |", m.variant().label, m.contextMs(), m.uptimeMs(),
						m.contextCpuMs()));
			}
			line.accept("");
			line.accept("| added (median of the differences within a round) | context start, ms (quartiles) | main thread CPU, ms |");
			line.accept("|---|---:|---:|");
			for (Added a : this.added) {
				line.accept(String.format(Locale.ROOT, "| %s, over %s | **%+.0f** (%+.0f to %+.0f) | %+.0f |", a.variant().label,
						a.over().label, a.contextMs(), a.contextQ1(), a.contextQ3(), a.contextCpuMs()));
			}
			line.accept("");
			line.accept(String.format(Locale.ROOT, "The starter makes its `WebClient`, pool and Reactor Netty at the first request: the first "
					+ "request of its client (to a port that refuses at once, so nearly all of it is that making) took %.0f ms (median).",
					median(Variant.WITH).firstRequestMs()));
			Added starter = this.added.get(0);
			Added mail = this.added.get(2);
			mark.accept(this.runs >= 24 && starter.contextMs() <= 2 * Math.max(mail.contextMs(), 0), String.format(Locale.ROOT,
					"Starter adds <= 2x what Boot's mail auto-configuration adds to context start (>= 24 rounds): %+.0f ms against "
							+ "%+.0f ms, medians of the differences within %d rounds", starter.contextMs(), mail.contextMs(), this.runs));
			line.accept("");
		}

	}

	private Startup() {
	}

	static Outcome measure(int runs) {
		List<List<double[]>> samples = new ArrayList<>();
		for (Variant variant : Variant.values()) {
			samples.add(new ArrayList<>());
		}
		for (int i = 0; i < runs; i++) {
			for (Variant variant : Stats.inTurn(List.of(Variant.values()), i)) {
				List<String> options = new ArrayList<>(List.of("-Xms256m", "-Ddatabricks.host=http://127.0.0.1:1",
						"-Ddatabricks.token=dapi-startup"));
				options.addAll(variant.options);
				samples.get(variant.ordinal()).add(once(Jvm.classpath(variant.leftOut), options, variant == Variant.WITH));
			}
		}
		List<Median> medians = new ArrayList<>();
		for (Variant variant : Variant.values()) {
			List<double[]> of = samples.get(variant.ordinal());
			medians.add(new Median(variant, median(of, 0), median(of, 1), median(of, 2), median(of, 3)));
		}
		List<Added> added = List.of(added(samples, Variant.WITH, Variant.WITHOUT), added(samples, Variant.WITH, Variant.WITHOUT_OWN_WEBCLIENT),
				added(samples, Variant.MAIL, Variant.WITHOUT));
		return new Outcome(runs, medians, added);
	}

	private static Added added(List<List<double[]>> samples, Variant variant, Variant over) {
		List<double[]> a = samples.get(variant.ordinal());
		List<double[]> b = samples.get(over.ordinal());
		double[] context = new double[a.size()];
		double[] cpu = new double[a.size()];
		for (int i = 0; i < a.size(); i++) {
			context[i] = a.get(i)[0] - b.get(i)[0];
			cpu[i] = a.get(i)[3] - b.get(i)[3];
		}
		return new Added(variant, over, Stats.percentile(context, 50), Stats.percentile(context, 25), Stats.percentile(context, 75),
				Stats.percentile(cpu, 50));
	}

	private static double[] once(String classpath, List<String> options, boolean expectClient) {
		String[] f = Jvm.run(classpath, options, StartupApp.class.getName(), List.of(), "STARTUP ").get(0).split(" ");
		if (Boolean.parseBoolean(f[3]) != expectClient) {
			throw new IllegalStateException("expected a TokensClient bean: " + expectClient);
		}
		return new double[] { Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[4]), Double.parseDouble(f[5]) };
	}

	private static double median(List<double[]> runs, int index) {
		return Stats.median(runs.stream().mapToDouble((run) -> run[index]));
	}

}
