package dev.dbtokens.test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.http.client.ReactorResourceFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatIOException;

/**
 * Lifecycle, seeding and inspection of {@link DatabricksEmulator} itself.
 */
class DatabricksEmulatorTests {

	@Test
	void startsOnARandomLoopbackPortAndStopsAgain() {
		DatabricksEmulator emulator = DatabricksEmulator.builder().withDefaultPrincipal().start();
		try {
			assertThat(emulator.isRunning()).isTrue();
			assertThat(emulator.port()).isPositive();
			assertThat(emulator.baseUrl()).isEqualTo("http://127.0.0.1:" + emulator.port());
			assertThat(new WireClient(emulator).list(emulator.defaultToken()).status()).isEqualTo(200);
		}
		finally {
			emulator.close();
		}
		assertThat(emulator.isRunning()).isFalse();
		assertThatIllegalStateException().isThrownBy(emulator::port).withMessageContaining("start()");
	}

	@Test
	void bindsTheConfiguredPort() throws IOException {
		int free;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			free = socket.getLocalPort();
		}
		try (DatabricksEmulator emulator = DatabricksEmulator.builder().port(free).start()) {
			assertThat(emulator.port()).isEqualTo(free);
		}
	}

	@Test
	void listensOn127001Only() throws IOException {
		// On Linux all of 127/8 reaches the host: a server bound to every address would accept on 127.0.0.2.
		InetAddress otherLoopback = InetAddress.getByAddress(new byte[] { 127, 0, 0, 2 });
		try (DatabricksEmulator emulator = DatabricksEmulator.builder().start(); Socket socket = new Socket()) {
			assertThatIOException()
				.isThrownBy(() -> socket.connect(new InetSocketAddress(otherLoopback, emulator.port()), 1000));
		}
	}

	@Test
	void refusesToStartTwiceButRestartsAfterStop() {
		try (DatabricksEmulator emulator = DatabricksEmulator.builder().withDefaultPrincipal().start()) {
			assertThatIllegalStateException().isThrownBy(emulator::start).withMessageContaining("already running");
			String token = emulator.defaultToken();
			emulator.stop();
			emulator.start();
			assertThat(new WireClient(emulator).list(token).status()).isEqualTo(200);
		}
	}

	@Test
	void keepsAnsweringWhenAnApplicationInTheSameJvmDisposesReactorNettysGlobalResources() {
		try (DatabricksEmulator emulator = DatabricksEmulator.builder().withDefaultPrincipal().start()) {
			// What a Spring Boot application started by a test with SpringApplication.run does when it closes.
			ReactorResourceFactory application = new ReactorResourceFactory();
			application.afterPropertiesSet();
			application.destroy();

			assertThat(new WireClient(emulator).list(emulator.defaultToken()).status()).isEqualTo(200);
		}
	}

	@Test
	void explainsThatThereIsNoDefaultPrincipal() {
		DatabricksEmulator emulator = DatabricksEmulator.builder().withPrincipal("alice").build();
		assertThatIllegalStateException().isThrownBy(emulator::defaultToken)
			.withMessageContaining("withDefaultPrincipal()");
		assertThatIllegalArgumentException().isThrownBy(() -> emulator.principals().principal("bob"))
			.withMessageContaining("alice");
		assertThatIllegalArgumentException().isThrownBy(() -> emulator.principals().servicePrincipal("bob"));
	}

	@Test
	void refusesPrincipalsThatShareANameATokenOrAClientId() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DatabricksEmulator.builder().withPrincipal("a").withServicePrincipal("a").build());
		DatabricksEmulatorBuilder sameToken = DatabricksEmulator.builder()
			.withPrincipal("a", "dapi1")
			.withPrincipal("b", "dapi1");
		assertThatIllegalArgumentException().isThrownBy(sameToken::build);
		DatabricksEmulator emulator = DatabricksEmulator.builder().withServicePrincipal("x", "id", "s").build();
		assertThatIllegalArgumentException().isThrownBy(() -> emulator.principals().addServicePrincipal("y", "id", "t"));
		assertThatIllegalArgumentException().isThrownBy(() -> emulator.principals().addPrincipal(" "));
	}

	@Test
	void refusesInvalidBuilderSettings() {
		DatabricksEmulatorBuilder builder = DatabricksEmulator.builder();
		assertThatIllegalArgumentException().isThrownBy(() -> builder.port(70000));
		assertThatIllegalArgumentException().isThrownBy(() -> builder.tokenQuota(0));
		assertThatIllegalArgumentException().isThrownBy(() -> builder.maxLifetime(Duration.ZERO));
		assertThatIllegalArgumentException().isThrownBy(() -> builder.accessTokenLifetime(Duration.ZERO));
	}

	@Test
	void resetReturnsToTheSeededState() {
		try (DatabricksEmulator emulator = DatabricksEmulator.builder().withDefaultPrincipal().start()) {
			WireClient client = new WireClient(emulator);
			String seedId = emulator.tokens(DatabricksEmulator.DEFAULT_PRINCIPAL).get(0).tokenId();
			client.delete(emulator.defaultToken(), seedId);
			String added = emulator.principals().addPrincipal("temp").token();
			client.create(added, "{}");
			emulator.faults().next().status503();
			emulator.reset();
			assertThat(emulator.createdCount()).isZero();
			assertThat(emulator.journal()).isEmpty();
			assertThat(emulator.faults().pending()).isZero();
			assertThat(emulator.tokens("temp")).isEmpty();
			assertThatIllegalArgumentException().isThrownBy(() -> emulator.principals().principal("temp"));
			assertThat(client.list(added).status()).isEqualTo(403);
			assertThat(client.list(emulator.defaultToken()).status()).isEqualTo(200);
			assertThat(emulator.tokens(DatabricksEmulator.DEFAULT_PRINCIPAL)).singleElement()
				.satisfies((token) -> assertThat(token.neverExpires()).isTrue());
		}
	}

	@Test
	void countsCreatedTokensIncludingDeletedOnesButNotSeeds() {
		try (DatabricksEmulator emulator = DatabricksEmulator.builder().withDefaultPrincipal().start()) {
			WireClient client = new WireClient(emulator);
			String id = client.create(emulator.defaultToken(), "{}").json().path("token_info").path("token_id")
				.asString();
			client.create(emulator.defaultToken(), "{}");
			client.delete(emulator.defaultToken(), id);
			assertThat(emulator.createdCount()).isEqualTo(2);
			assertThat(emulator.tokens(DatabricksEmulator.DEFAULT_PRINCIPAL)).hasSize(2);
			assertThat(emulator.tokens("nobody")).isEmpty();
		}
	}

}
