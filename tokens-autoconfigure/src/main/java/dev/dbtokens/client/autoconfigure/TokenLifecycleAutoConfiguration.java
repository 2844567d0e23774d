package dev.dbtokens.client.autoconfigure;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.dbtokens.client.TokensClient;
import dev.dbtokens.client.TokensClients;
import dev.dbtokens.client.lifecycle.TokenLifecycle;
import dev.dbtokens.client.lifecycle.TokenRotation;
import dev.dbtokens.client.lifecycle.TokenRotations;
import org.jspecify.annotations.Nullable;
import reactor.netty.http.client.HttpClient;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Auto-configures a {@link TokenLifecycle} on the {@link TokensClient} bean, and the
 * {@link TokenRotations} of {@code databricks.rotation.<name>.*}, each on the top-level workspace
 * or on the named workspace it names. A {@link Clock} bean, when there is one, is the time the
 * tokens' expiry is compared with.
 */
@AutoConfiguration(after = TokensClientAutoConfiguration.class)
@ConditionalOnClass({ WebClient.class, HttpClient.class })
@ConditionalOnBooleanProperty(name = "databricks.tokens.enabled", matchIfMissing = true)
@EnableConfigurationProperties({ DatabricksProperties.class, DatabricksLifecycleProperties.class })
public final class TokenLifecycleAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnSingleCandidate(TokensClient.class)
	TokenLifecycle tokenLifecycle(TokensClient client, DatabricksLifecycleProperties lifecycle, ObjectProvider<Clock> clock) {
		return RotationPolicies.configure(TokenLifecycle.of(client).withClock(clock.getIfUnique(Clock::systemUTC)), lifecycle);
	}

	@Bean
	@ConditionalOnMissingBean(TokenRotations.class)
	ConfiguredTokenRotations tokenRotations(DatabricksProperties properties, ObjectProvider<TokensClient> client,
			ObjectProvider<TokensClients> clients, ObjectProvider<Clock> clock, ApplicationEventPublisher publisher) {
		Map<String, TokenRotation> rotations = new LinkedHashMap<>();
		properties.getRotation().forEach((name, rotation) -> {
			if (rotation.isEnabled()) {
				TokensClient workspace = workspaceClient(name, rotation.getWorkspace(), client, clients);
				rotations.put(name, TokenRotation.create(workspace, RotationPolicies.from(name, rotation),
						new EventPublishingRotationListener(publisher), clock.getIfUnique(Clock::systemUTC)));
			}
		});
		return new ConfiguredTokenRotations(rotations);
	}

	private static TokensClient workspaceClient(String name, @Nullable String workspace, ObjectProvider<TokensClient> client,
			ObjectProvider<TokensClients> clients) {
		String property = "databricks.rotation." + name + ".workspace";
		TokensClients named = clients.getIfAvailable();
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
