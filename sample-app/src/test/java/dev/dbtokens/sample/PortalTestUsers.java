package dev.dbtokens.sample;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * The portal users the tests sign in as, with passwords set by properties.
 */
final class PortalTestUsers {

	static final String USER = "user";

	static final String USER_PASSWORD = "user-password-for-tests";

	static final String ADMIN = "admin";

	static final String ADMIN_PASSWORD = "admin-password-for-tests";

	static final String USER_PASSWORD_PROPERTY = "sample.users.user.password=" + USER_PASSWORD;

	static final String ADMIN_PASSWORD_PROPERTY = "sample.users.admin.password=" + ADMIN_PASSWORD;

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private PortalTestUsers() {
	}

	static WebTestClient asUser(WebTestClient web) {
		return web.mutate().defaultHeaders((headers) -> headers.setBasicAuth(USER, USER_PASSWORD)).build();
	}

	/**
	 * Signs in to the page through the login form, as a browser does, and returns a client that
	 * sends the session cookie and the session's CSRF token.
	 */
	static PageSession signInToPage(WebTestClient web, String user, String password) {
		EntityExchangeResult<String> login = web.get().uri("/login").exchange().expectBody(String.class).returnResult();
		ResponseCookie session = login.getResponseCookies().getFirst("SESSION");
		EntityExchangeResult<Void> signedIn = submitLogin(web, login, user, password).expectStatus()
			.is3xxRedirection()
			.expectBody()
			.isEmpty();
		ResponseCookie after = signedIn.getResponseCookies().getFirst("SESSION");
		String value = (after != null) ? after.getValue() : session.getValue();
		WebTestClient client = web.mutate().defaultCookie("SESSION", value).build();
		return new PageSession(client, csrf(client.get().uri("/").exchange().expectBody(String.class).returnResult().getResponseBody()));
	}

	/**
	 * Opens the sign-in page and submits its form, as a browser does.
	 */
	static WebTestClient.ResponseSpec submitLogin(WebTestClient web, String user, String password) {
		return submitLogin(web, web.get().uri("/login").exchange().expectBody(String.class).returnResult(), user, password);
	}

	private static WebTestClient.ResponseSpec submitLogin(WebTestClient web, EntityExchangeResult<String> login, String user,
			String password) {
		ResponseCookie session = login.getResponseCookies().getFirst("SESSION");
		return web.post()
			.uri("/login")
			.cookie(session.getName(), session.getValue())
			.body(BodyInserters.fromFormData("username", user).with("password", password).with("_csrf", csrf(login.getResponseBody())))
			.exchange();
	}

	private static String csrf(String page) {
		Matcher matcher = CSRF.matcher(page);
		if (!matcher.find()) {
			throw new AssertionError("no CSRF token on the page");
		}
		return matcher.group(1);
	}

	/**
	 * A client signed in to the page, with the CSRF token its forms send.
	 */
	record PageSession(WebTestClient web, String csrf) {
	}

	static WebTestClient asAdmin(WebTestClient web) {
		return web.mutate().defaultHeaders((headers) -> headers.setBasicAuth(ADMIN, ADMIN_PASSWORD)).build();
	}

}
