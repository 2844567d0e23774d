package dev.dbtokens.benchmarks;

import java.util.ArrayList;
import java.util.List;

import dev.dbtokens.benchmarks.startup.StartupApp;

/**
 * Starts {@link StartupApp} in fresh JVMs, alternately with and without the starter's jars, and
 * keeps the medians.
 */
final class Startup {

	/**
	 * Medians in milliseconds.
	 * @param withContext context start with the starter
	 * @param withoutContext context start without it
	 * @param withUptime JVM uptime when the context is ready, with the starter
	 * @param withoutUptime the same without it
	 */
	record Result(int runs, double withContext, double withoutContext, double withUptime, double withoutUptime) {
	}

	private Startup() {
	}

	static Result measure(int runs) {
		String with = Jvm.classpath();
		String without = Jvm.classpath((jar) -> jar.contains("databricks-tokens-spring-boot-autoconfigure")
				|| jar.contains("databricks-tokens-spring-boot-starter"));
		List<String> options = List.of("-Xms256m", "-Ddatabricks.host=http://127.0.0.1:1", "-Ddatabricks.token=dapi-startup");
		List<double[]> withRuns = new ArrayList<>();
		List<double[]> withoutRuns = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			withRuns.add(once(with, options, true));
			withoutRuns.add(once(without, options, false));
		}
		return new Result(runs, median(withRuns, 0), median(withoutRuns, 0), median(withRuns, 1), median(withoutRuns, 1));
	}

	private static double[] once(String classpath, List<String> options, boolean expectClient) {
		String[] f = Jvm.run(classpath, options, StartupApp.class.getName(), List.of(), "STARTUP ").get(0).split(" ");
		if (Boolean.parseBoolean(f[3]) != expectClient) {
			throw new IllegalStateException("expected a TokensClient bean: " + expectClient);
		}
		return new double[] { Double.parseDouble(f[1]), Double.parseDouble(f[2]) };
	}

	private static double median(List<double[]> runs, int index) {
		double[] values = runs.stream().mapToDouble((run) -> run[index]).sorted().toArray();
		int middle = values.length / 2;
		return (values.length % 2 == 1) ? values[middle] : (values[middle - 1] + values[middle]) / 2;
	}

}
