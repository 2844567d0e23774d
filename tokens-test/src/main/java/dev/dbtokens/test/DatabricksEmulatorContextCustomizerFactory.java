package dev.dbtokens.test;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Adds a {@link DatabricksEmulatorContextCustomizer} to the contexts of test classes
 * annotated with {@link AutoConfigureDatabricksEmulator} (directly, inherited or on an
 * enclosing class). Registered in {@code META-INF/spring.factories}.
 */
class DatabricksEmulatorContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public @Nullable ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return TestContextAnnotationUtils.hasAnnotation(testClass, AutoConfigureDatabricksEmulator.class)
				? new DatabricksEmulatorContextCustomizer() : null;
	}

}
