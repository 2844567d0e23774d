package dev.dbtokens.client.rotation;

import dev.dbtokens.client.rotation.RotationFailure.Step;
import dev.dbtokens.client.support.CapturingAppender;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a rotation logs of a failure is escaped: a token id or a server message with line breaks
 * cannot forge a log line.
 */
class RotationHandoverTests {

	private static final String FORGED = "FORGED 00:00:00.000 INFO  admin logged in";

	@Test
	void aFailureIsLoggedOnOneLineWhateverTheServerSent() {
		RotationHandover handover = new RotationHandover((token) -> {
		});

		handover.failed(new RotationFailure("nightly", Step.REVOKE, "t-1\n" + FORGED,
				new IllegalStateException("token/delete failed: HTTP 400 BAD\r\n" + FORGED + "\u2028" + FORGED))).block();

		assertThat(CapturingAppender.lines()).filteredOn((line) -> line.contains("Token rotation 'nightly'"))
			.singleElement()
			.satisfies((line) -> assertThat(line).contains("revoking token t-1\\n" + FORGED)
				.contains("BAD\\r\\n" + FORGED + "\\u2028" + FORGED)
				.doesNotContain("\n", "\r", "\u2028"));
	}

}
