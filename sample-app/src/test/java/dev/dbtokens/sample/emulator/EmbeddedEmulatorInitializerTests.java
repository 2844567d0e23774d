package dev.dbtokens.sample.emulator;

import java.util.Map;

import dev.dbtokens.test.DatabricksEmulator;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the initializer starts an emulator, and when it leaves a configured workspace alone.
 */
class EmbeddedEmulatorInitializerTests {

	private final EmbeddedEmulatorInitializer initializer = new EmbeddedEmulatorInitializer();

	@Test
	void pointsTheClientAtAnEmulatorAndTurnsTheDemoOnWhenNothingIsConfigured() {
		try (GenericApplicationContext context = contextWith(new MockEnvironment())) {
			DatabricksEmulator emulator = context.getBean(DatabricksEmulator.class);
			assertThat(emulator.isRunning()).isTrue();
			assertThat(context.getEnvironment().getProperty("databricks.host")).isEqualTo(emulator.baseUrl());
			assertThat(context.getEnvironment().getProperty("databricks.token")).isEqualTo(emulator.defaultToken());
			assertThat(context.getEnvironment().getProperty("sample.demo")).isEqualTo("true");
		}
	}

	@Test
	void keepsAnExplicitDemoSetting() {
		try (GenericApplicationContext context = contextWith(new MockEnvironment().withProperty("sample.demo", "false"))) {
			assertThat(context.getEnvironment().getProperty("sample.demo")).isEqualTo("false");
		}
	}

	@Test
	void winsOverATokenSetWithoutAHost() {
		try (GenericApplicationContext context = contextWith(
				new MockEnvironment().withProperty("databricks.token", "dapiSOMEOTHERWORKSPACE0000"))) {
			assertThat(context.getEnvironment().getProperty("databricks.token"))
				.isEqualTo(context.getBean(DatabricksEmulator.class).defaultToken());
		}
	}

	@Test
	void stopsTheEmulatorWhenTheContextCloses() {
		GenericApplicationContext context = contextWith(new MockEnvironment());
		DatabricksEmulator emulator = context.getBean(DatabricksEmulator.class);
		context.close();
		assertThat(emulator.isRunning()).isFalse();
	}

	@Test
	void leavesAWorkspaceSetByDatabricksHostAlone() {
		assertLeftAlone(new MockEnvironment().withProperty("databricks.host", "https://adb-1.azuredatabricks.net"));
	}

	@Test
	void leavesAWorkspaceSetByTheDatabricksHostEnvironmentVariableAlone() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
							Map.of("DATABRICKS_HOST", "https://adb-1.azuredatabricks.net")));
		assertLeftAlone(environment);
	}

	@Test
	void leavesAWorkspaceChosenByAConfigurationProfileAlone() {
		assertLeftAlone(new MockEnvironment().withProperty("DATABRICKS_CONFIG_PROFILE", "dev"));
		assertLeftAlone(new MockEnvironment().withProperty("databricks.profile", "dev"));
		assertLeftAlone(new MockEnvironment().withProperty("databricks.config-file", "/etc/databrickscfg"));
	}

	private void assertLeftAlone(ConfigurableEnvironment environment) {
		try (GenericApplicationContext context = contextWith(environment)) {
			assertThat(context.getBeansOfType(DatabricksEmulator.class)).isEmpty();
			assertThat(context.getEnvironment().getPropertySources()
				.contains(EmbeddedEmulatorInitializer.PROPERTY_SOURCE_NAME)).isFalse();
		}
	}

	private GenericApplicationContext contextWith(ConfigurableEnvironment environment) {
		GenericApplicationContext context = new GenericApplicationContext();
		context.setEnvironment(environment);
		this.initializer.initialize(context);
		context.refresh();
		return context;
	}

}
