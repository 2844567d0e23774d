package dev.dbtokens.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a {@link DatabricksEmulator} (with its default principal) for a Spring test context,
 * e.g. a {@code @SpringBootTest} class. The emulator is a bean named
 * {@value #BEAN_NAME}; the properties {@code databricks.host} (its base URL) and
 * {@code databricks.token} (the default principal's token) take precedence over every other
 * property source, and the emulator is the {@code DatabricksConnectionDetails} of the top-level
 * workspace and of every workspace under {@code databricks.workspaces.<name>}: no request of the
 * test reaches a configured workspace. It starts with the context and stops when the context closes: test
 * classes that share a cached context share the emulator, so call
 * {@link DatabricksEmulator#reset()} where a test needs a clean state.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface AutoConfigureDatabricksEmulator {

	/** Name of the emulator bean. */
	String BEAN_NAME = "databricksEmulator";

}
