package dev.dbtokens.sample;

import dev.dbtokens.test.AutoConfigureDatabricksEmulator;
import dev.dbtokens.test.DatabricksEmulator;
import dev.dbtokens.test.EmulatedToken;
import dev.dbtokens.test.Operation;
import dev.dbtokens.test.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static dev.dbtokens.test.DatabricksEmulator.DEFAULT_PRINCIPAL;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code sample.max-tokens-per-user} at its default: a user who holds that many live tokens is
 * refused another, on the JSON API with a {@code 409} problem detail and on the page with the same
 * message, and nothing is created on the workspace; revoking one lets the user create again; the
 * cap is per user.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { PortalTestUsers.USER_PASSWORD_PROPERTY, PortalTestUsers.ADMIN_PASSWORD_PROPERTY })
@AutoConfigureDatabricksEmulator
@AutoConfigureWebTestClient(timeout = "30s")
class TokenCapTests {

	/** The default of {@code sample.max-tokens-per-user}. */
	private static final int CAP = 10;

	private static final String REFUSAL = "You have 10 live tokens and each portal user may have at most 10: "
			+ "revoke one of your tokens first, then create the new one";

	@Autowired
	WebTestClient web;

	@Autowired
	DatabricksEmulator databricksEmulator;

	@BeforeEach
	void resetEmulator() {
		this.databricksEmulator.reset();
	}

	@Test
	void refusesACreateAtTheCapWithAConflictProblemAndCreatesNothing() {
		WebTestClient user = PortalTestUsers.asUser(this.web);
		fillUpToTheCap(user);
		this.databricksEmulator.clearJournal();

		create(user, "one-too-many").expectStatus()
			.isEqualTo(409)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status").isEqualTo(409)
			.jsonPath("$.detail").isEqualTo(REFUSAL)
			.jsonPath("$.maxTokensPerUser").isEqualTo(CAP)
			.jsonPath("$.tokens").isEqualTo(CAP)
			.jsonPath("$.tokenValue").doesNotExist();

		assertThat(this.databricksEmulator.journal()).extracting(RecordedRequest::operation).containsExactly(Operation.LIST);
		assertThat(this.databricksEmulator.createdCount()).isEqualTo(CAP);
		assertThat(this.databricksEmulator.tokens(DEFAULT_PRINCIPAL)).extracting(EmulatedToken::comment)
			.doesNotContain("portal:" + PortalTestUsers.USER + " one-too-many");
	}

	@Test
	void createsAgainOnceTheUserRevokesOne() {
		WebTestClient user = PortalTestUsers.asUser(this.web);
		String first = fillUpToTheCap(user);
		create(user, "refused").expectStatus().isEqualTo(409);

		user.delete().uri("/tokens/{id}", first).exchange().expectStatus().isNoContent();

		create(user, "after-revoking").expectStatus().isCreated();
		assertThat(this.databricksEmulator.createdCount()).isEqualTo(CAP + 1);
		create(user, "refused-again").expectStatus().isEqualTo(409);
	}

	@Test
	void leavesAnotherUserUnaffectedByTheFirstUsersTokens() {
		WebTestClient user = PortalTestUsers.asUser(this.web);
		fillUpToTheCap(user);

		create(PortalTestUsers.asAdmin(this.web), "the-admins").expectStatus().isCreated();

		assertThat(this.databricksEmulator.tokens(DEFAULT_PRINCIPAL)).extracting(EmulatedToken::comment)
			.contains("portal:" + PortalTestUsers.ADMIN + " the-admins");
		create(user, "still-refused").expectStatus().isEqualTo(409);
	}

	@Test
	void showsTheRefusalOnThePageAndCreatesNothing() {
		fillUpToTheCap(PortalTestUsers.asUser(this.web));
		PortalTestUsers.PageSession session = PortalTestUsers.signInToPage(this.web, PortalTestUsers.USER,
				PortalTestUsers.USER_PASSWORD);

		session.web()
			.post()
			.uri("/create")
			.body(BodyInserters.fromFormData("comment", "from-the-page").with("lifetime", "3600").with("_csrf", session.csrf()))
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody(String.class)
			.value((page) -> assertThat(page).contains("id=\"error\"", REFUSAL)
				.contains("value=\"from-the-page\"")
				.doesNotContain("id=\"token-value\""));
		assertThat(this.databricksEmulator.createdCount()).isEqualTo(CAP);
	}

	/**
	 * Creates tokens until the user holds {@value #CAP}, and returns the first one's id.
	 */
	private String fillUpToTheCap(WebTestClient user) {
		String first = null;
		for (int i = 1; i <= CAP; i++) {
			String id = create(user, "token-" + i).expectStatus()
				.isCreated()
				.expectBody(TokenEndpointsTests.CreatedToken.class)
				.returnResult()
				.getResponseBody()
				.id();
			first = (first != null) ? first : id;
		}
		return first;
	}

	private WebTestClient.ResponseSpec create(WebTestClient client, String comment) {
		return client.post()
			.uri("/tokens")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"comment\":\"" + comment + "\",\"lifetimeSeconds\":3600}")
			.exchange();
	}

}
