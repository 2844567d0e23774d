package dev.dbtokens.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.DoubleStream;

/**
 * Figures of repeated measurements.
 */
final class Stats {

	private Stats() {
	}

	/**
	 * The items in the order of a round: each round starts with the next one, so that none is
	 * always first (on two shared cores the first of a round was measured up to 300 ms slower at
	 * start-up than an identical second one).
	 */
	static <T> List<T> inTurn(List<T> items, int round) {
		List<T> rotated = new ArrayList<>(items);
		Collections.rotate(rotated, -(round % Math.max(1, items.size())));
		return rotated;
	}

	static double median(DoubleStream values) {
		return percentile(values.toArray(), 50);
	}

	/** The percentile, interpolated between the two nearest values (the median of an even count is their mean). */
	static double percentile(double[] values, double percent) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		double rank = percent / 100 * (sorted.length - 1);
		int below = (int) Math.floor(rank);
		int above = (int) Math.ceil(rank);
		return sorted[below] + (sorted[above] - sorted[below]) * (rank - below);
	}

}
