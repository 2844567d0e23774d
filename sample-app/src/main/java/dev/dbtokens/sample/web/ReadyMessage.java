package dev.dbtokens.sample.web;

import dev.dbtokens.sample.SampleProperties;
import dev.dbtokens.sample.emulator.EmbeddedEmulatorInitializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.stereotype.Component;

/**
 * Logs, once the application is ready, where to sign in, as whom, and which workspace answers.
 */
@Component
class ReadyMessage implements ApplicationListener<ApplicationReadyEvent> {

	private static final Logger logger = LoggerFactory.getLogger(ReadyMessage.class);

	private final SampleProperties properties;

	ReadyMessage(SampleProperties properties) {
		this.properties = properties;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		ConfigurableEnvironment environment = event.getApplicationContext().getEnvironment();
		String port = environment.getProperty("local.server.port");
		if (port == null) {
			return;
		}
		boolean embedded = environment.getPropertySources().contains(EmbeddedEmulatorInitializer.PROPERTY_SOURCE_NAME);
		String workspace = embedded ? "the embedded Databricks emulator" : environment.getProperty("databricks.host", "?");
		String address = environment.getProperty("server.address", "localhost");
		String url = "http://" + (address.contains(":") ? "[" + address + "]" : address) + ":" + port;
		String user = this.properties.getUsers().getUser().getName();
		String admin = this.properties.getUsers().getAdmin().getName();
		logger.info("Token portal ready on {}: sign in at {}/ as '{}' or as '{}' (passwords: generated and logged above, "
				+ "or set by sample.users.*.password); JSON API: curl -u {}:PASSWORD {}/tokens", workspace, url, user, admin, user,
				url);
	}

}
