package dev.dbtokens.sample.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in throttling of the portal, under {@code sample.sign-in}: after {@code max-failures}
 * failed sign-ins in a row for one user name, or from one client address, further sign-ins for it
 * are refused, even with the right password, until {@code lockout} has passed since the last
 * failure.
 */
@ConfigurationProperties("sample.sign-in")
public class SignInProperties {

	/**
	 * Failed sign-ins in a row, for one user name or from one client address, after which sign-in
	 * is locked. At least 1.
	 */
	private int maxFailures = 5;

	/**
	 * How long sign-in stays locked after the last failure.
	 */
	private Duration lockout = Duration.ofMinutes(5);

	public int getMaxFailures() {
		return this.maxFailures;
	}

	public void setMaxFailures(int maxFailures) {
		if (maxFailures < 1) {
			throw new IllegalArgumentException("sample.sign-in.max-failures must be at least 1, was " + maxFailures);
		}
		this.maxFailures = maxFailures;
	}

	public Duration getLockout() {
		return this.lockout;
	}

	public void setLockout(Duration lockout) {
		if (lockout.compareTo(Duration.ofSeconds(1)) < 0) {
			throw new IllegalArgumentException("sample.sign-in.lockout must be at least 1s, was " + lockout);
		}
		this.lockout = lockout;
	}

}
