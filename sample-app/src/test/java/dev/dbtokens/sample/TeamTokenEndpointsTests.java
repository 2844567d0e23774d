package dev.dbtokens.sample;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.dbtokens.test.AutoConfigureDatabricksEmulator;
import dev.dbtokens.test.DatabricksEmulator;
import dev.dbtokens.test.EmulatedToken;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static dev.dbtokens.test.DatabricksEmulator.DEFAULT_PRINCIPAL;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /teams/{team}/tokens}: a member of a team mints an on-behalf-of token for the
 * team's service principal; anyone else gets a 403 problem detail; the input rules of
 * {@code POST /tokens} apply. Web and client logging is on at DEBUG/TRACE and no token value may
 * appear in the output.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { PortalTestUsers.USER_PASSWORD_PROPERTY,
		PortalTestUsers.ADMIN_PASSWORD_PROPERTY, "sample.teams.data.application-id=" + TeamTokenEndpointsTests.APPLICATION_ID,
		"sample.teams.data.members=" + PortalTestUsers.USER, "logging.level.dev.dbtokens=TRACE",
		"logging.level.org.springframework.web=DEBUG", "logging.level.org.springframework.http=DEBUG",
		"logging.level.org.springframework.http.codec=TRACE" })
@AutoConfigureDatabricksEmulator
@AutoConfigureWebTestClient(timeout = "30s")
@ExtendWith(OutputCaptureExtension.class)
class TeamTokenEndpointsTests {

	static final String APPLICATION_ID = "7f3c8a52-2d1e-4c6b-9a0e-5b8f1d2c3e4a";

	private static final String SERVICE_PRINCIPAL = "data-team-bot";

	@Autowired
	WebTestClient web;

	@Autowired
	DatabricksEmulator databricksEmulator;

	private String createdValue;

	@BeforeEach
	void resetEmulator() {
		this.databricksEmulator.reset();
		this.databricksEmulator.principals().addToGroup(DatabricksEmulator.ADMINS_GROUP, DEFAULT_PRINCIPAL);
		this.databricksEmulator.principals().addServicePrincipal(SERVICE_PRINCIPAL, APPLICATION_ID, "not-a-real-secret");
	}

	@AfterEach
	void noTokenValueWasLogged(CapturedOutput output) {
		assertThat(output.getAll()).doesNotContain(this.databricksEmulator.defaultToken());
		if (this.createdValue != null) {
			assertThat(output.getAll()).doesNotContain(this.createdValue);
		}
	}

	@Test
	void mintsATokenForTheTeamsServicePrincipalForAMember() {
		TokenEndpointsTests.CreatedToken created = create(PortalTestUsers.asUser(this.web), "data",
				"{\"comment\":\"nightly-load\",\"lifetimeSeconds\":900}")
			.expectStatus()
			.isCreated()
			.expectHeader()
			.cacheControl(CacheControl.noStore())
			.expectBody(TokenEndpointsTests.CreatedToken.class)
			.returnResult()
			.getResponseBody();
		this.createdValue = created.tokenValue();

		assertThat(created.tokenValue()).startsWith("dapi");
		assertThat(created.comment()).isEqualTo("nightly-load");
		assertThat(this.databricksEmulator.tokens(SERVICE_PRINCIPAL)).singleElement().satisfies((token) -> {
			assertThat(token.tokenId()).isEqualTo(created.id());
			assertThat(token.comment()).isEqualTo("portal:user nightly-load");
		});
		assertThat(this.databricksEmulator.tokens(DEFAULT_PRINCIPAL)).extracting(EmulatedToken::tokenId)
			.doesNotContain(created.id());
	}

	@Test
	void refusesANonMemberWithAProblemDetail() {
		create(PortalTestUsers.asAdmin(this.web), "data", "{\"comment\":\"not mine\"}").expectStatus()
			.isForbidden()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status").isEqualTo(403)
			.jsonPath("$.detail").isEqualTo("You are not a member of team 'data': ask an admin to add you to sample.teams.data.members")
			.jsonPath("$.tokenValue").doesNotExist();
		assertThat(this.databricksEmulator.tokens(SERVICE_PRINCIPAL)).isEmpty();
	}

	@Test
	void refusesABadLifetimeWithWhatToChange() {
		create(PortalTestUsers.asUser(this.web), "data", "{\"lifetimeSeconds\":1.5}").expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.detail").isEqualTo("lifetimeSeconds must be a whole number of seconds, was 1.5: round it, e.g. to 2");
		assertThat(this.databricksEmulator.tokens(SERVICE_PRINCIPAL)).isEmpty();
	}

	@Test
	void answersNotFoundForAnUnknownTeam() {
		create(PortalTestUsers.asUser(this.web), "nope", "{}").expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.detail").value((String detail) -> assertThat(detail).startsWith("There is no team 'nope'"));
	}

	@Test
	void answersAServerErrorNamingThePropertyWhenTheWorkspaceDoesNotKnowTheTeamsServicePrincipal() {
		this.databricksEmulator.reset(); // the team's application id now names no service principal of the workspace
		this.databricksEmulator.principals().addToGroup(DatabricksEmulator.ADMINS_GROUP, DEFAULT_PRINCIPAL);
		create(PortalTestUsers.asUser(this.web), "data", "{\"comment\":\"nightly-load\"}").expectStatus()
			.isEqualTo(500)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.detail")
			.value((String detail) -> assertThat(detail)
				.startsWith("Team 'data' is mapped to a service principal the workspace does not know (application id "
						+ APPLICATION_ID + "; ")
				.endsWith("): an admin should correct sample.teams.data.application-id"))
			.jsonPath("$.tokenValue").doesNotExist();
	}

	@Test
	void refusesAnAnonymousCaller() {
		create(this.web, "data", "{}").expectStatus().isUnauthorized();
		assertThat(this.databricksEmulator.tokens(SERVICE_PRINCIPAL)).isEmpty();
	}

	@Test
	void mintsATeamTokenFromThePageAndShowsItsValueOnce() {
		PortalTestUsers.PageSession session = PortalTestUsers.signInToPage(this.web, PortalTestUsers.USER,
				PortalTestUsers.USER_PASSWORD);
		assertThat(session.web().get().uri("/").exchange().expectBody(String.class).returnResult().getResponseBody())
			.contains("id=\"create-for-data\"");

		session.web()
			.post()
			.uri("/teams/data/create")
			.body(BodyInserters.fromFormData("comment", "from-the-page").with("lifetime", "3600").with("_csrf", session.csrf()))
			.exchange()
			.expectStatus()
			.isSeeOther()
			.expectHeader()
			.location("/");
		String page = session.web().get().uri("/").exchange().expectBody(String.class).returnResult().getResponseBody();

		Matcher value = Pattern.compile("id=\"token-value\">(dapi[^<]+)<").matcher(page);
		assertThat(value.find()).as("the value is shown").isTrue();
		this.createdValue = value.group(1);
		assertThat(page).contains("New token for team data", "it will not be shown again", "Lifetime <strong id=\"created-lifetime\">1 hour</strong>");
		assertThat(this.databricksEmulator.tokens(SERVICE_PRINCIPAL)).singleElement()
			.satisfies((token) -> assertThat(token.comment()).isEqualTo("portal:user from-the-page"));
		assertThat(session.web().get().uri("/").exchange().expectBody(String.class).returnResult().getResponseBody())
			.doesNotContain(this.createdValue);
	}

	@Test
	void showsANonMemberWhyOnThePage() {
		PortalTestUsers.PageSession session = PortalTestUsers.signInToPage(this.web, PortalTestUsers.ADMIN,
				PortalTestUsers.ADMIN_PASSWORD);
		assertThat(session.web().get().uri("/").exchange().expectBody(String.class).returnResult().getResponseBody())
			.doesNotContain("create-for-data");

		session.web()
			.post()
			.uri("/teams/data/create")
			.body(BodyInserters.fromFormData("comment", "not mine").with("_csrf", session.csrf()))
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectBody(String.class)
			.value((page) -> assertThat(page).contains("You are not a member of team &#39;data&#39;"));
		assertThat(this.databricksEmulator.tokens(SERVICE_PRINCIPAL)).isEmpty();
	}

	private WebTestClient.ResponseSpec create(WebTestClient client, String team, String body) {
		return client.post()
			.uri("/teams/{team}/tokens", team)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

}
