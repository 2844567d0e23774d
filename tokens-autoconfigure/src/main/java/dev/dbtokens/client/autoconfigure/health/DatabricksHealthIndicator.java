package dev.dbtokens.client.autoconfigure.health;

import java.time.Duration;
import java.util.concurrent.TimeoutException;

import dev.dbtokens.client.TokensClient;
import dev.dbtokens.client.error.DatabricksApiException;
import reactor.core.publisher.Mono;

import org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Whether a workspace answers an authenticated call: one {@code token/list} with a short timeout.
 * Details name the host and, when down, the error code and status; never a credential.
 */
public class DatabricksHealthIndicator extends AbstractReactiveHealthIndicator {

	static final Duration TIMEOUT = Duration.ofSeconds(5);

	private final TokensClient client;

	private final String host;

	DatabricksHealthIndicator(TokensClient client, String host) {
		super("Databricks health check failed");
		this.client = client;
		this.host = host;
	}

	@Override
	protected Mono<Health> doHealthCheck(Health.Builder builder) {
		return this.client.list()
			.count()
			.timeout(TIMEOUT)
			.map((tokens) -> builder.up().withDetail("host", this.host).build())
			.onErrorResume((ex) -> Mono.just(down(builder, ex)));
	}

	private Health down(Health.Builder builder, Throwable ex) {
		builder.down().withDetail("host", this.host);
		if (ex instanceof DatabricksApiException api) {
			return builder.withDetail("errorCode", api.errorCode())
				.withDetail("httpStatus", api.httpStatus())
				.withDetail("error", api.getMessage())
				.build();
		}
		String error = (ex instanceof TimeoutException) ? "no answer within " + TIMEOUT.toSeconds() + "s"
				: ex.getClass().getSimpleName();
		return builder.withDetail("error", error).build();
	}

}
