package dev.dbtokens.sample;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.dbtokens.client.BlockingTokensClient;
import dev.dbtokens.client.CreateTokenRequest;
import dev.dbtokens.client.CreateTokenResponse;
import dev.dbtokens.client.PublicTokenInfo;
import dev.dbtokens.client.RetrySettings;
import dev.dbtokens.client.TokensClient;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Wraps the auto-configured {@link TokensClient} and remembers every token value it received, so
 * tests can search the captured output and the answers for them.
 */
class RecordingTokensClient implements TokensClient {

	private final TokensClient delegate;

	private final List<String> values;

	RecordingTokensClient(TokensClient delegate) {
		this(delegate, new CopyOnWriteArrayList<>());
	}

	private RecordingTokensClient(TokensClient delegate, List<String> values) {
		this.delegate = delegate;
		this.values = values;
	}

	/** The token values received so far. */
	List<String> values() {
		return List.copyOf(this.values);
	}

	@Override
	public Mono<CreateTokenResponse> create(CreateTokenRequest request) {
		return this.delegate.create(request).doOnNext((created) -> this.values.add(created.tokenValue()));
	}

	@Override
	public Mono<Void> delete(String tokenId) {
		return this.delegate.delete(tokenId);
	}

	@Override
	public Flux<PublicTokenInfo> list() {
		return this.delegate.list();
	}

	@Override
	public Mono<PublicTokenInfo> update(String tokenId, @Nullable String comment, @Nullable List<String> scopes) {
		return this.delegate.update(tokenId, comment, scopes);
	}

	@Override
	public TokensClient withRetry(RetrySettings retry) {
		return new RecordingTokensClient(this.delegate.withRetry(retry), this.values);
	}

	@Override
	public RetrySettings retrySettings() {
		return this.delegate.retrySettings();
	}

	@Override
	public BlockingTokensClient blocking() {
		throw new UnsupportedOperationException("the sample is reactive");
	}

	/**
	 * Wraps the application's {@code TokensClient} bean.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class Configuration {

		@Bean
		static BeanPostProcessor recordingTokensClient() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					return (bean instanceof TokensClient client) ? new RecordingTokensClient(client) : bean;
				}
			};
		}

	}

}
