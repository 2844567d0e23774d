package dev.dbtokens.sample;

import dev.dbtokens.test.AutoConfigureDatabricksEmulator;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in as an attacker meets it: the session cookie is {@code SameSite}, the portal's passwords
 * are masked by Actuator even where values are shown, and repeated failed sign-ins lock the user
 * name and the address for a while, for the API ({@code 429} with {@code Retry-After}) and the
 * page ({@code /login?locked}). The lock comes last: it holds for the rest of the context.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { PortalTestUsers.USER_PASSWORD_PROPERTY, PortalTestUsers.ADMIN_PASSWORD_PROPERTY,
				"sample.sign-in.max-failures=2", "management.endpoints.web.exposure.include=env,configprops",
				"management.endpoint.env.show-values=always", "management.endpoint.configprops.show-values=always" })
@AutoConfigureDatabricksEmulator
@AutoConfigureWebTestClient(timeout = "30s")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SignInSecurityTests {

	@Autowired
	WebTestClient web;

	@Test
	@Order(1)
	void setsTheSessionCookieSameSite() {
		this.web.get()
			.uri("/login")
			.exchange()
			.expectHeader()
			.value(HttpHeaders.SET_COOKIE, (cookie) -> assertThat(cookie).startsWith("SESSION=")
				.containsIgnoringCase("HttpOnly")
				.contains("SameSite=Lax"));
	}

	@Test
	@Order(2)
	void masksThePortalPasswordsInActuatorEvenWhereValuesAreShown() {
		String env = asAdmin("/actuator/env/sample.users.admin.password");
		assertThat(env).contains("******").doesNotContain(PortalTestUsers.ADMIN_PASSWORD);
		String configprops = asAdmin("/actuator/configprops/sample");
		assertThat(configprops).contains("\"name\":\"admin\"")
			.doesNotContain(PortalTestUsers.ADMIN_PASSWORD)
			.doesNotContain(PortalTestUsers.USER_PASSWORD);
	}

	private String asAdmin(String path) {
		return PortalTestUsers.asAdmin(this.web)
			.get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	@Test
	@Order(3)
	void locksTheUserNameAndTheAddressAfterRepeatedFailures() {
		for (String guess : new String[] { "guess-1", "guess-2" }) {
			this.web.get()
				.uri("/tokens")
				.headers((headers) -> headers.setBasicAuth(PortalTestUsers.ADMIN, guess))
				.exchange()
				.expectStatus()
				.isUnauthorized();
		}
		PortalTestUsers.asAdmin(this.web)
			.get()
			.uri("/tokens")
			.exchange()
			.expectStatus()
			.isEqualTo(429)
			.expectHeader()
			.valueEquals(HttpHeaders.RETRY_AFTER, "300")
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("Too many failed sign-ins for this user or from this address: try again in 5 minutes");

		PortalTestUsers.submitLogin(this.web, PortalTestUsers.USER, PortalTestUsers.USER_PASSWORD)
			.expectStatus()
			.is3xxRedirection()
			.expectHeader()
			.valueEquals(HttpHeaders.LOCATION, "/login?locked");
	}

}
