package dev.dbtokens.benchmarks;

import dev.dbtokens.client.CreateTokenResponse;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * The same calls as {@link RawWebClientContender}, blocking, with Spring's {@link RestClient} on
 * Apache HttpClient 5 (classic I/O on the caller's thread, a pool of
 * {@link Connectors#MAX_CONNECTIONS}): what a blocking transport under the blocking view could cost
 * at best, beside the SDK, which does its I/O the same way.
 */
final class RawRestClientContender implements Contender.Blocking {

	private final CloseableHttpClient httpClient;

	private final RestClient restClient;

	RawRestClientContender(String baseUrl) {
		this.httpClient = HttpClients.custom()
			.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
				.setMaxConnTotal(Connectors.MAX_CONNECTIONS)
				.setMaxConnPerRoute(Connectors.MAX_CONNECTIONS)
				.setDefaultConnectionConfig(ConnectionConfig.custom()
					.setConnectTimeout(Timeout.ofSeconds(10))
					.setSocketTimeout(Timeout.ofSeconds(60))
					.build())
				.build())
			.build();
		this.restClient = RestClient.builder()
			.requestFactory(new HttpComponentsClientHttpRequestFactory(this.httpClient))
			.baseUrl(baseUrl)
			.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + FixedAnswerServer.TOKEN_VALUE)
			.defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
			.build();
	}

	@Override
	public String name() {
		return "raw-restclient";
	}

	@Override
	public int call(Op op) {
		return switch (op) {
			case LIST_10, LIST_500 -> this.restClient.get()
				.uri("/api/2.0/token/list")
				.retrieve()
				.body(RawWebClientContender.TokenList.class)
				.tokenInfos()
				.size();
			case CREATE -> (this.restClient.post()
				.uri("/api/2.0/token/create")
				.contentType(MediaType.APPLICATION_JSON)
				.body(new RawWebClientContender.CreateBody("benchmark", Op.LIFETIME_SECONDS))
				.retrieve()
				.body(CreateTokenResponse.class) != null) ? 1 : 0;
			case DELETE -> {
				this.restClient.post()
					.uri("/api/2.0/token/delete")
					.contentType(MediaType.APPLICATION_JSON)
					.body(new RawWebClientContender.DeleteBody(Op.TOKEN_ID))
					.retrieve()
					.toBodilessEntity();
				yield 0;
			}
		};
	}

	@Override
	public void close() {
		this.httpClient.close(CloseMode.GRACEFUL);
	}

}
