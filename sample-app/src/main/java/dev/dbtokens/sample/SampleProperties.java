package dev.dbtokens.sample;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;

/**
 * Settings of the sample application, under {@code sample}.
 */
@ConfigurationProperties("sample")
public class SampleProperties {

	private static final Pattern USER_NAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

	/**
	 * Whether to run the walk-through (create a 5-minute token, list, revoke, list) on start.
	 */
	private boolean demo;

	/**
	 * Whether the application authenticates with the tokens of the databricks.rotation.self
	 * rotation instead of the configured token.
	 */
	private boolean rotateOwnToken;

	/**
	 * Most live tokens the portal keeps for one signed-in user (those the user's own list
	 * shows); a create beyond it is refused until the user revokes one. They all count against
	 * the application principal's workspace quota (about 600), which every user shares. At least
	 * 1.
	 */
	private int maxTokensPerUser = 10;

	@NestedConfigurationProperty
	private final JanitorProperties janitor = new JanitorProperties();

	private final Users users = new Users();

	private final Tokens tokens = new Tokens();

	/**
	 * Teams mapped to service principals, by team name: a member may mint a short-lived
	 * on-behalf-of token for the team's service principal.
	 */
	private final Map<String, TeamProperties> teams = new LinkedHashMap<>();

	/**
	 * Returns whether the walk-through runs on start.
	 * @return whether the demo is on
	 */
	public boolean isDemo() {
		return this.demo;
	}

	/**
	 * Sets whether the walk-through runs on start.
	 * @param demo whether the demo is on
	 */
	public void setDemo(boolean demo) {
		this.demo = demo;
	}

	/**
	 * Returns whether the application rotates its own token.
	 * @return whether own-token rotation is on
	 */
	public boolean isRotateOwnToken() {
		return this.rotateOwnToken;
	}

	/**
	 * Sets whether the application rotates its own token.
	 * @param rotateOwnToken whether own-token rotation is on
	 */
	public void setRotateOwnToken(boolean rotateOwnToken) {
		this.rotateOwnToken = rotateOwnToken;
	}

	/**
	 * Returns the most live tokens the portal keeps for one user.
	 * @return the cap per user
	 */
	public int getMaxTokensPerUser() {
		return this.maxTokensPerUser;
	}

	/**
	 * Sets the most live tokens the portal keeps for one user.
	 * @param maxTokensPerUser the cap per user, at least 1
	 */
	public void setMaxTokensPerUser(int maxTokensPerUser) {
		if (maxTokensPerUser < 1) {
			throw new IllegalArgumentException("sample.max-tokens-per-user must be at least 1, was " + maxTokensPerUser
					+ ": set it to the most tokens one portal user may hold, e.g. 10");
		}
		this.maxTokensPerUser = maxTokensPerUser;
	}

	/**
	 * Returns the janitor's settings.
	 * @return the janitor's settings
	 */
	public JanitorProperties getJanitor() {
		return this.janitor;
	}

	/**
	 * Returns the portal's two sign-in users.
	 * @return the users
	 */
	public Users getUsers() {
		return this.users;
	}

	/**
	 * Returns the rules for the tokens the portal creates.
	 * @return the token rules
	 */
	public Tokens getTokens() {
		return this.tokens;
	}

	/**
	 * Returns the teams, by name.
	 * @return the teams
	 */
	public Map<String, TeamProperties> getTeams() {
		return this.teams;
	}

	/**
	 * The two users who may sign in to the portal, under {@code sample.users}: one who manages
	 * their own tokens and one administrator.
	 */
	public static class Users {

		/**
		 * User who sees and revokes the tokens they created.
		 */
		private final User user = new User("user");

		/**
		 * Administrator, who also sees every token and runs the compliance sweep.
		 */
		private final User admin = new User("admin");

		/**
		 * Returns the ordinary user.
		 * @return the user
		 */
		public User getUser() {
			return this.user;
		}

		/**
		 * Returns the administrator.
		 * @return the administrator
		 */
		public User getAdmin() {
			return this.admin;
		}

	}

	/**
	 * One sign-in user.
	 */
	public static class User {

		/**
		 * Name to sign in with: letters, digits and {@code . _ @ -} only (it tags the user's
		 * tokens).
		 */
		private String name;

		/**
		 * Password, plain or encoded with its {@code {id}} prefix (e.g. {@code {bcrypt}...});
		 * when unset a random one is generated and logged once at start.
		 */
		private @Nullable String password;

		User(String name) {
			this.name = name;
		}

		/**
		 * Returns the name to sign in with.
		 * @return the name
		 */
		public String getName() {
			return this.name;
		}

		/**
		 * Sets the name to sign in with.
		 * @param name letters, digits and {@code . _ @ -}, 1 to 64 of them
		 */
		public void setName(String name) {
			if (name == null || !USER_NAME.matcher(name).matches()) {
				throw new IllegalArgumentException("sample.users.*.name must be 1 to 64 letters, digits or . _ @ -, was '"
						+ LogText.escape(String.valueOf(name)) + "'");
			}
			this.name = name;
		}

		/**
		 * Returns the configured password, or {@code null} for a generated one.
		 * @return the password
		 */
		public @Nullable String getPassword() {
			return this.password;
		}

		/**
		 * Sets the password.
		 * @param password the password, plain or with its encoding's {@code {id}} prefix
		 */
		public void setPassword(@Nullable String password) {
			this.password = (password == null || password.isEmpty()) ? null : password;
		}

		@Override
		public String toString() {
			return "User[" + this.name + "]";
		}

	}

	/**
	 * What the portal allows when it creates a token, under {@code sample.tokens}; the same for
	 * the page and the JSON API.
	 */
	public static class Tokens {

		/**
		 * Longest lifetime a token may be created with, and the lifetime of a token created
		 * without one. Keep it within the workspace's own maximum.
		 */
		private Duration maxLifetime = Duration.ofDays(30);

		/**
		 * Window within which the admin page lists a token as expiring soon.
		 */
		private Duration expiringSoon = Duration.ofDays(7);

		/**
		 * Returns the longest lifetime.
		 * @return the maximum lifetime
		 */
		public Duration getMaxLifetime() {
			return this.maxLifetime;
		}

		/**
		 * Sets the longest lifetime.
		 * @param maxLifetime whole seconds, at least one
		 */
		public void setMaxLifetime(Duration maxLifetime) {
			if (maxLifetime.compareTo(Duration.ofSeconds(1)) < 0 || maxLifetime.getNano() != 0) {
				throw new IllegalArgumentException("sample.tokens.max-lifetime must be whole seconds, at least 1s, was " + maxLifetime);
			}
			this.maxLifetime = maxLifetime;
		}

		/**
		 * Returns the window of "expiring soon".
		 * @return the window
		 */
		public Duration getExpiringSoon() {
			return this.expiringSoon;
		}

		/**
		 * Sets the window of "expiring soon".
		 * @param expiringSoon the window, not negative
		 */
		public void setExpiringSoon(Duration expiringSoon) {
			if (expiringSoon.isNegative()) {
				throw new IllegalArgumentException("sample.tokens.expiring-soon must not be negative, was " + expiringSoon);
			}
			this.expiringSoon = expiringSoon;
		}

	}

}
