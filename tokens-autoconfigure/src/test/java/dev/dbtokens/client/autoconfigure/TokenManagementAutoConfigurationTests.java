package dev.dbtokens.client.autoconfigure;

import java.time.Duration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.dbtokens.client.TokenManagementClient;
import dev.dbtokens.client.TokenManagementClientRegistry;
import dev.dbtokens.client.TokensClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.dbtokens.client.support.TestSecrets.CONFIGURED_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * The Token Management client beside each auto-configured TokensClient, and when it backs off.
 */
class TokenManagementAutoConfigurationTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class, TokensClientAutoConfiguration.class,
				TokenManagementAutoConfiguration.class));

	@Test
	void createsAManagementClientForTheWorkspaceWithItsCredentials() {
		server.stubFor(get("/api/2.0/token-management/tokens").willReturn(okJson("{\"token_infos\":[{\"token_id\":\"t1\"}]}")));
		this.contextRunner.withPropertyValues("databricks.host=" + server.baseUrl(), "databricks.token=" + CONFIGURED_TOKEN)
			.run((context) -> {
				assertThat(context).hasSingleBean(TokenManagementClient.class);
				assertThat(context.getBean(TokenManagementClient.class).blocking().list()).hasSize(1);
			});
		server.verify(getRequestedFor(urlEqualTo("/api/2.0/token-management/tokens"))
			.withHeader("Authorization", equalTo("Bearer " + CONFIGURED_TOKEN)));
	}

	@Test
	void sharesTheRetrySettingsOfTheTokensClient() {
		this.contextRunner.withPropertyValues("databricks.host=" + server.baseUrl(), "databricks.token=" + CONFIGURED_TOKEN,
				"databricks.retry.max-attempts=2", "databricks.retry.timeout=20s")
			.run((context) -> {
				TokenManagementClient management = context.getBean(TokenManagementClient.class);
				assertThat(management.retrySettings()).isEqualTo(context.getBean(TokensClient.class).retrySettings());
				assertThat(management.retrySettings().timeout()).isEqualTo(Duration.ofSeconds(20));
			});
	}

	@Test
	void createsOneForEachNamedWorkspace() {
		server.stubFor(get("/api/2.0/token-management/tokens").willReturn(okJson("{}")));
		this.contextRunner.withPropertyValues("databricks.workspaces.prod.host=" + server.baseUrl(),
				"databricks.workspaces.prod.token=" + CONFIGURED_TOKEN, "databricks.workspaces.dev.host=" + server.baseUrl(),
				"databricks.workspaces.dev.token=" + CONFIGURED_TOKEN)
			.run((context) -> {
				assertThat(context).doesNotHaveBean(TokenManagementClient.class);
				TokenManagementClientRegistry clients = context.getBean(TokenManagementClientRegistry.class);
				assertThat(clients.names()).containsExactly("prod", "dev");
				assertThat(clients.get("prod").blocking().list()).isEmpty();
			});
		server.verify(1, getRequestedFor(urlEqualTo("/api/2.0/token-management/tokens")));
	}

	@Test
	void backsOffWhenDisabled() {
		this.contextRunner.withPropertyValues("databricks.host=" + server.baseUrl(), "databricks.token=" + CONFIGURED_TOKEN,
				"databricks.token-management.enabled=false")
			.run((context) -> {
				assertThat(context).hasSingleBean(TokensClient.class);
				assertThat(context).doesNotHaveBean(TokenManagementClient.class).doesNotHaveBean(TokenManagementClientRegistry.class);
			});
	}

	@Test
	void backsOffWhenTheTokensClientIsOff() {
		this.contextRunner.withPropertyValues("databricks.host=" + server.baseUrl(), "databricks.token=" + CONFIGURED_TOKEN,
				"databricks.tokens.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(TokenManagementClient.class));
	}

	@Test
	void backsOffWhenUserDefinesTokenManagementClient() {
		this.contextRunner.withPropertyValues("databricks.host=" + server.baseUrl(), "databricks.token=" + CONFIGURED_TOKEN)
			.withUserConfiguration(UserManagementConfiguration.class)
			.run((context) -> assertThat(context).getBean(TokenManagementClient.class)
				.isSameAs(context.getBean(UserManagementConfiguration.class).client));
	}

	@Test
	void makesNoneForATokensClientOfTheUsersOwn() {
		this.contextRunner.withUserConfiguration(UserTokensClientConfiguration.class)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).doesNotHaveBean(TokenManagementClient.class);
			});
	}

	@Test
	void makesNoneForATokensClientOfTheUsersOwnNamedTokensClient() {
		this.contextRunner.withUserConfiguration(UserTokensClientNamedTokensClientConfiguration.class).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).doesNotHaveBean(TokenManagementClient.class);
		});
		this.contextRunner.withUserConfiguration(UserTokensClientNamedTokensClientConfiguration.class)
			.withPropertyValues("databricks.host=" + server.baseUrl(), "databricks.token=" + CONFIGURED_TOKEN)
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(TokenManagementClient.class));
	}

	@Configuration(proxyBeanMethods = false)
	static class UserManagementConfiguration {

		final TokenManagementClient client = mock(TokenManagementClient.class);

		@Bean
		TokenManagementClient myManagementClient() {
			return this.client;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserTokensClientNamedTokensClientConfiguration {

		@Bean
		TokensClient tokensClient() {
			return mock(TokensClient.class);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserTokensClientConfiguration {

		@Bean
		TokensClient myClient() {
			return mock(TokensClient.class);
		}

	}

}
