package dev.dbtokens.sample;

import org.springframework.test.web.reactive.server.WebTestClient;

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

	private PortalTestUsers() {
	}

	static WebTestClient asUser(WebTestClient web) {
		return web.mutate().defaultHeaders((headers) -> headers.setBasicAuth(USER, USER_PASSWORD)).build();
	}

	static WebTestClient asAdmin(WebTestClient web) {
		return web.mutate().defaultHeaders((headers) -> headers.setBasicAuth(ADMIN, ADMIN_PASSWORD)).build();
	}

}
