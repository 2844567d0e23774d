package dev.dbtokens.client.autoconfigure;

import org.springframework.web.reactive.function.client.WebClient;

/**
 * Customizes the {@link WebClient.Builder} of the auto-configured
 * {@link dev.dbtokens.client.TokensClient} before it is built: add filters, codecs or headers.
 * Beans of this type are applied in {@link org.springframework.core.annotation.Order order}, at
 * each client's first request (not at start-up), and again at the next request if one threw.
 */
@FunctionalInterface
public interface TokensClientCustomizer {

	/**
	 * Customizes the builder; it is a clone, so changes do not reach other clients.
	 * @param webClientBuilder the builder of the client's {@code WebClient}
	 */
	void customize(WebClient.Builder webClientBuilder);

}
