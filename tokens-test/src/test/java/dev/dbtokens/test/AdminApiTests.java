package dev.dbtokens.test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import dev.dbtokens.test.WireClient.Reply;
import io.netty.handler.codec.http.HttpMethod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The admin API under {@code /__emulator/}, its key, and saving and restoring state.
 */
class AdminApiTests {

	private static final String KEY = "emulator-admin-key-0123456789";

	private final MutableClock clock = MutableClock.ticking();

	private DatabricksEmulator emulator;

	private WireClient client;

	@BeforeEach
	void start() {
		this.emulator = DatabricksEmulator.builder().withDefaultPrincipal().clock(this.clock).start();
		this.client = new WireClient(this.emulator);
	}

	@AfterEach
	void stop() {
		this.emulator.close();
	}

	@Test
	void answersAsAnUnknownDatabricksPathUntilEnabled() {
		Reply reply = this.client.get("/__emulator/tokens", KEY);
		assertThat(reply.status()).isEqualTo(404);
		assertThat(reply.errorCode()).isEqualTo("ENDPOINT_NOT_FOUND");
	}

	@Test
	void refusesCallsWithoutTheKeyAndDatabricksPathsRefuseTheKey() {
		this.emulator.enableAdminApi(KEY);
		assertThat(this.client.get("/__emulator/tokens", null).status()).isEqualTo(401);
		assertThat(this.client.get("/__emulator/tokens", this.emulator.defaultToken()).status()).isEqualTo(401);
		assertThat(this.client.get("/__emulator/tokens", KEY + "x").status()).isEqualTo(401);
		assertThat(this.client.get("/api/2.0/token/list", KEY).status()).isEqualTo(403);
		assertThat(this.client.get("/__emulator/tokens", KEY).status()).isEqualTo(200);
	}

	@Test
	void seedsInjectsFaultsMovesTheClockAndResets() {
		this.emulator.enableAdminApi(KEY);
		Reply seeded = this.client.send(HttpMethod.POST, "/__emulator/seed", KEY,
				"{\"admins\": [{\"name\": \"root@example.com\", \"token\": \"dapi-root-0001\"}]}");
		assertThat(seeded.status()).isEqualTo(200);
		assertThat(this.client.get("/api/2.0/token-management/tokens", "dapi-root-0001").status()).isEqualTo(200);
		this.client.send(HttpMethod.POST, "/__emulator/faults", KEY,
				"{\"operations\": [\"LIST\"], \"status\": 429, \"retryAfterSeconds\": 2}");
		Reply limited = this.client.get("/api/2.0/token/list", this.emulator.defaultToken());
		assertThat(limited.status()).isEqualTo(429);
		assertThat(limited.headers().get("Retry-After")).isEqualTo("2");
		Instant before = this.clock.instant();
		Reply moved = this.client.send(HttpMethod.POST, "/__emulator/clock", KEY, "{\"advanceSeconds\": 86400}");
		assertThat(Instant.parse(moved.json().path("now").asString())).isAfterOrEqualTo(before.plusSeconds(86400));
		assertThat(this.client.get("/__emulator/journal", KEY).json().path("requests").size()).isGreaterThan(0);
		assertThat(this.client.send(HttpMethod.POST, "/__emulator/reset", KEY, "").status()).isEqualTo(200);
		assertThat(this.client.get("/api/2.0/token/list", "dapi-root-0001").status()).isEqualTo(403);
	}

	@Test
	void namesWhatIsWrongWithABadCall() {
		this.emulator.enableAdminApi(KEY);
		Reply fault = this.client.send(HttpMethod.POST, "/__emulator/faults", KEY, "{\"count\": 1}");
		assertThat(fault.status()).isEqualTo(400);
		assertThat(fault.json().path("message").asString()).contains("'status'");
		Reply seed = this.client.send(HttpMethod.POST, "/__emulator/seed", KEY, "{\"tokenQuota\": 5}");
		assertThat(seed.json().path("message").asString()).contains("tokenQuota");
		Reply unknown = this.client.get("/__emulator/nothing", KEY);
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.json().path("message").asString()).contains("POST reset");
	}

	@Test
	void restoresSavedTokensPrincipalsAndSettings(@TempDir Path dir) {
		String token = this.client.create(this.emulator.defaultToken(), "{\"comment\": \"kept\"}").json()
			.path("token_value").asString();
		this.emulator.principals().addServicePrincipal("robot");
		Path file = dir.resolve("state.json");
		this.emulator.saveState(file);
		try (DatabricksEmulator restarted = DatabricksEmulator.builder().withDefaultPrincipal().start()) {
			restarted.restoreState(file);
			assertThat(restarted.defaultToken()).isEqualTo(this.emulator.defaultToken());
			assertThat(restarted.allTokens()).extracting(EmulatedToken::comment).contains("kept");
			assertThat(new WireClient(restarted).list(token).status()).isEqualTo(200);
			assertThat(restarted.principals().principalId("robot"))
				.isEqualTo(this.emulator.principals().principalId("robot"));
		}
	}

	@Test
	void refusesAFileThatIsNotASavedState(@TempDir Path dir) throws Exception {
		Path file = Files.writeString(dir.resolve("state.json"), "[1, 2]");
		assertThatIllegalArgumentException().isThrownBy(() -> this.emulator.restoreState(file))
			.withMessageContaining(file.toString());
	}

}
