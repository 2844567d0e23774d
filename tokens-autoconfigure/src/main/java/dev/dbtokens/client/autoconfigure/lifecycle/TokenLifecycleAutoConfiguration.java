package dev.dbtokens.client.autoconfigure.lifecycle;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import dev.dbtokens.client.TokensClient;
import dev.dbtokens.client.TokensClientRegistry;
import dev.dbtokens.client.autoconfigure.DatabricksProperties;
import dev.dbtokens.client.autoconfigure.TokensClientAutoConfiguration;
import dev.dbtokens.client.autoconfigure.diagnostics.InvalidDatabricksPropertyException;
import dev.dbtokens.client.autoconfigure.http.DatabricksHttpProperties;
import dev.dbtokens.client.lifecycle.TokenLifecycle;
import dev.dbtokens.client.rotation.TokenRotation;
import dev.dbtokens.client.rotation.TokenRotationRegistry;
import net.javacrumbs.shedlock.core.LockProvider;
import org.jspecify.annotations.Nullable;
import reactor.netty.http.client.HttpClient;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.autoconfigure.context.LifecycleProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Auto-configures a {@link TokenLifecycle} on the {@link TokensClient} bean, and the
 * {@link TokenRotationRegistry} of {@code databricks.rotation.<name>.*}, each on the top-level workspace
 * or on the named workspace it names. A {@link Clock} bean, when there is one, is the time the
 * tokens' expiry is compared with. The {@link TokenJobs}, such as each rotation's orphan cleanup,
 * run once across replicas under a ShedLock lock when the application has a {@code LockProvider}
 * bean (ShedLock is optional), and on every replica otherwise.
 */
@AutoConfiguration(after = TokensClientAutoConfiguration.class)
@ConditionalOnClass({ WebClient.class, HttpClient.class })
@ConditionalOnBooleanProperty(name = "databricks.tokens.enabled", matchIfMissing = true)
@EnableConfigurationProperties({ DatabricksProperties.class, DatabricksRotationProperties.class, DatabricksHttpProperties.class,
		DatabricksLifecycleProperties.class })
public final class TokenLifecycleAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnSingleCandidate(TokensClient.class)
	TokenLifecycle tokenLifecycle(TokensClient client, DatabricksLifecycleProperties lifecycle, DatabricksHttpProperties http,
			ObjectProvider<Clock> clock) {
		return RotationPolicies.configure(TokenLifecycle.of(client).withClock(clock.getIfUnique(Clock::systemUTC)), lifecycle,
				http.getMaxConnections());
	}

	@Bean
	JobLockSettings tokenJobLockSettings(DatabricksLifecycleProperties lifecycle) {
		return JobLockSettings.from(lifecycle.getLock());
	}

	@Bean
	@ConditionalOnMissingBean(TokenJobs.class)
	LockedTokenJobs tokenJobs(ObjectProvider<JobLock> lock) {
		return new LockedTokenJobs(lock.getIfAvailable(() -> JobLock.LOCAL));
	}

	@Bean
	@ConditionalOnMissingBean(TokenRotationRegistry.class)
	ConfiguredTokenRotations tokenRotations(DatabricksRotationProperties properties, ObjectProvider<TokensClient> client,
			ObjectProvider<TokensClientRegistry> clients, ObjectProvider<Clock> clock, ApplicationEventPublisher publisher) {
		Map<String, TokenRotation> rotations = new LinkedHashMap<>();
		Set<String> revokedOnStop = new HashSet<>();
		properties.getRotation().forEach((name, rotation) -> {
			if (rotation.isEnabled()) {
				TokensClient workspace = workspaceClient(name, rotation.getWorkspace(), client, clients);
				TokenRotation created = TokenRotation.create(workspace, RotationPolicies.from(name, rotation),
						new EventPublishingRotationListener(publisher), clock.getIfUnique(Clock::systemUTC));
				rotations.put(name, created);
				if (rotation.isRevokeOnStop()) {
					revokedOnStop.add(name);
				}
			}
		});
		return new ConfiguredTokenRotations(rotations, revokedOnStop);
	}

	@Bean
	@ConditionalOnBean(ConfiguredTokenRotations.class)
	TokenRotationsLifecycle tokenRotationsLifecycle(ConfiguredTokenRotations rotations, ObjectProvider<TokenJobs> jobs,
			Environment environment) {
		// The property Spring Boot sets the lifecycle processor's timeout from, with Boot's own default.
		Duration shutdownPhase = environment.getProperty("spring.lifecycle.timeout-per-shutdown-phase", Duration.class,
				new LifecycleProperties().getTimeoutPerShutdownPhase());
		return new TokenRotationsLifecycle(rotations, jobs, shutdownPhase);
	}

	/**
	 * With ShedLock on the class path and a LockProvider bean, the jobs run once across replicas.
	 * Several LockProvider beans and none primary fail the start (Spring Boot's analysis names them
	 * and says to mark one {@code @Primary}), rather than leave the jobs to run on every replica.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(LockProvider.class)
	static class ShedLockJobsConfiguration {

		@Bean
		@ConditionalOnBean(LockProvider.class)
		ShedLockJobLock tokenJobLock(LockProvider provider, JobLockSettings settings) {
			return new ShedLockJobLock(provider, settings);
		}

	}

	private static TokensClient workspaceClient(String name, @Nullable String workspace, ObjectProvider<TokensClient> client,
			ObjectProvider<TokensClientRegistry> clients) {
		String property = "databricks.rotation." + name + ".workspace";
		TokensClientRegistry named = clients.getIfAvailable();
		String known = (named != null) ? named.names().toString() : "[]";
		if (workspace == null) {
			TokensClient single = client.getIfUnique();
			if (single == null) {
				throw new InvalidDatabricksPropertyException(property, "it is not set and there is no single default TokensClient",
						"Set " + property + " to one of the workspaces " + known + ", or configure databricks.host.");
			}
			return single;
		}
		if (named == null || !named.names().contains(workspace)) {
			throw new InvalidDatabricksPropertyException(property, "there is no workspace named '" + workspace + "'",
					"Set " + property + " to one of the workspaces " + known + " (databricks.workspaces.<name>), or remove it "
							+ "to use the top-level workspace.");
		}
		return named.get(workspace);
	}

}
