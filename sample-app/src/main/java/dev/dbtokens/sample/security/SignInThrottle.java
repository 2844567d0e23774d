package dev.dbtokens.sample.security;

import java.net.InetSocketAddress;
import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.dbtokens.sample.LogText;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.web.server.ServerWebExchange;

/**
 * Throttles sign-in, the page's form and the API's HTTP Basic alike: counts failed sign-ins per user
 * name and per client address in a bounded Caffeine cache whose entries expire
 * {@code sample.sign-in.lockout} after the last failure; at {@code sample.sign-in.max-failures} the
 * attempt is refused with Spring Security's {@link LockedException} before the password is checked,
 * so a locked name cannot be guessed on. A success clears the user name's count (not the
 * address's, which would let one valid account reset the count of another). Each failure is logged
 * with the user name (escaped) and the address, never the password.
 */
final class SignInThrottle implements ReactiveAuthenticationManager {

	private static final Logger logger = LoggerFactory.getLogger(SignInThrottle.class);

	/** Most user names and addresses remembered: a flood of made-up names cannot fill the memory. */
	private static final int MAX_ENTRIES = 10_000;

	private final ReactiveAuthenticationManager delegate;

	private final int maxFailures;

	private final Duration lockout;

	private final Cache<String, Integer> failures;

	SignInThrottle(ReactiveAuthenticationManager delegate, SignInProperties properties) {
		this(delegate, properties, Ticker.systemTicker());
	}

	SignInThrottle(ReactiveAuthenticationManager delegate, SignInProperties properties, Ticker ticker) {
		this.delegate = delegate;
		this.maxFailures = properties.getMaxFailures();
		this.lockout = properties.getLockout();
		this.failures = Caffeine.newBuilder().maximumSize(MAX_ENTRIES).expireAfterWrite(this.lockout).ticker(ticker).build();
	}

	@Override
	public Mono<Authentication> authenticate(Authentication attempt) {
		return Mono.deferContextual((context) -> {
			String address = context.<ServerWebExchange>getOrEmpty(ServerWebExchange.class).map(SignInThrottle::address).orElse(null);
			String user = attempt.getName();
			if (locked(userKey(user)) || (address != null && locked(addressKey(address)))) {
				logger.warn("Sign-in refused for portal user '{}' from {}: locked after {} failed sign-ins", LogText.escape(user), address,
						this.maxFailures);
				return Mono.error(new LockedException("Too many failed sign-ins for this user or from this address: try again in "
						+ describeLockout()));
			}
			return this.delegate.authenticate(attempt)
				.doOnNext((done) -> this.failures.invalidate(userKey(user)))
				.doOnError(BadCredentialsException.class, (ex) -> failed(user, address));
		});
	}

	private void failed(String user, @Nullable String address) {
		int count = count(userKey(user));
		if (address != null) {
			count = Math.max(count, count(addressKey(address)));
		}
		logger.warn("Sign-in failed for portal user '{}' from {} ({} of {} failures before sign-in is locked for {})",
				LogText.escape(user), address, count, this.maxFailures, describeLockout());
	}

	private int count(String key) {
		return this.failures.asMap().merge(key, 1, Integer::sum);
	}

	private boolean locked(String key) {
		Integer count = this.failures.getIfPresent(key);
		return count != null && count >= this.maxFailures;
	}

	/**
	 * Returns how long sign-in stays locked after the last failure, in seconds.
	 */
	long lockoutSeconds() {
		return this.lockout.toSeconds();
	}

	/**
	 * Describes how long sign-in stays locked, e.g. {@code 5 minutes} or {@code 30 seconds}.
	 */
	String describeLockout() {
		long seconds = this.lockout.toSeconds();
		return (seconds % 60 == 0) ? (seconds / 60) + ((seconds == 60) ? " minute" : " minutes")
				: seconds + ((seconds == 1) ? " second" : " seconds");
	}

	private static @Nullable String address(ServerWebExchange exchange) {
		InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
		return (remote != null && remote.getAddress() != null) ? remote.getAddress().getHostAddress() : null;
	}

	private static String userKey(String user) {
		return "user:" + user;
	}

	private static String addressKey(String address) {
		return "address:" + address;
	}

}
