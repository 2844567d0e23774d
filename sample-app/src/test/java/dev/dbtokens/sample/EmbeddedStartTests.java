package dev.dbtokens.sample;

import dev.dbtokens.sample.emulator.EmbeddedEmulatorInitializer;
import dev.dbtokens.test.DatabricksEmulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The application as {@code main} starts it, with nothing configured: on the embedded emulator,
 * demo on, telling where to send requests; the emulator stops with the application.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedStartTests {

	@Test
	void startsOnTheEmbeddedEmulatorRunsTheDemoAndStopsTheEmulatorOnClose(CapturedOutput output) {
		assumeThat(System.getenv("DATABRICKS_HOST")).as("a real workspace is configured").isNull();
		DatabricksEmulator emulator;
		try (ConfigurableApplicationContext context = SampleApplication.application()
			.run("--server.port=0", "--spring.main.banner-mode=off")) {
			emulator = context.getBean(EmbeddedEmulatorInitializer.BEAN_NAME, DatabricksEmulator.class);
			String port = context.getEnvironment().getProperty("local.server.port");

			assertThat(context.getEnvironment().getProperty("databricks.host")).isEqualTo(emulator.baseUrl());
			assertThat(output.getAll()).contains("started an embedded Databricks emulator at " + emulator.baseUrl())
				.contains("Demo 4/4 list: 1 token(s), the new one not listed")
				.contains("curl http://localhost:" + port + "/tokens")
				.doesNotContain(emulator.defaultToken());
			WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build()
				.get()
				.uri("/tokens")
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$[0].comment").isEqualTo("Seeded by DatabricksEmulator");
			assertThat(emulator.isRunning()).isTrue();
		}
		assertThat(emulator.isRunning()).isFalse();
	}

}
