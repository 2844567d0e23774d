package dev.dbtokens.client.internal.wire;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.dbtokens.client.PublicTokenInfo;
import dev.dbtokens.client.TokenInfo;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Decodes a list of an answer and refuses it beyond {@link #MAX_ENTRIES} entries, while decoding:
 * a body within the 16 MiB cap could otherwise hold millions of minimal entries ({@code {}}) and
 * decode into hundreds of MiB of objects. The decoder then reports a malformed answer.
 */
public abstract class BoundedList<T> extends ValueDeserializer<List<T>> {

	/**
	 * Entries one answer may hold: far above what Databricks answers (a user holds at most 600
	 * tokens), and about 30 MiB of decoded entries at the most.
	 */
	public static final int MAX_ENTRIES = 100_000;

	private final Class<T> type;

	BoundedList(Class<T> type) {
		this.type = type;
	}

	@Override
	public List<T> deserialize(JsonParser parser, DeserializationContext context) {
		if (!parser.isExpectedStartArrayToken()) {
			return context.reportInputMismatch(this, "expected a JSON array");
		}
		List<T> entries = new ArrayList<>();
		while (parser.nextToken() != JsonToken.END_ARRAY) {
			if (entries.size() == MAX_ENTRIES) {
				return context.reportInputMismatch(this, "the list holds more than %d entries, more than any Databricks answer",
						MAX_ENTRIES);
			}
			entries.add(context.readValue(parser, this.type));
		}
		return entries;
	}

	/** {@code token_infos} of {@code token/list}. */
	public static final class OfPublicTokenInfos extends BoundedList<PublicTokenInfo> {

		public OfPublicTokenInfos() {
			super(PublicTokenInfo.class);
		}

	}

	/** {@code token_infos} of {@code token-management/tokens}. */
	public static final class OfTokenInfos extends BoundedList<TokenInfo> {

		public OfTokenInfos() {
			super(TokenInfo.class);
		}

	}

	/** {@code details} of an error answer. */
	@SuppressWarnings("rawtypes")
	public static final class OfDetails extends BoundedList<Map> {

		public OfDetails() {
			super(Map.class);
		}

	}

}
