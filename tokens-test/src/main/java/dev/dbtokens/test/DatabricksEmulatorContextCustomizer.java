package dev.dbtokens.test;

import java.net.URI;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.util.ClassUtils;

/**
 * Starts an emulator for one application context, registers it as the bean
 * {@value AutoConfigureDatabricksEmulator#BEAN_NAME}, puts {@code databricks.host},
 * {@code databricks.token} and the emulator's host as {@code databricks.http.proxy.non-proxy-hosts}
 * first among the property sources, registers the emulator as the
 * connection details of the top-level and of every named workspace (when the auto-configuration
 * is present), and stops the emulator when the context's beans are destroyed (on close, or when
 * refresh fails).
 *
 * <p>Instances are equal to each other: the annotation has no attributes, so it does not
 * split Spring's context cache, and each cached context gets its own emulator.
 */
class DatabricksEmulatorContextCustomizer implements ContextCustomizer {

	static final String PROPERTY_SOURCE_NAME = "databricksEmulator";

	private static final String CONNECTION_DETAILS = "dev.dbtokens.client.autoconfigure.DatabricksConnectionDetails";

	@Override
	public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
		DatabricksEmulator emulator = DatabricksEmulator.builder().withDefaultPrincipal().start();
		ConfigurableListableBeanFactory beanFactory = context.getBeanFactory();
		beanFactory.registerSingleton(AutoConfigureDatabricksEmulator.BEAN_NAME, emulator);
		if (beanFactory instanceof DefaultSingletonBeanRegistry registry) {
			registry.registerDisposableBean(AutoConfigureDatabricksEmulator.BEAN_NAME, emulator::close);
		}
		else {
			context.addApplicationListener((event) -> {
				if (event instanceof ContextClosedEvent) {
					emulator.close();
				}
			});
		}
		// The emulator is on this machine: an application's proxy (databricks.http.proxy.*) is not asked for it.
		Map<String, Object> properties = Map.of("databricks.host", emulator.baseUrl(), "databricks.token",
				emulator.defaultToken(), "databricks.http.proxy.non-proxy-hosts", URI.create(emulator.baseUrl()).getHost());
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE_NAME, properties));
		if (ClassUtils.isPresent(CONNECTION_DETAILS, context.getClassLoader())) {
			EmulatorConnectionDetails.register(beanFactory, emulator, context.getEnvironment());
		}
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other != null && other.getClass() == getClass();
	}

	@Override
	public int hashCode() {
		return getClass().hashCode();
	}

}
