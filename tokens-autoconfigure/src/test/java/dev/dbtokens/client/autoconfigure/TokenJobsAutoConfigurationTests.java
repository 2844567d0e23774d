package dev.dbtokens.client.autoconfigure;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.dbtokens.client.autoconfigure.diagnostics.InvalidDatabricksPropertyFailureAnalyzer;
import dev.dbtokens.client.autoconfigure.lifecycle.ShedLockJobLock;
import dev.dbtokens.client.autoconfigure.lifecycle.TokenJobs;
import dev.dbtokens.client.autoconfigure.lifecycle.TokenLifecycleAutoConfiguration;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.NoUniqueBeanDefinitionException;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;

import static dev.dbtokens.client.support.TestSecrets.CONFIGURED_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jobs that run once across replicas: through the application's ShedLock LockProvider when
 * there is one, on every replica otherwise (said once at start-up), and the lock properties. The
 * workspace is a closed port: the jobs fail, which they log and go on from.
 */
@ExtendWith(OutputCaptureExtension.class)
class TokenJobsAutoConfigurationTests {

	static final String NO_LOCK_PROVIDER = "There is no ShedLock LockProvider bean";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class, TokensClientAutoConfiguration.class,
				TokenLifecycleAutoConfiguration.class))
		.withBean(Clock.class, () -> Clock.fixed(Instant.parse("2025-01-06T09:00:00Z"), ZoneOffset.UTC))
		.withPropertyValues("databricks.host=http://127.0.0.1:9", "databricks.token=" + CONFIGURED_TOKEN,
				"databricks.retry.max-attempts=1", "databricks.rotation.app.lifetime=1d",
				"databricks.rotation.app.check-interval=1m");

	@Test
	void runsEachJobOnEveryReplicaAndSaysSoOnceWithoutALockProvider(CapturedOutput output) {
		this.contextRunner.withPropertyValues("databricks.rotation.etl.lifetime=1d").run((context) -> {
			TokenJobs jobs = context.getBean(TokenJobs.class);
			assertThat(jobs.names()).containsExactly("orphans.app", "orphans.etl");
			assertThat(jobs.runNow("orphans.app")).isTrue();
			assertThat(jobs.runNow("orphans.app")).isTrue();
		});
		assertThat(output.getOut().split(NO_LOCK_PROVIDER, -1)).hasSize(2);
		assertThat(output).contains("[orphans.app, orphans.etl] run on every replica");
	}

	@Test
	void runsEachJobOnEveryReplicaWhenShedLockIsNotOnTheClassPath(CapturedOutput output) {
		this.contextRunner.withClassLoader(new FilteredClassLoader(LockProvider.class)).run((context) -> {
			assertThat(context).hasNotFailed().doesNotHaveBean(ShedLockJobLock.class);
			assertThat(context.getBean(TokenJobs.class).runNow("orphans.app")).isTrue();
		});
		assertThat(output).contains(NO_LOCK_PROVIDER);
	}

	@Test
	void takesTheJobsNamedLockThroughTheLockProviderAndSkipsTheRunWhenItIsHeldElsewhere(CapturedOutput output) {
		RecordingLockProvider provider = new RecordingLockProvider();
		this.contextRunner.withBean(LockProvider.class, () -> provider).run((context) -> {
			TokenJobs jobs = context.getBean(TokenJobs.class);
			assertThat(jobs.runNow("orphans.app")).isTrue();
			provider.held = true;
			assertThat(jobs.runNow("orphans.app")).isFalse();
		});
		assertThat(provider.locks).hasSize(2).allSatisfy((lock) -> {
			assertThat(lock.getName()).isEqualTo("databricks-tokens.orphans.app");
			assertThat(lock.getLockAtMostFor()).isEqualTo(Duration.ofMinutes(10));
			assertThat(lock.getLockAtLeastFor()).as("nine tenths of the check interval").isEqualTo(Duration.ofSeconds(54));
		});
		assertThat(output).contains("[orphans.app] run once across the replicas", "RecordingLockProvider")
			.doesNotContain(NO_LOCK_PROVIDER);
	}

	@Test
	void refusesToStartWhenSeveralLockProvidersLeaveTheOneToUseUnsaid() {
		this.contextRunner.withBean("ordersLockProvider", LockProvider.class, RecordingLockProvider::new)
			.withBean("reportsLockProvider", LockProvider.class, RecordingLockProvider::new)
			.run((context) -> {
				assertThat(context).as("a context whose jobs would run on every replica").hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.isInstanceOf(NoUniqueBeanDefinitionException.class)
					.hasMessageContainingAll("ordersLockProvider", "reportsLockProvider");
			});
	}

	@Test
	void takesThePrimaryOfSeveralLockProviders() {
		RecordingLockProvider primary = new RecordingLockProvider();
		RecordingLockProvider other = new RecordingLockProvider();
		this.contextRunner.withBean("ordersLockProvider", LockProvider.class, () -> primary, (definition) -> definition.setPrimary(true))
			.withBean("reportsLockProvider", LockProvider.class, () -> other)
			.run((context) -> assertThat(context.getBean(TokenJobs.class).runNow("orphans.app")).isTrue());
		assertThat(primary.locks).singleElement().satisfies((lock) -> assertThat(lock.getName()).isEqualTo("databricks-tokens.orphans.app"));
		assertThat(other.locks).isEmpty();
	}

	@Test
	void takesTheLockSettingsFromTheProperties() {
		RecordingLockProvider provider = new RecordingLockProvider();
		this.contextRunner.withBean(LockProvider.class, () -> provider)
			.withPropertyValues("databricks.lifecycle.lock.name-prefix=svc-", "databricks.lifecycle.lock.lock-at-most-for=2m",
					"databricks.lifecycle.lock.lock-at-least-for=5s")
			.run((context) -> context.getBean(TokenJobs.class).runNow("orphans.app"));
		assertThat(provider.locks).singleElement().satisfies((lock) -> {
			assertThat(lock.getName()).isEqualTo("svc-orphans.app");
			assertThat(lock.getLockAtMostFor()).isEqualTo(Duration.ofMinutes(2));
			assertThat(lock.getLockAtLeastFor()).isEqualTo(Duration.ofSeconds(5));
		});
	}

	@ParameterizedTest(name = "{0}={1}")
	@CsvSource(delimiter = '|', value = {
			"databricks.lifecycle.lock.lock-at-most-for | 0s | lock.lock-at-most-for' | must be positive | e.g. 10m",
			"databricks.lifecycle.lock.lock-at-least-for | 11m | lock.lock-at-least-for' | at most lock-at-most-for (PT10M) | nine tenths",
			"databricks.lifecycle.lock.lock-at-least-for | -1s | lock.lock-at-least-for' | zero or more | below",
			"databricks.lifecycle.lock.name-prefix | a-prefix-much-longer-than-thirty-two-characters | lock.name-prefix' | at most 32 | 64 characters" })
	void explainsEachBadLockPropertyAtStartUp(String property, String value, String named, String problem, String action) {
		this.contextRunner.withPropertyValues(property + "=" + value).run((context) -> {
			assertThat(context).hasFailed();
			FailureAnalysis analysis = new InvalidDatabricksPropertyFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(analysis).isNotNull();
			assertThat(analysis.getDescription()).contains(named).contains(problem);
			assertThat(analysis.getAction()).contains(action);
		});
	}

	@Test
	void refusesAtStartUpARotationWhoseCleanupLockNameIsLongerThanShedLocksTableHolds() {
		String name = "nightly-warehouse-export-service-token-01";
		this.contextRunner.withBean(LockProvider.class, RecordingLockProvider::new)
			.withPropertyValues("databricks.rotation." + name + ".lifetime=1d")
			.run((context) -> {
				assertThat(context).hasFailed();
				FailureAnalysis analysis = new InvalidDatabricksPropertyFailureAnalyzer().analyze(context.getStartupFailure());
				assertThat(analysis).isNotNull();
				assertThat(analysis.getDescription()).contains("'databricks.rotation." + name + "'")
					.contains("'databricks-tokens.orphans." + name + "'")
					.contains("is 67 characters long")
					.contains("up to 64");
				assertThat(analysis.getAction()).contains("shorter name").contains("databricks.lifecycle.lock.name-prefix");
			});
	}

	@Test
	void runsTheCleanupOfARotationWithALongNameWhenTheLockNameFits() {
		String name = "nightly-warehouse-export-service-token-01";
		RecordingLockProvider provider = new RecordingLockProvider();
		this.contextRunner.withBean(LockProvider.class, () -> provider)
			.withPropertyValues("databricks.rotation." + name + ".lifetime=1d", "databricks.lifecycle.lock.name-prefix=dt.")
			.run((context) -> assertThat(context.getBean(TokenJobs.class).runNow("orphans." + name)).isTrue());
		assertThat(provider.locks).singleElement().satisfies((lock) -> assertThat(lock.getName()).hasSize(52));
	}

	/** Stands in for a ShedLock provider: grants each lock unless told it is held elsewhere. */
	static class RecordingLockProvider implements LockProvider {

		final List<LockConfiguration> locks = new CopyOnWriteArrayList<>();

		volatile boolean held;

		@Override
		public Optional<SimpleLock> lock(LockConfiguration lockConfiguration) {
			this.locks.add(lockConfiguration);
			return this.held ? Optional.empty() : Optional.of(() -> {
			});
		}

	}

}
