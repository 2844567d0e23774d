package dev.dbtokens.client.internal.call;

import dev.dbtokens.client.error.DatabricksApiException;
import dev.dbtokens.client.internal.call.Operation;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;

/**
 * Makes each operation a Micrometer {@link Observation} named {@value #NAME} (a timer and a span)
 * with the low-cardinality tags {@code operation}, {@code outcome} and {@code error.code}. The
 * WebClient's own HTTP observations become its children. Retries and rate-limit waits are events
 * of it ({@code retry.status.429}, {@code retry.not.sent}, {@code retry.no.answer},
 * {@code rate.limit.wait}). Nothing is done with a no-op registry.
 */
public final class TokensObservation {

	public static final String NAME = "databricks.tokens";

	private final ObservationRegistry registry;

	public TokensObservation(ObservationRegistry registry) {
		this.registry = registry;
	}

	/**
	 * Records an event (a counter {@code databricks.tokens.<event>} with the operation's tags) on
	 * the operation's observation, when there is one, then completes. An observation of the
	 * application's that is current around the call (a client without a registry makes none of its
	 * own) is left alone.
	 */
	public static Mono<Void> event(String name) {
		return Mono.deferContextual((context) -> {
			Object observation = context.getOrDefault(ObservationThreadLocalAccessor.KEY, null);
			if (observation instanceof Observation current && NAME.equals(current.getContext().getName())) {
				current.event(Observation.Event.of(name));
			}
			return Mono.empty();
		});
	}

	public <T> Mono<T> observe(Operation operation, Mono<T> call) {
		if (this.registry.isNoop()) {
			return call;
		}
		return Mono.defer(() -> {
			Observation observation = Observation.createNotStarted(NAME, this.registry)
				.contextualName("databricks " + operation)
				.lowCardinalityKeyValue("operation", operation.name().toLowerCase(java.util.Locale.ROOT))
				.start();
			return call.doOnEach((signal) -> {
				if (signal.isOnError()) {
					Throwable error = signal.getThrowable();
					String code = (error instanceof DatabricksApiException api && !api.errorCode().isEmpty()) ? api.errorCode()
							: error.getClass().getSimpleName();
					observation.lowCardinalityKeyValue("outcome", "error").lowCardinalityKeyValue("error.code", code).error(error);
				}
			}).doFinally((signal) -> {
				if (signal == SignalType.ON_COMPLETE) {
					observation.lowCardinalityKeyValue("outcome", "success").lowCardinalityKeyValue("error.code", "none");
				}
				else if (signal == SignalType.CANCEL) {
					observation.lowCardinalityKeyValue("outcome", "cancelled").lowCardinalityKeyValue("error.code", "none");
				}
				observation.stop();
			}).contextWrite((context) -> context.put(ObservationThreadLocalAccessor.KEY, observation));
		});
	}

}
