package dev.dbtokens.sample;

import dev.dbtokens.test.AutoConfigureDatabricksEmulator;
import dev.dbtokens.test.DatabricksEmulator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may do what: no anonymous path to a token, the JSON API and Actuator answer 401 and 403 as
 * problem details, the page asks to sign in and checks CSRF tokens, health is public without
 * details, details, metrics and the admin page are for admins.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { PortalTestUsers.USER_PASSWORD_PROPERTY, PortalTestUsers.ADMIN_PASSWORD_PROPERTY })
@AutoConfigureDatabricksEmulator
@AutoConfigureWebTestClient(timeout = "30s")
class PortalSecurityTests {

	@Autowired
	WebTestClient web;

	@Autowired
	DatabricksEmulator databricksEmulator;

	@BeforeEach
	void resetEmulator() {
		this.databricksEmulator.reset();
	}

	@Test
	void refusesAnAnonymousCreateWithAProblemDetailAndCreatesNothing() {
		this.web.post()
			.uri("/tokens")
			.header(HttpHeaders.HOST, "attacker.example")
			.header(HttpHeaders.ORIGIN, "http://attacker.example")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"comment\":\"rebinding\"}")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Token portal\"")
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status").isEqualTo(401)
			.jsonPath("$.instance").isEqualTo("/tokens")
			.jsonPath("$.detail").value((String detail) -> assertThat(detail).contains("curl -u user:PASSWORD"))
			.jsonPath("$.tokenValue").doesNotExist();
		assertThat(this.databricksEmulator.journal()).isEmpty();
	}

	@Test
	void refusesAWrongPasswordAndAnAnonymousListOrRevoke() {
		this.web.get()
			.uri("/tokens")
			.headers((headers) -> headers.setBasicAuth(PortalTestUsers.USER, "wrong"))
			.exchange()
			.expectStatus()
			.isUnauthorized();
		this.web.get().uri("/tokens").exchange().expectStatus().isUnauthorized();
		String ownTokenId = this.databricksEmulator.tokens(DatabricksEmulator.DEFAULT_PRINCIPAL).get(0).tokenId();
		this.web.delete().uri("/tokens/{id}", ownTokenId).exchange().expectStatus().isUnauthorized();
		assertThat(this.databricksEmulator.journal()).isEmpty();
	}

	@Test
	void setsNoSessionCookieForTheJsonApi() {
		PortalTestUsers.asUser(this.web)
			.get()
			.uri("/tokens")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.doesNotExist(HttpHeaders.SET_COOKIE);
	}

	@Test
	void answersHealthToAnyoneWithoutDetails() {
		this.web.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status").isEqualTo("UP")
			.jsonPath("$.components").doesNotExist()
			.jsonPath("$.details").doesNotExist();
		PortalTestUsers.asUser(this.web)
			.get()
			.uri("/actuator/health")
			.exchange()
			.expectBody()
			.jsonPath("$.components").doesNotExist();
	}

	@Test
	void answersHealthDetailsOfTheDatabricksContributorToAnAdminWithoutACredential() {
		PortalTestUsers.asAdmin(this.web)
			.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((body) -> {
				assertThat(body).contains("\"databricks\":{", this.databricksEmulator.baseUrl());
				assertThat(body).doesNotContain(this.databricksEmulator.defaultToken());
			});
	}

	@Test
	void answersMetricsToAnAdminOnly() {
		this.web.get().uri("/actuator/metrics").exchange().expectStatus().isUnauthorized();
		PortalTestUsers.asUser(this.web)
			.get()
			.uri("/actuator/metrics")
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status").isEqualTo(403)
			.jsonPath("$.detail").isEqualTo("This needs the ADMIN role: sign in as the portal's admin user");
		PortalTestUsers.asAdmin(this.web)
			.get()
			.uri("/actuator/metrics")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.names").isArray();
	}

	@Test
	void sendsAnAnonymousVisitorOfThePageToSignIn() {
		this.web.get()
			.uri("/")
			.exchange()
			.expectStatus()
			.isFound()
			.expectHeader()
			.valueEquals(HttpHeaders.LOCATION, "/login");
		this.web.get().uri("/login").exchange().expectStatus().isOk().expectBody(String.class).value((page) -> {
			assertThat(page).contains("name=\"_csrf\"", "name=\"username\"", "name=\"password\"");
		});
	}

	@Test
	void refusesAPageFormWithoutACsrfToken() {
		this.web.post()
			.uri("/create")
			.headers((headers) -> headers.setBasicAuth(PortalTestUsers.USER, PortalTestUsers.USER_PASSWORD))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.bodyValue("comment=forged&lifetime=3600")
			.exchange()
			.expectStatus()
			.isForbidden();
		assertThat(this.databricksEmulator.journal()).isEmpty();
	}

	@Test
	void sendsAPolicyThatAllowsOnlyThePortalsOwnScriptsAndStyles() {
		this.web.get()
			.uri("/login")
			.exchange()
			.expectHeader()
			.valueEquals("Content-Security-Policy",
					"default-src 'self'; script-src 'self'; style-src 'self'; frame-ancestors 'none'; form-action 'self'");
	}

}
