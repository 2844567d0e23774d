package dev.dbtokens.client.support;

import java.util.List;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registered for every test of the module (JUnit auto-detection): fails a test when any log line
 * written during it, at any level, contains a test secret, or when Netty reports a buffer leak
 * (leak detection runs at {@code paranoid} in the build; a leak is reported when buffers are
 * allocated after the leaked one was collected, so it may fail the test after the leaking one).
 */
public class NoSecretsNoLeaksExtension implements AfterEachCallback {

	@Override
	public void afterEach(ExtensionContext context) {
		System.gc();
		List<String> lines = CapturingAppender.drain();
		for (String line : lines) {
			TestSecrets.assertNoSecretIn("log line", line);
			assertThat(line).as("Netty reported a buffer leak").doesNotContain("LEAK:");
		}
	}

}
