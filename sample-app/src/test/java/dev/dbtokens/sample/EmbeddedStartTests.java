package dev.dbtokens.sample;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.dbtokens.sample.emulator.EmbeddedEmulatorInitializer;
import dev.dbtokens.test.DatabricksEmulator;
import dev.dbtokens.test.EmulatedToken;
import org.junit.jupiter.api.Tag;
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
 * on loopback only, demo on, with generated passwords logged once and a log line that says where
 * to sign in and as whom, and a never-expiring portal token for the compliance sweep to find; the
 * emulator stops with the application.
 */
@ExtendWith(OutputCaptureExtension.class)
@Tag("whole-application")
class EmbeddedStartTests {

	private static final Pattern GENERATED = Pattern.compile("Generated password for portal user '(\\w+)': (\\S+) ");

	@Test
	void startsOnTheEmbeddedEmulatorOnLoopbackWithGeneratedPasswordsAndStopsTheEmulatorOnClose(CapturedOutput output) {
		assumeThat(System.getenv().keySet()).as("no Databricks environment variable is set")
			.noneMatch((name) -> name.startsWith("DATABRICKS_"));
		DatabricksEmulator emulator;
		try (ConfigurableApplicationContext context = SampleApplication.application()
			.run("--server.port=0", "--spring.main.banner-mode=off")) {
			emulator = context.getBean(EmbeddedEmulatorInitializer.BEAN_NAME, DatabricksEmulator.class);
			String port = context.getEnvironment().getProperty("local.server.port");

			assertThat(context.getEnvironment().getProperty("databricks.host")).isEqualTo(emulator.baseUrl());
			assertThat(context.getEnvironment().getProperty("server.address")).isEqualTo("127.0.0.1");
			assertThat(output.getAll()).contains("started an embedded Databricks emulator at " + emulator.baseUrl())
				.contains("Demo 4/4 list: 2 token(s), the new one not listed")
				.contains("Seeded a never-expiring token 'legacy-notebook' for portal user 'user'")
				.contains("Token portal ready on the embedded Databricks emulator: sign in at http://127.0.0.1:" + port
						+ "/ as 'user' or as 'admin'")
				.contains("curl -u user:PASSWORD http://127.0.0.1:" + port + "/tokens")
				.doesNotContain(emulator.defaultToken());
			Matcher generated = GENERATED.matcher(output.getAll());
			assertThat(generated.find()).as("a generated password is logged").isTrue();
			assertThat(generated.group(1)).isEqualTo("user");
			String password = generated.group(2);
			assertThat(generated.find()).isTrue();
			assertThat(generated.group(1)).isEqualTo("admin");
			assertThat(generated.group(2)).isNotEqualTo(password);
			assertThat(generated.find()).as("each password is logged once").isFalse();

			WebTestClient web = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build();
			web.get().uri("/tokens").exchange().expectStatus().isUnauthorized();
			web.get()
				.uri("/tokens")
				.headers((headers) -> headers.setBasicAuth("user", password))
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$[0].comment").isEqualTo("legacy-notebook")
				.jsonPath("$[0].expiryTime").doesNotExist()
				.jsonPath("$.length()").isEqualTo(1);
			assertThat(emulator.tokens(DatabricksEmulator.DEFAULT_PRINCIPAL)).extracting(EmulatedToken::comment)
				.as("the admin's compliance sweep finds a portal token that never expires")
				.contains("portal:user legacy-notebook");
			assertThat(emulator.isRunning()).isTrue();
		}
		assertThat(emulator.isRunning()).isFalse();
	}

}
