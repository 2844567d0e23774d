package dev.dbtokens.benchmarks;

import java.util.List;
import java.util.stream.DoubleStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figures the report's verdicts rest on.
 */
class StatsTests {

	@Test
	void medianOfAnOddCountIsTheMiddleValueWhateverTheOrder() {
		assertThat(Stats.median(DoubleStream.of(9, 1, 5))).isEqualTo(5);
	}

	@Test
	void medianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
		assertThat(Stats.median(DoubleStream.of(4, 1, 3, 2))).isEqualTo(2.5);
	}

	@Test
	void quartilesAreInterpolatedBetweenNeighbours() {
		double[] values = { 40, 10, 30, 20, 50 };
		assertThat(Stats.percentile(values, 25)).isEqualTo(20);
		assertThat(Stats.percentile(values, 75)).isEqualTo(40);
		assertThat(Stats.percentile(new double[] { 1, 2, 3, 4 }, 25)).isEqualTo(1.75);
		assertThat(values).containsExactly(40, 10, 30, 20, 50);
	}

	@Test
	void eachRoundStartsWithTheNextItem() {
		List<String> items = List.of("a", "b", "c");
		assertThat(Stats.inTurn(items, 0)).containsExactly("a", "b", "c");
		assertThat(Stats.inTurn(items, 1)).containsExactly("b", "c", "a");
		assertThat(Stats.inTurn(items, 4)).containsExactly("b", "c", "a");
	}

}
