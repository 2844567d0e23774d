package dev.dbtokens.test.conformance;

import java.time.Duration;

import dev.dbtokens.client.BlockingTokensClient;
import dev.dbtokens.client.CreateTokenResponse;
import dev.dbtokens.client.PublicTokenInfo;
import dev.dbtokens.client.TokensClient;
import dev.dbtokens.client.error.DatabricksApiException;
import dev.dbtokens.client.error.InvalidParameterValueException;
import dev.dbtokens.client.error.NotFoundException;
import dev.dbtokens.client.error.PermissionDeniedException;
import dev.dbtokens.client.error.QuotaExceededException;
import dev.dbtokens.client.error.ResourceDoesNotExistException;
import dev.dbtokens.client.error.UnauthenticatedException;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.client.reactive.ClientHttpRequestDecorator;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The Token API as a client sees it, in scenarios run by the real {@link TokensClient} against
 * every backend that claims to speak it: WireMock stubs written from the API page
 * ({@link WireMockConformanceTests}) and the emulator ({@link EmulatorConformanceTests}). A
 * scenario that passes on one and fails on the other is drift between the emulator and the
 * contract.
 */
abstract class TokenApiConformance {

	/** A well-formed personal access token that the backend does not know. */
	static final String UNKNOWN_TOKEN = "dapi00000000000000000000000000000000";

	/** A token id that the backend does not know. */
	static final String UNKNOWN_ID = "f".repeat(64);

	/**
	 * Returns the workspace URL of the backend.
	 * @return the base URL
	 */
	abstract String baseUrl();

	/**
	 * Returns a personal access token the backend accepts.
	 * @return the token value
	 */
	abstract String validToken();

	/**
	 * Brings the caller of {@link #validToken()} to its token quota, so the next create is refused.
	 * @param client a client authenticated with {@link #validToken()}
	 */
	abstract void fillQuota(BlockingTokensClient client);

	@Test
	void createsATokenWithALifetimeThatExpiresAfterIt() {
		CreateTokenResponse created = client().create("conformance-5m", Duration.ofMinutes(5));

		assertThat(created.tokenValue()).startsWith("dapi");
		PublicTokenInfo info = created.tokenInfo();
		assertThat(info.tokenId()).isNotBlank();
		assertThat(info.comment()).isEqualTo("conformance-5m");
		assertThat(info.creationTime()).isNotNull();
		assertThat(Duration.between(info.creationTime(), info.expiryTime())).isEqualTo(Duration.ofMinutes(5));
	}

	@Test
	void createsATokenWithoutALifetimeThatNeverExpires() {
		PublicTokenInfo info = client().create("conformance-forever", null).tokenInfo();

		assertThat(info.comment()).isEqualTo("conformance-forever");
		assertThat(info.expiryTime()).isNull();
	}

	@Test
	void listsACreatedTokenUntilItIsDeleted() {
		BlockingTokensClient client = client();
		String id = client.create("conformance-lifecycle", Duration.ofHours(1)).tokenInfo().tokenId();

		assertThat(client.list()).filteredOn((token) -> token.tokenId().equals(id))
			.singleElement()
			.satisfies((token) -> assertThat(token.comment()).isEqualTo("conformance-lifecycle"));
		client.delete(id);
		assertThat(client.list()).extracting(PublicTokenInfo::tokenId).doesNotContain(id);
		assertThatExceptionOfType(ResourceDoesNotExistException.class).isThrownBy(() -> client.delete(id));
	}

	@Test
	void updatesACommentAndGivesTheTokenBack() {
		BlockingTokensClient client = client();
		String id = client.create("conformance-update", Duration.ofHours(1)).tokenInfo().tokenId();

		PublicTokenInfo updated = client.update(id, "conformance-updated", null);

		assertThat(updated.tokenId()).isEqualTo(id);
		assertThat(updated.comment()).isEqualTo("conformance-updated");
	}

	@Test
	void refusesToUpdateAnUnknownToken() {
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> client().update(UNKNOWN_ID, "x", null))
			.satisfies((ex) -> assertAnswer(ex, 404, "NOT_FOUND"));
	}

	@Test
	void refusesToDeleteAnUnknownToken() {
		assertThatExceptionOfType(ResourceDoesNotExistException.class).isThrownBy(() -> client().delete(UNKNOWN_ID))
			.satisfies((ex) -> assertAnswer(ex, 404, "RESOURCE_DOES_NOT_EXIST"));
	}

	@Test
	void refusesANonPositiveLifetime() {
		assertThatIllegalArgumentException().as("the client checks first")
			.isThrownBy(() -> client().create("conformance-bad", Duration.ZERO));
		BlockingTokensClient sendsZero = client(validToken(),
				replaceBody("{\"comment\":\"conformance-bad\",\"lifetime_seconds\":0}"));

		assertThatExceptionOfType(InvalidParameterValueException.class).as("the server checks too")
			.isThrownBy(() -> sendsZero.create("conformance-bad", Duration.ofMinutes(1)))
			.satisfies((ex) -> assertAnswer(ex, 400, "INVALID_PARAMETER_VALUE"));
	}

	@Test
	void refusesACreateBeyondTheQuota() {
		BlockingTokensClient client = client();
		fillQuota(client);

		assertThatExceptionOfType(QuotaExceededException.class)
			.isThrownBy(() -> client.create("conformance-one-too-many", null))
			.satisfies((ex) -> assertThat(ex.errorCode()).isEqualTo("QUOTA_EXCEEDED"));
	}

	@Test
	void refusesAnUnknownToken() {
		assertThatExceptionOfType(PermissionDeniedException.class)
			.isThrownBy(() -> client(UNKNOWN_TOKEN, noFilter()).list())
			.satisfies((ex) -> assertAnswer(ex, 403, "PERMISSION_DENIED"))
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain(UNKNOWN_TOKEN));
	}

	@Test
	void refusesARequestWithoutCredentials() {
		// The client sets its Authorization after every filter of the application: only the connector can drop it.
		BlockingTokensClient anonymous = TokensClient.builder()
			.host(baseUrl())
			.token(validToken())
			.webClientBuilder(WebClient.builder().clientConnector(withoutAuthorization(new ReactorClientHttpConnector())))
			.build()
			.blocking();

		assertThatExceptionOfType(UnauthenticatedException.class).isThrownBy(anonymous::list)
			.satisfies((ex) -> assertAnswer(ex, 401, "UNAUTHENTICATED"));
	}

	private BlockingTokensClient client() {
		return client(validToken(), noFilter());
	}

	private BlockingTokensClient client(String token, ExchangeFilterFunction filter) {
		return TokensClient.builder()
			.host(baseUrl())
			.token(token)
			.webClientBuilder(WebClient.builder().filter(filter))
			.build()
			.blocking();
	}

	/** Sends each request without its {@code Authorization} header, whatever the client set. */
	private static ClientHttpConnector withoutAuthorization(ClientHttpConnector connector) {
		return (method, uri, callback) -> connector.connect(method, uri, (request) -> callback.apply(new ClientHttpRequestDecorator(request) {

			@Override
			public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
				getHeaders().remove(HttpHeaders.AUTHORIZATION);
				return super.writeWith(body);
			}

			@Override
			public Mono<Void> setComplete() {
				getHeaders().remove(HttpHeaders.AUTHORIZATION);
				return super.setComplete();
			}

		}));
	}

	private static ExchangeFilterFunction noFilter() {
		return (request, next) -> next.exchange(request);
	}

	/** Sends this body instead of the one the client wrote: a request the client would refuse to make. */
	private static ExchangeFilterFunction replaceBody(String json) {
		return (request, next) -> next
			.exchange(ClientRequest.from(request).body(BodyInserters.fromValue(json)).build());
	}

	private static void assertAnswer(DatabricksApiException ex, int status, String errorCode) {
		assertThat(ex.httpStatus()).isEqualTo(status);
		assertThat(ex.errorCode()).isEqualTo(errorCode);
	}

}
