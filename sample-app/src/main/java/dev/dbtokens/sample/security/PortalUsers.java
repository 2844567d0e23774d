package dev.dbtokens.sample.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

import dev.dbtokens.sample.SampleProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.userdetails.MapReactiveUserDetailsService;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The portal's two users from {@code sample.users}: {@code user} (role {@code USER}) and
 * {@code admin} (roles {@code USER} and {@code ADMIN}). A password that is not set is generated
 * and logged once, as Spring Boot does for its default user; a configured one is never logged.
 */
final class PortalUsers {

	static final String USER = "USER";

	static final String ADMIN = "ADMIN";

	private static final Logger logger = LoggerFactory.getLogger(PortalUsers.class);

	private static final Pattern ENCODED = Pattern.compile("^\\{.+}.*$");

	private static final SecureRandom random = new SecureRandom();

	private PortalUsers() {
	}

	/**
	 * Builds the users, generating the passwords that are not set.
	 * @param users the configured users
	 * @return the user details service
	 */
	static MapReactiveUserDetailsService of(SampleProperties.Users users) {
		if (users.getUser().getName().equals(users.getAdmin().getName())) {
			throw new IllegalArgumentException("sample.users.user.name and sample.users.admin.name must differ, both are '"
					+ users.getUser().getName() + "'");
		}
		PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
		return new MapReactiveUserDetailsService(details(users.getUser(), "user", encoder, USER),
				details(users.getAdmin(), "admin", encoder, USER, ADMIN));
	}

	private static UserDetails details(SampleProperties.User user, String key, PasswordEncoder encoder, String... roles) {
		String password = user.getPassword();
		String encoded;
		if (password == null) {
			String generated = generate();
			logger.warn("Generated password for portal user '{}': {} (for development only: set sample.users.{}.password, "
					+ "or sign in through your identity provider, before the portal runs anywhere else)", user.getName(), generated,
					key);
			encoded = encoder.encode(generated);
		}
		else {
			encoded = ENCODED.matcher(password).matches() ? password : encoder.encode(password);
		}
		return User.withUsername(user.getName()).password(encoded).roles(roles).build();
	}

	private static String generate() {
		byte[] bytes = new byte[18];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
