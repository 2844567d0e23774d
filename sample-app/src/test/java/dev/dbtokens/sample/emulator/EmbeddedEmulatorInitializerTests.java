package dev.dbtokens.sample.emulator;

import java.util.Map;

import dev.dbtokens.test.DatabricksEmulator;
import org.junit.jupiter.api.Test;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * When the initializer starts an emulator, when it leaves a configured workspace alone, and when
 * it refuses to start because Databricks is configured only in part.
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
	void bindsTheServerToLoopbackUnlessAnAddressIsSet() {
		try (GenericApplicationContext context = contextWith(new MockEnvironment())) {
			assertThat(context.getEnvironment().getProperty("server.address")).isEqualTo("127.0.0.1");
		}
		try (GenericApplicationContext context = contextWith(new MockEnvironment().withProperty("server.address", "0.0.0.0"))) {
			assertThat(context.getEnvironment().getProperty("server.address")).isEqualTo("0.0.0.0");
		}
	}

	@Test
	void startsTheEmulatorDespiteTuningProperties() {
		try (GenericApplicationContext context = contextWith(new MockEnvironment()
			.withProperty("databricks.rotation.self.lifetime", "1d")
			.withProperty("databricks.http.connect-timeout", "5s")
			.withProperty("databricks.retry.max-attempts", "2")
			.withProperty("databricks.lifecycle.concurrency", "4")
			.withProperty("databricks.token-management.enabled", "false"))) {
			assertThat(context.getBeansOfType(DatabricksEmulator.class)).hasSize(1);
		}
	}

	@Test
	void refusesATokenSetWithoutAHostNamingWhatIsMissing() {
		IncompleteDatabricksConfigurationException ex = refused(
				new MockEnvironment().withProperty("databricks.token", "dapiSOMEOTHERWORKSPACE0000"));
		assertThat(ex.settings()).containsExactly("databricks.token (mockProperties)");
		FailureAnalysis analysis = new IncompleteDatabricksConfigurationFailureAnalyzer().analyze(ex);
		assertThat(analysis.getDescription()).contains("databricks.token (mockProperties)",
				"none of databricks.host (DATABRICKS_HOST), databricks.profile (DATABRICKS_CONFIG_PROFILE) or "
						+ "databricks.config-file (DATABRICKS_CONFIG_FILE) is set")
			.doesNotContain("dapiSOMEOTHERWORKSPACE0000");
		assertThat(analysis.getAction()).contains("DATABRICKS_HOST", "Or remove those settings to run on the embedded emulator");
	}

	@Test
	void refusesAMistypedEnvironmentVariableInsteadOfSilentlyStartingTheEmulator() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
							Map.of("DATABRICKS_HOTS", "https://adb-1.azuredatabricks.net", "DATABRICKS_TOKEN", "dapiX")));
		assertThat(refused(environment).settings()).containsExactlyInAnyOrder("DATABRICKS_HOTS (environment variable)",
				"DATABRICKS_TOKEN (environment variable)");
	}

	@Test
	void refusesAnEmptyHost() {
		assertThat(refused(new MockEnvironment().withProperty("databricks.host", "")).settings())
			.containsExactly("databricks.host (mockProperties)");
	}

	@Test
	void refusesToStartWithNothingConfiguredWhenTheBuildHasNoEmulator() {
		GenericApplicationContext context = new GenericApplicationContext();
		context.setEnvironment(new MockEnvironment());
		assertThatExceptionOfType(IncompleteDatabricksConfigurationException.class)
			.isThrownBy(() -> new EmbeddedEmulatorInitializer(false).initialize(context))
			.satisfies((ex) -> {
				assertThat(ex.settings()).isEmpty();
				assertThat(new IncompleteDatabricksConfigurationFailureAnalyzer().analyze(ex).getDescription())
					.contains("this build has no embedded emulator");
			});
		assertThat(context.getBeanFactory().containsSingleton(EmbeddedEmulatorInitializer.BEAN_NAME)).isFalse();
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

	private IncompleteDatabricksConfigurationException refused(ConfigurableEnvironment environment) {
		GenericApplicationContext context = new GenericApplicationContext();
		context.setEnvironment(environment);
		IncompleteDatabricksConfigurationException ex = catchThrowableOfType(IncompleteDatabricksConfigurationException.class,
				() -> this.initializer.initialize(context));
		assertThat(ex).as("start-up refused").isNotNull();
		assertThat(context.getBeanFactory().containsSingleton(EmbeddedEmulatorInitializer.BEAN_NAME)).isFalse();
		return ex;
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
