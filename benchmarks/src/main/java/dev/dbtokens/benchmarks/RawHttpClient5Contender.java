package dev.dbtokens.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;

import dev.dbtokens.client.CreateTokenResponse;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;
import tools.jackson.databind.json.JsonMapper;

/**
 * The same calls as {@link RawWebClientContender}, blocking, on Apache HttpClient 5 classic (I/O on
 * the caller's thread, a pool of {@link Connectors#MAX_CONNECTIONS}) and Jackson, without Spring's
 * {@code RestClient}: what a blocking transport under the blocking view could cost at best, beside
 * the SDK, which does its I/O the same way. (Spring's {@code RestClient} on the same client was
 * 0.64–0.89x the SDK for create and delete: see RESULTS.md of 2026-11-29.)
 */
final class RawHttpClient5Contender implements Contender.Blocking {

	private final CloseableHttpClient httpClient;

	private final JsonMapper json = JsonMapper.builder().build();

	private final String baseUrl;

	RawHttpClient5Contender(String baseUrl) {
		this.baseUrl = baseUrl;
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
	}

	@Override
	public String name() {
		return "raw-httpclient5";
	}

	@Override
	public int call(Op op) {
		return switch (op) {
			case LIST_10, LIST_500 -> send(new HttpGet(this.baseUrl + "/api/2.0/token/list"), null, RawWebClientContender.TokenList.class)
				.tokenInfos()
				.size();
			case CREATE -> (send(new HttpPost(this.baseUrl + "/api/2.0/token/create"),
					new RawWebClientContender.CreateBody("benchmark", Op.LIFETIME_SECONDS), CreateTokenResponse.class) != null) ? 1 : 0;
			case DELETE -> {
				send(new HttpPost(this.baseUrl + "/api/2.0/token/delete"), new RawWebClientContender.DeleteBody(Op.TOKEN_ID), null);
				yield 0;
			}
		};
	}

	private <T> T send(HttpUriRequestBase request, Object body, Class<T> type) {
		request.setHeader("Authorization", "Bearer " + FixedAnswerServer.TOKEN_VALUE);
		request.setHeader("Accept", "application/json");
		if (body != null) {
			request.setEntity(new ByteArrayEntity(this.json.writeValueAsBytes(body), ContentType.APPLICATION_JSON));
		}
		try {
			return this.httpClient.execute(request, (ClassicHttpResponse response) -> {
				if (response.getCode() >= 300) {
					throw new IllegalStateException("status " + response.getCode());
				}
				if (type == null) {
					EntityUtils.consume(response.getEntity());
					return null;
				}
				return this.json.readValue(response.getEntity().getContent(), type);
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		this.httpClient.close(CloseMode.GRACEFUL);
	}

}
