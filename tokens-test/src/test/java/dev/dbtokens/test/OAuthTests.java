package dev.dbtokens.test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import dev.dbtokens.test.WireClient.Reply;
import io.netty.handler.codec.http.HttpMethod;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OAuth machine-to-machine: discovery, the client-credentials grant and access tokens.
 */
class OAuthTests {

	private static final MutableClock clock = MutableClock.at(Instant.parse("2026-03-01T10:00:00Z"));

	@RegisterExtension
	static DatabricksEmulatorExtension databricks = new DatabricksEmulatorExtension(DatabricksEmulator.builder()
		.withServicePrincipal("ci-bot", "client-1", "dose-secret")
		.accessTokenLifetime(Duration.ofMinutes(30))
		.clock(clock));

	private WireClient client;

	@BeforeEach
	void connect() {
		this.client = new WireClient(databricks.emulator());
	}

	@Test
	void publishesTheTokenEndpointInTheAuthorizationServerMetadata() {
		Reply reply = this.client.get("/oidc/.well-known/oauth-authorization-server", null);
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().path("token_endpoint").asString()).isEqualTo(databricks.baseUrl() + "/oidc/v1/token");
		assertThat(reply.json().path("authorization_endpoint").asString())
			.isEqualTo(databricks.baseUrl() + "/oidc/v1/authorize");
	}

	@Test
	void issuesABearerAccessTokenForValidClientCredentials() {
		Reply reply = this.client.oauthToken("client-1", "dose-secret");
		assertThat(reply.status()).isEqualTo(200);
		JsonNode json = reply.json();
		assertThat(json.path("access_token").asString()).isNotBlank();
		assertThat(json.path("token_type").asString()).isEqualTo("Bearer");
		assertThat(json.path("expires_in").longValue()).isEqualTo(1800);
		assertThat(json.path("scope").asString()).isEqualTo("all-apis");
	}

	@Test
	void acceptsClientCredentialsInTheFormBody() {
		Reply reply = this.client.exchange(HttpMethod.POST, "/oidc/v1/token", null,
				"grant_type=client_credentials&client_id=client-1&client_secret=dose-secret",
				"application/x-www-form-urlencoded")
			.block();
		assertThat(reply.status()).isEqualTo(200);
	}

	@Test
	void answersInvalidClientForABadSecret() {
		Reply reply = this.client.oauthToken("client-1", "wrong");
		assertThat(reply.status()).isEqualTo(401);
		assertThat(reply.json().path("error").asString()).isEqualTo("invalid_client");
		assertThat(reply.text()).doesNotContain("wrong").doesNotContain("dose-secret");
	}

	@Test
	void answersInvalidClientForAnUnknownClientOrNoCredentials() {
		assertThat(this.client.oauthToken("nobody", "dose-secret").status()).isEqualTo(401);
		Reply anonymous = this.client.exchange(HttpMethod.POST, "/oidc/v1/token", null,
				"grant_type=client_credentials", "application/x-www-form-urlencoded")
			.block();
		assertThat(anonymous.json().path("error").asString()).isEqualTo("invalid_client");
	}

	@Test
	void answersUnsupportedGrantTypeForOtherGrants() {
		String basic = Base64.getEncoder().encodeToString("client-1:dose-secret".getBytes(StandardCharsets.UTF_8));
		Reply reply = this.client.exchange(HttpMethod.POST, "/oidc/v1/token", "Basic " + basic,
				"grant_type=password", "application/x-www-form-urlencoded")
			.block();
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.json().path("error").asString()).isEqualTo("unsupported_grant_type");
	}

	@Test
	void authenticatesTheAccessTokenAsTheServicePrincipal() {
		String accessToken = accessToken();
		Reply created = this.client.create(accessToken, "{\"comment\":\"for the robot\"}");
		assertThat(created.status()).isEqualTo(200);
		assertThat(databricks.emulator().tokens("ci-bot")).extracting(EmulatedToken::comment)
			.containsExactly("for the robot");
		assertThat(databricks.emulator().journal()).last()
			.extracting(RecordedRequest::principal)
			.isEqualTo("ci-bot");
	}

	@Test
	void refusesTheAccessTokenOnceItExpires() {
		String accessToken = accessToken();
		clock.advance(Duration.ofMinutes(30).minusSeconds(1));
		assertThat(this.client.list(accessToken).status()).isEqualTo(200);
		clock.advance(Duration.ofSeconds(1));
		Reply reply = this.client.list(accessToken);
		assertThat(reply.status()).isEqualTo(403);
		assertThat(reply.errorCode()).isEqualTo("PERMISSION_DENIED");
	}

	private String accessToken() {
		return this.client.oauthToken("client-1", "dose-secret").json().path("access_token").asString();
	}

}
