package dev.dbtokens.client.internal.call;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the earlier attempts of a call saw, as a few one-line summaries with their counts: the
 * first {@value #MAX_LINES} different ones are kept, the rest only counted. Its size does not grow
 * with the number of attempts.
 */
public final class AttemptHistory {

	public static final int MAX_LINES = 3;

	private final Map<String, Integer> counts = new LinkedHashMap<>(4);

	private int others;

	public void add(String summary) {
		Integer count = this.counts.get(summary);
		if (count != null) {
			this.counts.put(summary, count + 1);
		}
		else if (this.counts.size() < MAX_LINES) {
			this.counts.put(summary, 1);
		}
		else {
			this.others++;
		}
	}

	public AttemptHistory copy() {
		AttemptHistory copy = new AttemptHistory();
		copy.counts.putAll(this.counts);
		copy.others = this.others;
		return copy;
	}

	public boolean isEmpty() {
		return this.counts.isEmpty();
	}

	/** Whether every attempt recorded here saw {@code summary}. */
	public boolean onlySaw(String summary) {
		return this.others == 0 && this.counts.size() == 1 && this.counts.containsKey(summary);
	}

	/** The summaries with their counts, e.g. {@code 3× HTTP 503: empty body; 1× no answer from …}. */
	public String describe() {
		StringBuilder text = new StringBuilder();
		this.counts.forEach((summary, count) -> text.append((text.length() > 0) ? "; " : "").append(count).append("× ").append(summary));
		if (this.others > 0) {
			text.append("; ").append(this.others).append(" other failure").append((this.others > 1) ? "s" : "");
		}
		return text.toString();
	}

}
