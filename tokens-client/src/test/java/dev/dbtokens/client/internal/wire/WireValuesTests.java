package dev.dbtokens.client.internal.wire;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The wire's loose values read exactly: every form an int64 may take (Jackson gives a JSON number
 * as an Integer, a Long, a BigInteger, a Double, or with some mappers a BigDecimal), the edges of the
 * int64 range, blank values, the epoch and "never", and lists with null entries.
 */
class WireValuesTests {

	@Test
	void readsEveryNumberFormThatHoldsAnInt64Exactly() {
		assertThat(WireValues.int64("f", 42)).isEqualTo(42L);
		assertThat(WireValues.int64("f", Long.MAX_VALUE)).isEqualTo(Long.MAX_VALUE);
		assertThat(WireValues.int64("f", BigInteger.valueOf(42))).isEqualTo(42L);
		assertThat(WireValues.int64("f", new BigDecimal("42.000"))).isEqualTo(42L);
		assertThat(WireValues.int64("f", 42.0d)).isEqualTo(42L);
		assertThat(WireValues.int64("f", -0x1p63)).isEqualTo(Long.MIN_VALUE);
		assertThat(WireValues.int64("f", " 42 ")).isEqualTo(42L);
	}

	@Test
	void refusesNumbersThatAreNotAnInt64RatherThanRoundingOrWrappingThem() {
		for (Object value : new Object[] { 0x1p63, 42.5d, Double.NaN, Double.POSITIVE_INFINITY, new BigDecimal("42.5"),
				BigInteger.ONE.shiftLeft(63), "9223372036854775808", "12e3" }) {
			assertThatIllegalArgumentException().as("%s (%s)", value, value.getClass().getSimpleName())
				.isThrownBy(() -> WireValues.int64("owner_id", value))
				.withMessageStartingWith("owner_id is not an integer in the int64 range: ");
		}
		assertThatIllegalArgumentException().isThrownBy(() -> WireValues.int64("owner_id", true))
			.withMessage("owner_id is not an integer");
	}

	@Test
	void readsAbsentAndBlankValuesAsNone() {
		assertThat(WireValues.int64("f", null)).isNull();
		assertThat(WireValues.int64("f", "")).isNull();
		assertThat(WireValues.int64("f", "  ")).isNull();
		assertThat(WireValues.instant("expiry_time", " ")).isNull();
	}

	@Test
	void readsMinusOneAsNeverTheEpochAsATimeAndRefusesOtherNegativeTimes() {
		assertThat(WireValues.instant("expiry_time", -1)).isNull();
		assertThat(WireValues.instant("expiry_time", 0)).isEqualTo(Instant.EPOCH);
		assertThat(WireValues.instant("expiry_time", 1)).isEqualTo(Instant.ofEpochMilli(1));
		assertThatIllegalArgumentException().isThrownBy(() -> WireValues.instant("expiry_time", -2))
			.withMessage("expiry_time is not a time in epoch milliseconds (nor -1 for never): -2");
	}

	@Test
	void dropsNullEntriesFromAListAndKeepsAListWithoutAny() {
		List<String> clean = List.of("sql", "jobs");
		assertThat(WireValues.withoutNulls(clean)).isSameAs(clean);
		assertThat(WireValues.withoutNulls(Arrays.asList("sql", null, "jobs", null))).containsExactly("sql", "jobs");
		assertThat(WireValues.withoutNulls(null)).isNull();
	}

}
