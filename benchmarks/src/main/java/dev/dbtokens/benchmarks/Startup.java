package dev.dbtokens.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import dev.dbtokens.benchmarks.startup.StartupApp;

/**
 * Starts {@link StartupApp} in fresh JVMs, the variants in turn, and keeps the medians.
 */
final class Startup {

	/** One way of starting the app. */
	enum Variant {

		WITHOUT("without the starter", false, false), WITHOUT_OWN_WEBCLIENT("without the starter, with a WebClient of its own", false, true),
		WITH("with the starter (a TokensClient bean)", true, false);

		final String label;

		final boolean starter;

		final boolean ownWebClient;

		Variant(String label, boolean starter, boolean ownWebClient) {
			this.label = label;
			this.starter = starter;
			this.ownWebClient = ownWebClient;
		}

	}

	/**
	 * Medians in milliseconds of the context start, of the JVM uptime when it is ready, of the
	 * starter's first request (-1 without the starter), and of the main thread's CPU time during the
	 * context start.
	 */
	record Median(Variant variant, double contextMs, double uptimeMs, double firstRequestMs, double contextCpuMs) {
	}

	private Startup() {
	}

	static List<Median> measure(int runs) {
		Predicate<String> starterJars = (jar) -> jar.contains("databricks-tokens-spring-boot-autoconfigure")
				|| jar.contains("databricks-tokens-spring-boot-starter");
		List<List<double[]>> samples = new ArrayList<>();
		for (Variant variant : Variant.values()) {
			samples.add(new ArrayList<>());
		}
		for (int i = 0; i < runs; i++) {
			for (Variant variant : Stats.inTurn(List.of(Variant.values()), i)) {
				String classpath = variant.starter ? Jvm.classpath() : Jvm.classpath(starterJars);
				List<String> options = List.of("-Xms256m", "-Ddatabricks.host=http://127.0.0.1:1", "-Ddatabricks.token=dapi-startup",
						"-Dbenchmark.webclient=" + variant.ownWebClient);
				samples.get(variant.ordinal()).add(once(classpath, options, variant.starter));
			}
		}
		List<Median> medians = new ArrayList<>();
		for (Variant variant : Variant.values()) {
			List<double[]> runsOf = samples.get(variant.ordinal());
			medians.add(new Median(variant, median(runsOf, 0), median(runsOf, 1), median(runsOf, 2), median(runsOf, 3)));
		}
		return medians;
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
