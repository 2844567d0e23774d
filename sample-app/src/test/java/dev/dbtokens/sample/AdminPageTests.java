package dev.dbtokens.sample;

import java.time.Duration;

import dev.dbtokens.client.TokensClient;
import dev.dbtokens.test.AutoConfigureDatabricksEmulator;
import dev.dbtokens.test.DatabricksEmulator;
import dev.dbtokens.test.EmulatedToken;
import dev.dbtokens.test.Principal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static dev.dbtokens.test.DatabricksEmulator.DEFAULT_PRINCIPAL;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin page over the Token Management API: every token of the workspace with its creator,
 * and a readable message when the application's principal is not a workspace admin.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { PortalTestUsers.USER_PASSWORD_PROPERTY, PortalTestUsers.ADMIN_PASSWORD_PROPERTY })
@AutoConfigureDatabricksEmulator
@AutoConfigureWebTestClient(timeout = "30s")
class AdminPageTests {

	@Autowired
	WebTestClient web;

	@Autowired
	DatabricksEmulator databricksEmulator;

	@Autowired
	TokensClient tokensClient;

	@BeforeEach
	void resetEmulator() {
		this.databricksEmulator.reset();
	}

	@Test
	void listsEveryTokenOfTheWorkspaceWithItsCreator() {
		this.databricksEmulator.principals().addToGroup(DatabricksEmulator.ADMINS_GROUP, DEFAULT_PRINCIPAL);
		Principal alice = this.databricksEmulator.principals().addPrincipal("alice@example.com");
		String alicesValue = TokensClient.builder()
			.host(this.databricksEmulator.baseUrl())
			.token(alice.token())
			.build()
			.create("alice-notebook", null)
			.block()
			.tokenValue();
		this.tokensClient.create("portal:user legacy", null).block();

		String page = admin().exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();

		assertThat(page).contains("alice-notebook", "alice@example.com", "legacy", DEFAULT_PRINCIPAL)
			.doesNotContain(alicesValue, alice.token(), this.databricksEmulator.defaultToken());
	}

	@Test
	void saysTheAppIsNotAWorkspaceAdminWhenTokenManagementRefusesIt() {
		String page = admin().exchange()
			.expectStatus()
			.isForbidden()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		assertThat(page).contains("principal is not a workspace admin: ").doesNotContain("dev.dbtokens.client.error", "\tat ");
	}

	@Test
	void theSweepLeavesATokenThatOnlyLooksLikeThePortalsAlone() {
		this.databricksEmulator.principals().addToGroup(DatabricksEmulator.ADMINS_GROUP, DEFAULT_PRINCIPAL);
		Principal alice = this.databricksEmulator.principals().addPrincipal("alice@example.com");
		String alices = TokensClient.builder()
			.host(this.databricksEmulator.baseUrl())
			.token(alice.token())
			.build()
			.create("portal:alice my laptop", Duration.ofDays(1))
			.block()
			.tokenInfo()
			.tokenId();
		String portals = this.tokensClient.create("portal:gone-user legacy", Duration.ofDays(1)).block().tokenInfo().tokenId();
		PortalTestUsers.PageSession admin = PortalTestUsers.signInToPage(this.web, PortalTestUsers.ADMIN,
				PortalTestUsers.ADMIN_PASSWORD);

		String dryRun = admin.web()
			.post()
			.uri("/admin/sweep")
			.body(BodyInserters.fromFormData("mode", "dry-run").with("_csrf", admin.csrf()))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		admin.web()
			.post()
			.uri("/admin/sweep")
			.body(BodyInserters.fromFormData("mode", "revoke").with("id", alices).with("id", portals).with("_csrf", admin.csrf()))
			.exchange()
			.expectStatus()
			.isSeeOther()
			.expectHeader()
			.location("/admin");
		String report = admin.web().get().uri("/admin").exchange().expectBody(String.class).returnResult().getResponseBody();
		String reloaded = admin.web().get().uri("/admin").exchange().expectBody(String.class).returnResult().getResponseBody();

		assertThat(dryRun).contains("value=\"" + portals + "\"").doesNotContain("value=\"" + alices + "\"");
		assertThat(report).contains("id=\"report\"");
		assertThat(reloaded).as("the report is shown once, after the redirect").doesNotContain("id=\"report\"");
		assertThat(this.databricksEmulator.allTokens()).extracting(EmulatedToken::tokenId).contains(alices).doesNotContain(portals);
	}

	private WebTestClient.RequestHeadersSpec<?> admin() {
		return PortalTestUsers.signInToPage(this.web, PortalTestUsers.ADMIN, PortalTestUsers.ADMIN_PASSWORD).web().get().uri("/admin");
	}

}
