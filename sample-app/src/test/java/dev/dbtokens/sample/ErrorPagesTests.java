package dev.dbtokens.sample;

import dev.dbtokens.test.AutoConfigureDatabricksEmulator;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page's errors as a browser gets them: the portal's own page for 404, 405, 403 and 500, with
 * a link home, never Spring's Whitelabel page, an exception or a stack trace.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { PortalTestUsers.USER_PASSWORD_PROPERTY, PortalTestUsers.ADMIN_PASSWORD_PROPERTY })
@AutoConfigureDatabricksEmulator
@AutoConfigureWebTestClient(timeout = "30s")
class ErrorPagesTests {

	@Autowired
	WebTestClient web;

	@Test
	void showsThePortalsPageForAnAddressThatDoesNotExist() {
		assertThat(page(HttpStatus.NOT_FOUND, "/nope")).contains("<h1>404 Not Found</h1>", "There is no page at this address");
	}

	@Test
	void showsThePortalsPageForAFormAddressOpenedWithGet() {
		assertThat(page(HttpStatus.METHOD_NOT_ALLOWED, "/create")).contains("<h1>405 Method Not Allowed</h1>",
				"If you reloaded a page after sending a form");
	}

	@Test
	void showsThePortalsPageWhenAUserOpensTheAdminPage() {
		assertThat(page(HttpStatus.FORBIDDEN, "/admin")).contains("<h1>403 Forbidden</h1>",
				"This page is for the portal's administrators");
	}

	@Test
	void showsThePortalsPageWithoutTheExceptionWhenSomethingFails() {
		assertThat(page(HttpStatus.INTERNAL_SERVER_ERROR, "/fails")).contains("<h1>500 Internal Server Error</h1>",
				"Something went wrong on the portal")
			.doesNotContain("IllegalStateException", "the inside story", "at dev.dbtokens");
	}

	private String page(HttpStatus status, String path) {
		WebTestClient user = PortalTestUsers.signInToPage(this.web, PortalTestUsers.USER, PortalTestUsers.USER_PASSWORD).web();
		String page = user.get()
			.uri(path)
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("href=\"/portal.css\"", "<a class=\"button\" href=\"/\" id=\"home\">Back to your tokens</a>")
			.doesNotContain("Whitelabel", "Access Denied", "trace");
		return page;
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class FailingPage {

		/** A page that fails, registered as a member class of this configuration. */
		@RestController
		static class FailingController {

			@GetMapping("/fails")
			Mono<String> fails() {
				return Mono.error(new IllegalStateException("the inside story"));
			}

		}

	}

}
