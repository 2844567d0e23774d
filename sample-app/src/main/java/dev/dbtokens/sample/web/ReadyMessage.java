package dev.dbtokens.sample.web;

import dev.dbtokens.sample.emulator.EmbeddedEmulatorInitializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.stereotype.Component;

/**
 * Logs, once the application is ready, where to send requests and which workspace answers them.
 */
@Component
class ReadyMessage implements ApplicationListener<ApplicationReadyEvent> {

	private static final Logger logger = LoggerFactory.getLogger(ReadyMessage.class);

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		ConfigurableEnvironment environment = event.getApplicationContext().getEnvironment();
		String port = environment.getProperty("local.server.port");
		if (port == null) {
			return;
		}
		boolean embedded = environment.getPropertySources().contains(EmbeddedEmulatorInitializer.PROPERTY_SOURCE_NAME);
		String workspace = embedded ? "the embedded Databricks emulator" : environment.getProperty("databricks.host", "?");
		logger.info("Token self-service ready on {}: curl http://localhost:{}/tokens", workspace, port);
	}

}
