package dev.dbtokens.test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The queue of faults to inject, obtained from {@link DatabricksEmulator#faults()}. Each
 * request takes the first queued fault that matches its operation; faults are consumed in
 * the order they were added. Thread-safe.
 *
 * <pre class="code">
 * emulator.faults().next(2).matching(Operation.CREATE).status503();
 * emulator.faults().next().tooManyRequests(Duration.ofSeconds(1));
 * emulator.faults().next().matching(Operation.CREATE).resetAfterHandling();
 * </pre>
 */
public final class Faults {

	private final List<Rule> rules = new ArrayList<>();

	Faults() {
	}

	/**
	 * Starts describing a fault for the next matching request.
	 * @return a spec to complete with one of its terminal methods
	 */
	public FaultSpec next() {
		return next(1);
	}

	/**
	 * Starts describing a fault for the next {@code count} matching requests.
	 * @param count how many requests get the fault, at least 1
	 * @return a spec to complete with one of its terminal methods
	 */
	public FaultSpec next(int count) {
		if (count < 1) {
			throw new IllegalArgumentException("count must be at least 1, got " + count);
		}
		return new FaultSpec(this, count);
	}

	/**
	 * Returns how many requests still have a fault waiting for them.
	 * @return the sum of the remaining counts of all queued faults
	 */
	public synchronized int pending() {
		return this.rules.stream().mapToInt((rule) -> rule.remaining).sum();
	}

	/**
	 * Drops every queued fault.
	 */
	public synchronized void clear() {
		this.rules.clear();
	}

	synchronized void add(Set<Operation> operations, int count, Fault fault) {
		this.rules.add(new Rule(operations, fault, count));
	}

	/** Consumes the first queued fault that applies to this operation, if any. */
	synchronized @Nullable Fault take(Operation operation) {
		Iterator<Rule> iterator = this.rules.iterator();
		while (iterator.hasNext()) {
			Rule rule = iterator.next();
			if (rule.operations.isEmpty() || rule.operations.contains(operation)) {
				if (--rule.remaining == 0) {
					iterator.remove();
				}
				return rule.fault;
			}
		}
		return null;
	}

	private static final class Rule {

		private final Set<Operation> operations;

		private final Fault fault;

		private int remaining;

		Rule(Set<Operation> operations, Fault fault, int remaining) {
			this.operations = operations;
			this.fault = fault;
			this.remaining = remaining;
		}

	}

}
