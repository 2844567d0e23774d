package dev.dbtokens.client.autoconfigure;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.dbtokens.client.autoconfigure.health.TokensHealthContributorAutoConfiguration;
import dev.dbtokens.client.support.TestSecrets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.CompositeReactiveHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthContributor;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.dbtokens.client.support.TestSecrets.CONFIGURED_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code databricks} health contributor, up and down, per workspace, and switched off.
 */
class TokensHealthContributorAutoConfigurationTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class, TokensClientAutoConfiguration.class,
				TokensHealthContributorAutoConfiguration.class))
		.withPropertyValues("databricks.host=" + server.baseUrl(), "databricks.token=" + CONFIGURED_TOKEN);

	@Test
	void isUpWithTheHostWhenTheWorkspaceAnswers() {
		server.stubFor(get("/api/2.0/token/list").willReturn(okJson("{\"token_infos\":[{\"token_id\":\"a\"}]}")));
		this.contextRunner.run((context) -> {
			Health health = indicator(context.getBean("databricksHealthContributor", ReactiveHealthContributor.class));
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsEntry("host", server.baseUrl());
		});
	}

	@Test
	void isDownWithTheErrorCodeAndNoSecretWhenTheTokenIsRejected() {
		server.stubFor(get("/api/2.0/token/list").willReturn(aResponse().withStatus(403)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error_code\":\"PERMISSION_DENIED\",\"message\":\"Invalid access token.\"}")));
		this.contextRunner.run((context) -> {
			Health health = indicator(context.getBean("databricksHealthContributor", ReactiveHealthContributor.class));
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat(health.getDetails()).containsEntry("host", server.baseUrl())
				.containsEntry("errorCode", "PERMISSION_DENIED")
				.containsEntry("httpStatus", 403);
			TestSecrets.assertNoSecretIn("health", health.toString());
		});
	}

	@Test
	void givesEachNamedWorkspaceItsOwnIndicator() {
		server.stubFor(get("/api/2.0/token/list").willReturn(okJson("{}")));
		this.contextRunner.withPropertyValues("databricks.workspaces.eu.host=" + server.baseUrl(),
				"databricks.workspaces.eu.token=" + CONFIGURED_TOKEN, "databricks.workspaces.us.host=http://127.0.0.1:1",
				"databricks.workspaces.us.token=" + CONFIGURED_TOKEN)
			.run((context) -> {
				CompositeReactiveHealthContributor composite = context.getBean("databricksHealthContributor",
						CompositeReactiveHealthContributor.class);
				assertThat(indicator(composite.getContributor("default")).getStatus()).isEqualTo(Status.UP);
				assertThat(indicator(composite.getContributor("eu")).getStatus()).isEqualTo(Status.UP);
				Health us = indicator(composite.getContributor("us"));
				assertThat(us.getStatus()).isEqualTo(Status.DOWN);
				assertThat(us.getDetails()).containsEntry("host", "http://127.0.0.1:1").containsEntry("httpStatus", 0);
			});
	}

	@Test
	void backsOffWhenDisabledOrWithoutHealthSupport() {
		this.contextRunner.withPropertyValues("management.health.databricks.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean("databricksHealthContributor"));
		this.contextRunner.withClassLoader(new FilteredClassLoader(ReactiveHealthIndicator.class))
			.run((context) -> assertThat(context).doesNotHaveBean("databricksHealthContributor"));
		this.contextRunner.withPropertyValues("databricks.tokens.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean("databricksHealthContributor"));
	}

	private static Health indicator(ReactiveHealthContributor contributor) {
		return ((ReactiveHealthIndicator) contributor).health().block();
	}

}
