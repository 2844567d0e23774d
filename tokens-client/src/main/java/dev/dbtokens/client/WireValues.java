package dev.dbtokens.client;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Reads the wire's loose values once, at the edge: int64 fields sent as JSON numbers or as decimal
 * strings, epoch milliseconds with {@code -1} for "never", lists with {@code null} entries.
 */
final class WireValues {

	private WireValues() {
	}

	/**
	 * Reads an int64 epoch-milliseconds field; negative values (the wire's -1) mean "never".
	 * @throws IllegalArgumentException when the value is not an integer (the decoder then reports a malformed answer)
	 */
	static @Nullable Instant instant(String field, @Nullable Object value) {
		Long millis = int64(field, value);
		return (millis == null || millis < 0) ? null : Instant.ofEpochMilli(millis);
	}

	/**
	 * Reads an int64 field sent as a JSON number or a decimal string.
	 * @return the value, or {@code null} when it is absent or blank
	 * @throws IllegalArgumentException when the value is not an integer
	 */
	static @Nullable Long int64(String field, @Nullable Object value) {
		if (value == null || (value instanceof String blank && blank.isBlank())) {
			return null;
		}
		if (value instanceof Number number) {
			return number.longValue();
		}
		if (value instanceof String text) {
			try {
				return Long.parseLong(text.trim());
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException(field + " is not an integer: \"" + text + "\"");
			}
		}
		throw new IllegalArgumentException(field + " is not an integer");
	}

	static @Nullable List<String> withoutNulls(@Nullable List<String> values) {
		if (values == null || !values.contains(null)) {
			return values;
		}
		List<String> copy = new ArrayList<>(values);
		copy.removeAll(Collections.singleton(null));
		return copy;
	}

}
