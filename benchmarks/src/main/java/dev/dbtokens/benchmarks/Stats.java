package dev.dbtokens.benchmarks;

import java.util.stream.DoubleStream;

/**
 * Figures of repeated measurements.
 */
final class Stats {

	private Stats() {
	}

	static double median(DoubleStream values) {
		double[] sorted = values.sorted().toArray();
		int middle = sorted.length / 2;
		return (sorted.length % 2 == 1) ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}

}
