package dev.dbtokens.sample.security;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.server.ServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in throttling: a user name or a client address is locked after repeated failures, also for
 * the right password, until the lockout has passed; failures are logged without the password.
 */
@ExtendWith(OutputCaptureExtension.class)
class SignInThrottleTests {

	private static final String PASSWORD = "right-password";

	private final AtomicLong nanos = new AtomicLong();

	private final SignInThrottle throttle = new SignInThrottle(
			(attempt) -> PASSWORD.equals(attempt.getCredentials()) ? Mono.just(attempt) : Mono.error(new BadCredentialsException("Invalid Credentials")),
			properties(3, Duration.ofMinutes(5)), this.nanos::get);

	@Test
	void locksAUserNameAfterRepeatedFailuresEvenForTheRightPasswordUntilTheLockoutHasPassed() {
		fails("admin", "guess-1", "10.0.0.1");
		fails("admin", "guess-2", "10.0.0.2");
		fails("admin", "guess-3", "10.0.0.3");
		locked("admin", PASSWORD, "10.0.0.4");

		this.nanos.addAndGet(Duration.ofMinutes(5).plusSeconds(1).toNanos());
		succeeds("admin", PASSWORD, "10.0.0.4");
	}

	@Test
	void locksAClientAddressThatTriesManyUserNames() {
		fails("alice", "guess", "10.0.0.9");
		fails("bob", "guess", "10.0.0.9");
		fails("carol", "guess", "10.0.0.9");
		locked("user", PASSWORD, "10.0.0.9");
		succeeds("user", PASSWORD, "10.0.0.10");
	}

	@Test
	void aSuccessClearsTheUserNamesFailures() {
		fails("user", "typo", "10.0.0.1");
		fails("user", "typo", "10.0.0.2");
		succeeds("user", PASSWORD, "10.0.0.3");
		fails("user", "typo", "10.0.0.4");
		fails("user", "typo", "10.0.0.5");
		succeeds("user", PASSWORD, "10.0.0.6");
	}

	@Test
	void logsEachFailureWithTheEscapedUserNameAndTheAddressButNeverThePassword(CapturedOutput output) {
		fails("ad\nmin", "secret-guess-123", "10.0.0.7");
		assertThat(output).contains("Sign-in failed for portal user 'ad\\nmin' from 10.0.0.7 (1 of 3 failures before sign-in is "
				+ "locked for 5 minutes)")
			.doesNotContain("secret-guess-123");
	}

	private void fails(String user, String password, String address) {
		StepVerifier.create(attempt(user, password, address)).expectError(BadCredentialsException.class).verify();
	}

	private void locked(String user, String password, String address) {
		StepVerifier.create(attempt(user, password, address))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(LockedException.class)
				.hasMessage("Too many failed sign-ins for this user or from this address: try again in 5 minutes"))
			.verify();
	}

	private void succeeds(String user, String password, String address) {
		StepVerifier.create(attempt(user, password, address)).expectNextCount(1).verifyComplete();
	}

	private Mono<Authentication> attempt(String user, String password, String address) {
		ServerWebExchange exchange = MockServerWebExchange
			.from(MockServerHttpRequest.post("/login").remoteAddress(new InetSocketAddress(address, 40000)));
		return this.throttle.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(user, password))
			.contextWrite((context) -> context.put(ServerWebExchange.class, exchange));
	}

	private static SignInProperties properties(int maxFailures, Duration lockout) {
		SignInProperties properties = new SignInProperties();
		properties.setMaxFailures(maxFailures);
		properties.setLockout(lockout);
		return properties;
	}

}
