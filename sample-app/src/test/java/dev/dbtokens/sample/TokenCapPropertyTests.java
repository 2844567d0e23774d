package dev.dbtokens.sample;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * A {@code sample.max-tokens-per-user} below 1 stops the application's start with a failure
 * analysis that names the property, what was wrong and what to set.
 */
@ExtendWith(OutputCaptureExtension.class)
@Tag("whole-application")
class TokenCapPropertyTests {

	@Test
	void refusesToStartWithACapOfZeroNamingTheProperty(CapturedOutput output) {
		// A workspace is configured (on a loopback port nothing answers), so no emulator starts.
		assertThatException().isThrownBy(() -> SampleApplication.application()
			.run("--server.port=0", "--spring.main.banner-mode=off", "--databricks.host=http://127.0.0.1:9",
					"--databricks.token=dapiNOTUSEDbyTHISstart0123456789",
					"--sample.max-tokens-per-user=0")
			.close());

		assertThat(output.getAll()).contains("APPLICATION FAILED TO START", "Property: sample.max-tokens-per-user",
				"sample.max-tokens-per-user must be at least 1, was 0: set it to the most tokens one portal user may hold, e.g. 10");
	}

}
