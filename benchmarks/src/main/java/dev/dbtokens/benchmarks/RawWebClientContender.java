package dev.dbtokens.benchmarks;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.dbtokens.client.CreateTokenResponse;
import dev.dbtokens.client.PublicTokenInfo;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * What a user writes by hand: {@code WebClient} calls decoded by Jackson into the same records
 * {@code TokensClient} returns, with no error mapping. The floor of our overhead.
 */
final class RawWebClientContender implements Contender.Reactive {

	private final WebClient webClient;

	RawWebClientContender(String baseUrl) {
		this.webClient = WebClient.builder()
			.clientConnector(Connectors.connector("raw-webclient"))
			.baseUrl(baseUrl)
			.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + FixedAnswerServer.TOKEN_VALUE)
			.defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
			.build();
	}

	@Override
	public String name() {
		return "raw-webclient";
	}

	@Override
	public Mono<Integer> call(Op op) {
		return switch (op) {
			case LIST_10, LIST_500 -> this.webClient.get()
				.uri("/api/2.0/token/list")
				.retrieve()
				.bodyToMono(TokenList.class)
				.map((list) -> list.tokenInfos().size());
			case CREATE -> this.webClient.post()
				.uri("/api/2.0/token/create")
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(new CreateBody("benchmark", Op.LIFETIME_SECONDS))
				.retrieve()
				.bodyToMono(CreateTokenResponse.class)
				.map((created) -> 1);
			case DELETE -> this.webClient.post()
				.uri("/api/2.0/token/delete")
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(new DeleteBody(Op.TOKEN_ID))
				.retrieve()
				.toBodilessEntity()
				.map((entity) -> 0);
		};
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record TokenList(@JsonProperty("token_infos") List<PublicTokenInfo> tokenInfos) {
	}

	record CreateBody(@JsonProperty("comment") String comment, @JsonProperty("lifetime_seconds") long lifetimeSeconds) {
	}

	record DeleteBody(@JsonProperty("token_id") String tokenId) {
	}

}
