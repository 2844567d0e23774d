package dev.dbtokens.client.lifecycle;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a bulk revocation did with each id: one failure never hides the others.
 *
 * @param revoked the ids revoked by this call
 * @param alreadyGone the ids Databricks did not know ({@code RESOURCE_DOES_NOT_EXIST} or {@code NOT_FOUND}): revoked
 * before, expired, or never there
 * @param failed the ids that could not be revoked, each with its exception (a
 * {@link dev.dbtokens.client.error.DatabricksApiException} subclass for an answer or no answer
 * from Databricks, an {@link IllegalArgumentException} for a blank id), in the order they failed
 */
public record RevocationReport(List<String> revoked, List<String> alreadyGone, Map<String, RuntimeException> failed) {

	/**
	 * Copies the lists and the map; the map keeps its order.
	 */
	public RevocationReport {
		revoked = List.copyOf(revoked);
		alreadyGone = List.copyOf(alreadyGone);
		failed = Collections.unmodifiableMap(new LinkedHashMap<>(failed));
	}

	/**
	 * Returns a report of nothing done, for an empty input.
	 * @return an empty report
	 */
	public static RevocationReport empty() {
		return new RevocationReport(List.of(), List.of(), Map.of());
	}

	/**
	 * Whether every id is now revoked: revoked by this call or already gone.
	 * @return {@code true} when nothing failed
	 */
	public boolean isComplete() {
		return this.failed.isEmpty();
	}

	/**
	 * Returns how many distinct ids were handled.
	 * @return the number of revoked, already gone and failed ids
	 */
	public int total() {
		return this.revoked.size() + this.alreadyGone.size() + this.failed.size();
	}

	/**
	 * Describes the report with the failed ids and the type of each failure; token ids are not
	 * secrets, and exception messages are left out.
	 * @return a one-line summary
	 */
	@Override
	public String toString() {
		String failures = this.failed.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + "=" + entry.getValue().getClass().getSimpleName())
			.collect(Collectors.joining(", ", "{", "}"));
		return "RevocationReport[revoked=" + this.revoked + ", alreadyGone=" + this.alreadyGone + ", failed=" + failures + "]";
	}

}
