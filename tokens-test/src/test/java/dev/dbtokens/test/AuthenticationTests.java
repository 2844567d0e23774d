package dev.dbtokens.test;

import java.time.Duration;
import java.time.Instant;

import dev.dbtokens.test.WireClient.Reply;
import io.netty.handler.codec.http.HttpMethod;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bearer authentication of the Token API.
 */
class AuthenticationTests {

	private static final MutableClock clock = MutableClock.at(Instant.parse("2026-03-01T10:00:00Z"));

	@RegisterExtension
	static DatabricksEmulatorExtension databricks = new DatabricksEmulatorExtension(DatabricksEmulator.builder()
		.withDefaultPrincipal()
		.withPrincipal("bob@example.com", "dapi0123456789abcdef0123456789abcdef")
		.clock(clock));

	private WireClient client;

	@BeforeEach
	void connect() {
		this.client = new WireClient(databricks.emulator());
	}

	@Test
	void answersUnauthenticatedWithoutAuthorizationHeader() {
		Reply reply = this.client.list(null);
		assertThat(reply.status()).isEqualTo(401);
		assertThat(reply.errorCode()).isEqualTo("UNAUTHENTICATED");
		assertThat(reply.json().path("message").asString()).isNotBlank();
	}

	@Test
	void answersUnauthenticatedForAnotherScheme() {
		Reply reply = this.client.exchange(HttpMethod.GET, "/api/2.0/token/list", "Basic dXNlcjpwYXNz", null,
				"application/json").block();
		assertThat(reply.status()).isEqualTo(401);
		assertThat(reply.errorCode()).isEqualTo("UNAUTHENTICATED");
	}

	@Test
	void answersPermissionDeniedForUnknownToken() {
		Reply reply = this.client.list("dapi00000000000000000000000000000000");
		assertThat(reply.status()).isEqualTo(403);
		assertThat(reply.errorCode()).isEqualTo("PERMISSION_DENIED");
		assertThat(reply.json().path("message").asString()).isEqualTo("Invalid access token.");
	}

	@Test
	void acceptsTheSchemeInAnyCase() {
		String lowerCase = "bearer " + databricks.defaultToken();
		Reply reply = this.client.exchange(HttpMethod.GET, "/api/2.0/token/list", lowerCase, null, "application/json")
			.block();
		assertThat(reply.status()).isEqualTo(200);
	}

	@Test
	void authenticatesAMintedTokenAsItsCreator() {
		String minted = mint(databricks.defaultToken(), "{\"comment\":\"minted\"}");
		Reply reply = this.client.create(minted, "{\"comment\":\"made with minted\"}");
		assertThat(reply.status()).isEqualTo(200);
		assertThat(databricks.emulator().tokens(DatabricksEmulator.DEFAULT_PRINCIPAL)).extracting(EmulatedToken::comment)
			.containsExactly("Seeded by DatabricksEmulator", "minted", "made with minted");
		assertThat(databricks.emulator().journal()).last()
			.extracting(RecordedRequest::principal)
			.isEqualTo(DatabricksEmulator.DEFAULT_PRINCIPAL);
	}

	@Test
	void refusesARevokedToken() {
		String minted = mint(databricks.defaultToken(), "{}");
		String id = databricks.emulator().tokens(DatabricksEmulator.DEFAULT_PRINCIPAL).get(1).tokenId();
		assertThat(this.client.delete(minted, id).status()).isEqualTo(200);
		assertThat(this.client.list(minted).errorCode()).isEqualTo("PERMISSION_DENIED");
	}

	@Test
	void refusesAnExpiredTokenOnceTheClockPassesItsExpiry() {
		String minted = mint(databricks.defaultToken(), "{\"lifetime_seconds\":60}");
		clock.advance(Duration.ofSeconds(59));
		assertThat(this.client.list(minted).status()).isEqualTo(200);
		clock.advance(Duration.ofSeconds(1));
		assertThat(this.client.list(minted).status()).isEqualTo(403);
	}

	@Test
	void refusesTheSeedTokenOnceItIsRevoked() {
		String bob = "dapi0123456789abcdef0123456789abcdef";
		String seedId = databricks.emulator().tokens("bob@example.com").get(0).tokenId();
		assertThat(this.client.delete(bob, seedId).status()).isEqualTo(200);
		assertThat(this.client.list(bob).status()).isEqualTo(403);
	}

	@Test
	void keepsPrincipalsApart() {
		String bob = databricks.emulator().principals().principal("bob@example.com").token();
		mint(databricks.defaultToken(), "{\"comment\":\"mine\"}");
		Reply bobs = this.client.list(bob);
		assertThat(bobs.json().path("token_infos").size()).isEqualTo(1);
		assertThat(bobs.text()).doesNotContain("mine");
	}

	private String mint(String token, String body) {
		Reply reply = this.client.create(token, body);
		assertThat(reply.status()).isEqualTo(200);
		return reply.json().path("token_value").asString();
	}

}
