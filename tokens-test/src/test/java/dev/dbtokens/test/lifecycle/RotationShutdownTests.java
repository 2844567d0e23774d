package dev.dbtokens.test.lifecycle;

import java.time.Duration;
import java.util.List;

import dev.dbtokens.client.autoconfigure.TokensClientAutoConfiguration;
import dev.dbtokens.client.autoconfigure.lifecycle.TokenLifecycleAutoConfiguration;
import dev.dbtokens.client.rotation.TokenRotation;
import dev.dbtokens.client.rotation.TokenRotationRegistry;
import dev.dbtokens.test.DatabricksEmulator;
import dev.dbtokens.test.DatabricksEmulatorExtension;
import dev.dbtokens.test.EmulatedToken;
import dev.dbtokens.test.Operation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.ApplicationContextException;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * An application shutting down with a rotation: by default its instance revokes its own tokens,
 * so that restarts and redeployments do not pile up live tokens until the principal's quota is
 * reached; other instances' tokens and unrelated ones stay; with
 * {@code databricks.rotation.<name>.revoke-on-stop=false} its token outlives it. The tokens are
 * revoked only once the web server has stopped, its requests finished.
 */
@ExtendWith(OutputCaptureExtension.class)
class RotationShutdownTests {

	static final String TAG = "rotation:svc";

	@RegisterExtension
	static DatabricksEmulatorExtension databricks = new DatabricksEmulatorExtension(DatabricksEmulator.builder().withDefaultPrincipal());

	@Test
	void restartsLeaveNoLiveTokenOfTheInstancesThatStopped(CapturedOutput output) {
		String otherReplica = RotationTokens.created(databricks.emulator(), TAG + "@0123456789ab", Duration.ofDays(1));
		String unrelated = RotationTokens.created(databricks.emulator(), "ci-job", Duration.ofDays(1));

		for (int restart = 0; restart < 5; restart++) {
			ConfigurableApplicationContext replica = start();
			String held = rotation(replica).current().orElseThrow().info().tokenId();
			assertThat(ids(tagged())).containsExactlyInAnyOrder(otherReplica, held);
			WebServerStandIn webServer = replica.getBean(WebServerStandIn.class);
			replica.close();
			assertThat(webServer.liveWhenItStopped).as("tokens live when the web server stopped").contains(held);
		}

		assertThat(ids(tagged())).containsExactly(otherReplica);
		assertThat(ids(databricks.emulator().tokens(DatabricksEmulator.DEFAULT_PRINCIPAL))).contains(unrelated);
		assertThat(output).contains("Token rotation 'svc' (instance ").contains("): revoked its 1 token(s) on stop");
	}

	@Test
	void aPausedContextKeepsItsTokensAndGoesOnCheckingOnceRestarted() {
		ConfigurableApplicationContext replica = start();
		TokenRotation rotation = rotation(replica);
		String held = rotation.current().orElseThrow().info().tokenId();

		replica.pause(); // what Spring's test framework does to a cached context it switches away from

		assertThat(rotation.isRunning()).isFalse();
		assertThat(ids(tagged())).containsExactly(held);
		replica.restart();
		assertThat(rotation.isRunning()).isTrue();
		assertThat(rotation.current()).hasValueSatisfying((token) -> assertThat(token.info().tokenId()).isEqualTo(held));
		replica.close();
		assertThat(ids(tagged())).isEmpty();
	}

	@Test
	void aContextClosedWhilePausedRevokesItsTokens(CapturedOutput output) {
		ConfigurableApplicationContext replica = start();
		String held = rotation(replica).current().orElseThrow().info().tokenId();
		replica.pause(); // Spring's test framework closes the contexts it paused when the tests end

		replica.close();

		assertThat(ids(tagged())).as("tokens of the instance closed while paused").doesNotContain(held).isEmpty();
		assertThat(output).contains("): revoked its 1 token(s) on stop");
	}

	@Test
	void aContextWhoseStartFailsAfterTheRotationsStartedRevokesTheTokensTheyMade(CapturedOutput output) {
		SpringApplicationBuilder failing = new SpringApplicationBuilder(Application.class, PortInUse.class)
			.web(WebApplicationType.NONE)
			.properties("databricks.host=" + databricks.baseUrl(), "databricks.token=" + databricks.defaultToken(),
					"databricks.rotation.svc.lifetime=1d", "spring.main.banner-mode=off");

		assertThatExceptionOfType(ApplicationContextException.class).isThrownBy(failing::run)
			.withStackTraceContaining("Port 8080 was already in use");

		assertThat(databricks.emulator().createdCount()).as("tokens the rotation made before the start failed").isEqualTo(1);
		assertThat(tagged()).as("tokens left by the instance whose start failed").isEmpty();
		assertThat(output).contains("): revoked its 1 token(s) on stop");
	}

	@Test
	void anInstanceThatIsToldSoLeavesItsTokenToExpire() {
		ConfigurableApplicationContext replica = start("databricks.rotation.svc.revoke-on-stop=false");
		String held = rotation(replica).current().orElseThrow().info().tokenId();

		replica.close();

		assertThat(ids(tagged())).containsExactly(held);
	}

	@Test
	void aWorkspaceThatDoesNotAnswerAtShutdownIsLoggedBeforeTheShutdownPhaseEnds(CapturedOutput output) {
		ConfigurableApplicationContext replica = start("spring.lifecycle.timeout-per-shutdown-phase=2s");
		String held = rotation(replica).current().orElseThrow().info().tokenId();
		String instance = rotation(replica).instanceId();
		databricks.emulator().faults().next(10).matching(Operation.LIST).delay(Duration.ofSeconds(30));
		long started = System.nanoTime();

		replica.close();

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
		assertThat(output).contains("Token rotation 'svc' (instance " + instance
				+ "): did not finish revoking its tokens within 1800 ms (9/10 of spring.lifecycle.timeout-per-shutdown-phase) on "
				+ "stop; they stay valid until they expire (lifetime PT24H)");
		assertThat(ids(tagged())).containsExactly(held);
	}

	private static ConfigurableApplicationContext start(String... more) {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class).web(WebApplicationType.NONE)
			.properties("databricks.host=" + databricks.baseUrl(), "databricks.token=" + databricks.defaultToken(),
					"databricks.rotation.svc.lifetime=1d", "spring.main.banner-mode=off")
			.properties(more)
			.run();
		TokenRotation rotation = rotation(context);
		await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(10)).until(() -> rotation.current().isPresent());
		return context;
	}

	private static TokenRotation rotation(ConfigurableApplicationContext context) {
		return context.getBean(TokenRotationRegistry.class).get("svc");
	}

	private static List<String> ids(List<EmulatedToken> tokens) {
		return tokens.stream().map(EmulatedToken::tokenId).toList();
	}

	private static List<EmulatedToken> tagged() {
		return RotationTokens.tagged(databricks.emulator(), TAG);
	}

	/** The starter's auto-configuration with a rotation, no lock store: one instance at a time. */
	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ WebClientAutoConfiguration.class, TokensClientAutoConfiguration.class,
			TokenLifecycleAutoConfiguration.class })
	static class Application {

		@Bean
		WebServerStandIn webServer() {
			return new WebServerStandIn();
		}

	}

	/**
	 * Fails to start after the rotations, as a web server whose port is taken does: once the
	 * rotation has made its first token.
	 */
	@Configuration(proxyBeanMethods = false)
	static class PortInUse {

		@Bean
		SmartLifecycle portInUse(ObjectProvider<TokenRotationRegistry> rotations) {
			return new SmartLifecycle() {

				@Override
				public void start() {
					TokenRotation rotation = rotations.getObject().get("svc");
					await().atMost(Duration.ofSeconds(20)).until(() -> rotation.current().isPresent());
					throw new IllegalStateException("Port 8080 was already in use");
				}

				@Override
				public void stop() {
				}

				@Override
				public boolean isRunning() {
					return false;
				}

				@Override
				public int getPhase() {
					return SmartLifecycle.DEFAULT_PHASE - 2048;
				}

			};
		}

	}

	/**
	 * Stops in the phase of Spring Boot's graceful shutdown of a web server, which lets the
	 * requests in flight finish: they may still use the rotation's token.
	 */
	static class WebServerStandIn implements SmartLifecycle {

		volatile List<String> liveWhenItStopped = List.of();

		private volatile boolean running;

		@Override
		public void start() {
			this.running = true;
		}

		@Override
		public void stop() {
			this.liveWhenItStopped = ids(tagged());
			this.running = false;
		}

		@Override
		public boolean isRunning() {
			return this.running;
		}

		@Override
		public int getPhase() {
			return SmartLifecycle.DEFAULT_PHASE - 1024;
		}

	}

}
