package dev.dbtokens.test;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link AutoConfigureDatabricksEmulator} on a {@code @SpringBootTest}.
 */
@SpringBootTest(properties = { "databricks.host=https://overridden.example.com", "databricks.token=dapiOVERRIDDEN" })
@AutoConfigureDatabricksEmulator
class AutoConfigureDatabricksEmulatorTests {

	@Autowired
	private Environment environment;

	@Autowired
	private DatabricksEmulator databricksEmulator;

	@Test
	void pointsDatabricksPropertiesAtTheRunningEmulator() {
		assertThat(this.databricksEmulator.isRunning()).isTrue();
		assertThat(this.environment.getProperty("databricks.host")).isEqualTo(this.databricksEmulator.baseUrl());
		assertThat(this.environment.getProperty("databricks.token")).isEqualTo(this.databricksEmulator.defaultToken());
	}

	@Test
	void givesATokenThatTheEmulatorAccepts() {
		WireClient client = new WireClient(this.databricksEmulator);
		assertThat(client.list(this.environment.getProperty("databricks.token")).status()).isEqualTo(200);
	}

	@SpringBootConfiguration(proxyBeanMethods = false)
	static class Config {

	}

}
