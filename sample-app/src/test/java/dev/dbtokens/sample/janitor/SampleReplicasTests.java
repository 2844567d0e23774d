package dev.dbtokens.sample.janitor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.dbtokens.client.TokensClient;
import dev.dbtokens.client.autoconfigure.lifecycle.TokenJobs;
import dev.dbtokens.client.rotation.RotatedToken;
import dev.dbtokens.client.rotation.TokenRotation;
import dev.dbtokens.client.rotation.TokenRotationRegistry;
import dev.dbtokens.sample.SampleApplication;
import dev.dbtokens.sample.rotation.SelfRotatingCredentials;
import dev.dbtokens.test.DatabricksEmulator;
import dev.dbtokens.test.DatabricksEmulatorExtension;
import dev.dbtokens.test.EmulatedToken;
import dev.dbtokens.test.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static dev.dbtokens.test.DatabricksEmulator.DEFAULT_PRINCIPAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two replicas of the sample with the janitor on and {@code sample.rotate-own-token=true}, against
 * one emulator and one H2 database (named, in memory, as two replicas would share a PostgreSQL
 * database): the janitor sweeps once per interval across them, and each replica keeps
 * authenticating with a valid token of its own rotation while the clock moves through three days.
 */
@Tag("whole-application")
class SampleReplicasTests {

	static final MutableClock clock = MutableClock.at(Instant.parse("2026-03-01T10:00:00Z"));

	@RegisterExtension
	static DatabricksEmulatorExtension databricks = new DatabricksEmulatorExtension(
			DatabricksEmulator.builder().withDefaultPrincipal().clock(clock));

	private final List<ConfigurableApplicationContext> replicas = new ArrayList<>();

	@AfterEach
	void stopReplicas() {
		this.replicas.forEach(ConfigurableApplicationContext::close);
	}

	@Test
	void twoReplicasSweepOncePerIntervalAndEachAuthenticatesWithAValidTokenOfItsOwn() {
		ConfigurableApplicationContext first = start();
		ConfigurableApplicationContext second = start();

		assertThat(List.of(jobs(first).runNow(JanitorConfiguration.JOB), jobs(second).runNow(JanitorConfiguration.JOB)))
			.as("janitor runs across the replicas within one interval")
			.containsExactlyInAnyOrder(true, false);
		assertThat(jobs(first).names()).containsExactlyInAnyOrder(JanitorConfiguration.JOB, "orphans.self");

		for (int step = 0; step < 12; step++) {
			clock.advance(Duration.ofHours(6));
			for (ConfigurableApplicationContext replica : this.replicas) {
				TokenRotation rotation = rotation(replica);
				rotation.checkNow().block(Duration.ofSeconds(10));
				RotatedToken held = rotation.current().orElseThrow();
				assertThat(liveIds()).as("token of %s after %d h", rotation.instanceId(), 6 * (step + 1))
					.contains(held.info().tokenId());
				assertThat(replica.getBean(TokensClient.class).blocking().list()).as("the replica authenticates").isNotEmpty();
			}
		}
		assertThat(rotation(first).instanceId()).isNotEqualTo(rotation(second).instanceId());
	}

	private ConfigurableApplicationContext start() {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(SampleApplication.class, SharedClock.class)
			.web(WebApplicationType.NONE)
			.run("--databricks.host=" + databricks.baseUrl(), "--databricks.token=" + databricks.defaultToken(),
					"--spring.datasource.url=jdbc:h2:mem:sample-replicas;DB_CLOSE_DELAY=-1", "--sample.demo=false",
					"--sample.janitor.enabled=true", "--sample.janitor.interval=1h", "--sample.rotate-own-token=true",
					"--databricks.rotation.self.check-interval=1h", "--spring.main.banner-mode=off");
		this.replicas.add(context);
		TokenRotation rotation = rotation(context);
		await().atMost(Duration.ofSeconds(20)).until(() -> rotation.current().isPresent());
		return context;
	}

	private static TokenJobs jobs(ConfigurableApplicationContext context) {
		return context.getBean(TokenJobs.class);
	}

	private static TokenRotation rotation(ConfigurableApplicationContext context) {
		return context.getBean(TokenRotationRegistry.class).get(SelfRotatingCredentials.ROTATION);
	}

	private static List<String> liveIds() {
		return databricks.emulator().tokens(DEFAULT_PRINCIPAL).stream().map(EmulatedToken::tokenId).toList();
	}

	@Configuration(proxyBeanMethods = false)
	static class SharedClock {

		@Bean
		Clock clock() {
			return clock;
		}

	}

}
