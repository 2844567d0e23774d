package dev.dbtokens.test;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The requests received, in arrival-of-answer order. Thread-safe.
 */
final class Journal {

	private final ConcurrentLinkedQueue<RecordedRequest> requests = new ConcurrentLinkedQueue<>();

	void record(RecordedRequest request) {
		this.requests.add(request);
	}

	List<RecordedRequest> snapshot() {
		return List.copyOf(this.requests);
	}

	void clear() {
		this.requests.clear();
	}

}
