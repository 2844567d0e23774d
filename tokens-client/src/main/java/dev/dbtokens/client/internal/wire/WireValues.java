package dev.dbtokens.client.internal.wire;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Reads the wire's loose values once, at the edge: int64 fields sent as JSON numbers or as decimal
 * strings (exactly, never rounded or wrapped), epoch milliseconds with {@code -1} for "never", lists
 * with {@code null} entries.
 */
public final class WireValues {

	private WireValues() {
	}

	/**
	 * Reads an int64 epoch-milliseconds field; the wire's {@code -1} means "never".
	 * @throws IllegalArgumentException when the value is not an int64 integer, or is negative
	 * other than -1 (the decoder then reports a malformed answer)
	 */
	public static @Nullable Instant instant(String field, @Nullable Object value) {
		Long millis = int64(field, value);
		if (millis == null || millis == -1) {
			return null;
		}
		if (millis < 0) {
			throw new IllegalArgumentException(field + " is not a time in epoch milliseconds (nor -1 for never): " + millis);
		}
		return Instant.ofEpochMilli(millis);
	}

	/**
	 * Reads an int64 field sent as a JSON number or a decimal string, exactly: a fraction or a
	 * value beyond the int64 range is refused, never rounded or wrapped.
	 * @return the value, or {@code null} when it is absent or blank
	 * @throws IllegalArgumentException when the value is not an int64 integer
	 */
	public static @Nullable Long int64(String field, @Nullable Object value) {
		if (value == null || (value instanceof String blank && blank.isBlank())) {
			return null;
		}
		if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
			return ((Number) value).longValue();
		}
		try {
			if (value instanceof Number number) {
				return exact(number);
			}
			if (value instanceof String text) {
				return Long.parseLong(text.trim());
			}
		}
		catch (ArithmeticException | NumberFormatException ex) {
			throw new IllegalArgumentException(field + " is not an integer in the int64 range: " + quoted(value));
		}
		throw new IllegalArgumentException(field + " is not an integer");
	}

	/** A JSON number other than an int or a long, as Jackson gives it: a BigInteger, a BigDecimal or a Double. */
	private static long exact(Number number) {
		if (number instanceof BigInteger big) {
			return big.longValueExact();
		}
		if (number instanceof BigDecimal decimal) {
			return decimal.longValueExact();
		}
		double value = number.doubleValue();
		if (value != Math.rint(value) || value < -0x1p63 || value >= 0x1p63) { // NaN and infinities fail too
			throw new ArithmeticException("not an int64");
		}
		return (long) value;
	}

	private static String quoted(Object value) {
		return (value instanceof String) ? "\"" + value + "\"" : String.valueOf(value);
	}

	public static @Nullable List<String> withoutNulls(@Nullable List<String> values) {
		if (values == null || values.stream().noneMatch(Objects::isNull)) { // contains(null) throws for List.of(...)
			return values;
		}
		List<String> copy = new ArrayList<>(values);
		copy.removeAll(Collections.singleton(null));
		return copy;
	}

}
