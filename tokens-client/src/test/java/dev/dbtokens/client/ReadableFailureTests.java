package dev.dbtokens.client;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import ch.qos.logback.classic.spi.ThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import dev.dbtokens.client.error.DatabricksApiException;
import org.junit.jupiter.api.Test;

import static dev.dbtokens.client.support.TestSecrets.CONFIGURED_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * What a person reads when a call fails: one exception, one message saying what failed, where, how
 * often and what the earlier attempts saw, and a trace that fits on one screen as a logger prints
 * it. The workspace is a closed port on loopback.
 */
class ReadableFailureTests {

	/** A terminal of 50 lines; the trace of a failed call must fit on it. */
	static final int ONE_SCREEN = 50;

	@Test
	void aCallThatNeverGetsAnAnswerFailsWithOneMessageAndATraceThatFitsOnOneScreen() throws Exception {
		String host = "http://127.0.0.1:" + closedPort();
		TokensClient client = TokensClient.builder()
			.host(host)
			.token(CONFIGURED_TOKEN)
			.retry(RetrySettings.defaults().withInitialBackoff(Duration.ofMillis(1)).withMaxBackoff(Duration.ofMillis(5)))
			.build();

		// Called as a scheduled job would call it: on a thread of its own, whose few frames block() adds.
		java.util.concurrent.ExecutorService job = java.util.concurrent.Executors.newSingleThreadExecutor();
		DatabricksApiException failure;
		try {
			failure = job.submit(() -> catchThrowableOfType(DatabricksApiException.class, () -> client.blocking().list())).get();
		}
		finally {
			job.shutdown();
		}

		String printed = ThrowableProxyUtil.asString(new ThrowableProxy(failure));
		List<String> lines = Arrays.asList(printed.split("\n"));
		org.slf4j.LoggerFactory.getLogger(ReadableFailureTests.class).info("As a logger prints it ({} lines):\n{}", lines.size(), printed);
		assertThat(failure.getMessage()).startsWith("token/list failed: no answer from " + host + " (")
			.contains("check the host and the network")
			.endsWith("(after 4 attempts, each failed the same way)")
			.doesNotContain("\n");
		assertThat(lines).hasSizeLessThanOrEqualTo(ONE_SCREEN)
			.noneMatch((line) -> line.contains("stacktrace has been enhanced"))
			.noneMatch((line) -> line.contains("checkpoint"))
			.filteredOn((line) -> line.contains("token/list failed")).hasSize(1);
	}

	private static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
