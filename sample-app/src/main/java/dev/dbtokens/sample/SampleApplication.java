package dev.dbtokens.sample;

import dev.dbtokens.sample.emulator.EmbeddedEmulatorInitializer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * A token self-service web service on the Databricks Tokens starter: list, create and revoke
 * personal access tokens over HTTP, with an optional janitor and a start-up walk-through.
 */
@SpringBootApplication
@EnableConfigurationProperties(SampleProperties.class)
public class SampleApplication {

	/**
	 * Runs the service; with no workspace configured it starts on an embedded emulator.
	 * @param args the command-line arguments
	 */
	public static void main(String[] args) {
		application().run(args);
	}

	/**
	 * Returns the application as {@link #main(String[])} runs it: with the
	 * {@link EmbeddedEmulatorInitializer}, which tests started by Spring's test framework do not get.
	 * @return a new application
	 */
	public static SpringApplication application() {
		SpringApplication application = new SpringApplication(SampleApplication.class);
		application.addInitializers(new EmbeddedEmulatorInitializer());
		return application;
	}

}
