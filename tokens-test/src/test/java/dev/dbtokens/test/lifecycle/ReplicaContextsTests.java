package dev.dbtokens.test.lifecycle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.dbtokens.client.autoconfigure.TokensClientAutoConfiguration;
import dev.dbtokens.client.autoconfigure.lifecycle.TokenJobs;
import dev.dbtokens.client.autoconfigure.lifecycle.TokenLifecycleAutoConfiguration;
import dev.dbtokens.client.rotation.RotatedToken;
import dev.dbtokens.client.rotation.TokenRotation;
import dev.dbtokens.client.rotation.TokenRotationRegistry;
import dev.dbtokens.test.DatabricksEmulator;
import dev.dbtokens.test.DatabricksEmulatorExtension;
import dev.dbtokens.test.EmulatedToken;
import dev.dbtokens.test.Faults;
import dev.dbtokens.test.MutableClock;
import dev.dbtokens.test.Operation;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Three replicas of one application: three Spring application contexts with the same
 * configuration against one emulator, on one clock the test moves, with ShedLock on an embedded H2
 * database. Over two simulated weeks of checks every two hours, with replicas stopped and new ones started
 * and faults injected (503, connection resets, 429 on create and delete): no replica ever holds a
 * revoked or expired token, each has at most two tokens of its own and every other token of the
 * rotation is an orphan of a stopped replica, and each orphan cleanup runs once per interval across
 * the three.
 */
class ReplicaContextsTests {

	static final Instant START = Instant.parse("2025-01-06T00:00:00Z");

	static final MutableClock clock = MutableClock.at(START);

	static final Duration CHECK = Duration.ofHours(2);

	static final String TAG = "rotation:svc";

	static final String JOB = "orphans.svc";

	@RegisterExtension
	static DatabricksEmulatorExtension databricks = new DatabricksEmulatorExtension(
			DatabricksEmulator.builder().withDefaultPrincipal().clock(clock));

	static final JdbcDataSource dataSource = new JdbcDataSource();

	private final List<ConfigurableApplicationContext> live = new ArrayList<>();

	private final Set<String> stopped = new HashSet<>();

	@BeforeAll
	static void lockTable() {
		dataSource.setURL("jdbc:h2:mem:replicas;DB_CLOSE_DELAY=-1");
		new JdbcTemplate(dataSource).execute("CREATE TABLE shedlock(name VARCHAR(64) NOT NULL PRIMARY KEY, "
				+ "lock_until TIMESTAMP(3) NOT NULL, locked_at TIMESTAMP(3) NOT NULL, locked_by VARCHAR(255) NOT NULL)");
		ClockProvider.setClock(clock);
	}

	@AfterAll
	static void systemClock() {
		ClockProvider.setClock(Clock.systemUTC());
	}

	@AfterEach
	void stopReplicas() {
		this.live.forEach(ConfigurableApplicationContext::close);
	}

	@Test
	void threeReplicasKeepValidTokensOfTheirOwnAndRunEachJobOnceAcrossThemThroughTwoWeeksWithRestartsAndFaults() {
		clock.set(START);
		String handMade = RotationTokens.created(databricks.emulator(), TAG, null);
		for (int i = 0; i < 3; i++) {
			startReplica();
		}
		Faults faults = databricks.emulator().faults();
		int checks = 0;
		int jobRuns = 0;
		int ticks = (int) Duration.ofDays(14).dividedBy(CHECK);
		for (int tick = 1; tick <= ticks; tick++) {
			clock.advance(CHECK);
			if (tick % 40 == 0) {
				stopReplica(tick % 3);
				startReplica();
			}
			if (tick % 13 == 7) {
				faults.next(2).matching(Operation.CREATE).status503();
				faults.next().matching(Operation.DELETE).respond(429);
			}
			if (tick % 17 == 11) {
				faults.next().matching(Operation.CREATE).respond(429);
				faults.next().matching(Operation.DELETE).resetBeforeHandling();
			}
			if (tick % 19 == 5) {
				faults.next().matching(Operation.CREATE).resetAfterHandling();
				faults.next().matching(Operation.LIST).status503();
			}
			int ran = 0;
			for (ConfigurableApplicationContext replica : this.live) {
				rotation(replica).checkNow().block(Duration.ofSeconds(10));
				checks++;
				ran += replica.getBean(TokenJobs.class).runNow(JOB) ? 1 : 0;
			}
			assertThat(ran).as("runs of %s at tick %d across the replicas", JOB, tick).isEqualTo(1);
			jobRuns += ran;
			assertReplicasHoldValidTokensOfTheirOwn(tick);
			assertThat(ids(tagged()).contains(handMade)).as("hand-made token without expiry at tick %d", tick).isEqualTo(tick < Duration.ofDays(1).dividedBy(CHECK));
		}

		assertThat(checks).isEqualTo(3 * ticks);
		assertThat(jobRuns).isEqualTo(ticks);
		assertThat(this.stopped).hasSize(ticks / 40);
		assertThat(databricks.emulator().journal()).filteredOn((request) -> request.status() == 429).isNotEmpty();
	}

	@Test
	void aDailyJobRunsOnceADayAcrossReplicasWhoseSchedulesAreOutOfStep() {
		clock.set(START);
		// A lock store of its own for this test's jobs, as the other test's runs hold theirs.
		ConfigurableApplicationContext early = startReplica("databricks.lifecycle.lock.name-prefix=daily.");
		ConfigurableApplicationContext late = startReplica("databricks.lifecycle.lock.name-prefix=daily.");
		List<String> runs = new ArrayList<>();
		early.getBean(TokenJobs.class).schedule("expired-tokens", Duration.ofDays(1), () -> runs.add("early " + clock.instant()));
		late.getBean(TokenJobs.class).schedule("expired-tokens", Duration.ofDays(1), () -> runs.add("late " + clock.instant()));
		for (int day = 0; day < 3; day++) {
			// Each replica's schedule ticks once a day: one at midnight, the other at noon.
			early.getBean(TokenJobs.class).runNow("expired-tokens");
			clock.advance(Duration.ofHours(12));
			late.getBean(TokenJobs.class).runNow("expired-tokens");
			clock.advance(Duration.ofHours(12));
		}

		assertThat(runs).as("runs of a daily job over three days, lock-at-most-for 10m (the default)").hasSize(3);
	}

	private void assertReplicasHoldValidTokensOfTheirOwn(int tick) {
		List<EmulatedToken> tagged = tagged().stream().filter((token) -> !TAG.equals(token.comment())).toList();
		Set<String> liveIds = ids(tagged);
		Map<String, Long> byInstance = tagged.stream()
			.collect(Collectors.groupingBy((token) -> instanceOf(token.comment()), Collectors.counting()));
		for (ConfigurableApplicationContext replica : this.live) {
			TokenRotation rotation = rotation(replica);
			RotatedToken held = rotation.current().orElseThrow(() -> new AssertionError("no token at tick " + tick));
			assertThat(liveIds).as("token held by %s at tick %d, live (not revoked, not expired)", rotation.instanceId(), tick)
				.contains(held.info().tokenId());
			assertThat(byInstance.getOrDefault(rotation.instanceId(), 0L)).as("own tokens of %s at tick %d", rotation.instanceId(), tick)
				.isBetween(1L, 2L);
		}
		byInstance.forEach((instance, count) -> {
			if (this.live.stream().noneMatch((replica) -> rotation(replica).instanceId().equals(instance))) {
				assertThat(this.stopped).as("owner of %d token(s) %s at tick %d", count, instance, tick).contains(instance);
				assertThat(count).isLessThanOrEqualTo(2L);
			}
		});
		assertThat(tagged.size()).as("tokens of the rotation at tick %d", tick)
			.isLessThanOrEqualTo(2 * this.live.size() + byInstance.entrySet()
				.stream()
				.filter((entry) -> this.stopped.contains(entry.getKey()))
				.mapToInt((entry) -> entry.getValue().intValue())
				.sum());
	}

	private ConfigurableApplicationContext startReplica(String... more) {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(Replica.class).web(WebApplicationType.NONE)
			.properties("databricks.host=" + databricks.baseUrl(), "databricks.token=" + databricks.defaultToken(),
					"databricks.retry.max-attempts=1", "databricks.rotation.svc.lifetime=1d",
					"databricks.rotation.svc.rotate-at=0.5", "databricks.rotation.svc.grace=2h",
					"databricks.rotation.svc.check-interval=" + CHECK.toMinutes() + "m", "spring.main.banner-mode=off")
			.properties(more)
			.run();
		TokenRotation rotation = rotation(context);
		// The first check runs as the context starts; a concurrent checkNow() skips, so wait for it.
		await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(10)).until(() -> {
			rotation.checkNow().block(Duration.ofSeconds(10));
			return rotation.current().isPresent();
		});
		this.live.add(context);
		return context;
	}

	private void stopReplica(int index) {
		ConfigurableApplicationContext context = this.live.remove(index);
		this.stopped.add(rotation(context).instanceId());
		context.close();
	}

	private static TokenRotation rotation(ConfigurableApplicationContext context) {
		return context.getBean(TokenRotationRegistry.class).get("svc");
	}

	private static Set<String> ids(List<EmulatedToken> tokens) {
		return tokens.stream().map(EmulatedToken::tokenId).collect(Collectors.toSet());
	}

	private static String instanceOf(String comment) {
		int at = comment.indexOf('@');
		return (at < 0) ? "" : comment.substring(at + 1);
	}

	private static List<EmulatedToken> tagged() {
		return RotationTokens.tagged(databricks.emulator(), TAG);
	}

	/** One replica: the starter's auto-configuration, the shared clock and the shared lock store. */
	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ WebClientAutoConfiguration.class, TokensClientAutoConfiguration.class,
			TokenLifecycleAutoConfiguration.class })
	static class Replica {

		@Bean
		Clock clock() {
			return clock;
		}

		@Bean
		LockProvider lockProvider() {
			return new JdbcTemplateLockProvider(dataSource);
		}

	}

}
