package dev.dbtokens.test;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs a {@link DatabricksEmulator} for a JUnit 5 test class: started before all tests,
 * {@linkplain DatabricksEmulator#reset() reset} before each, stopped after all. Test and
 * lifecycle methods may declare a {@code DatabricksEmulator} parameter.
 *
 * <pre class="code">
 * &#64;RegisterExtension
 * static DatabricksEmulatorExtension databricks = new DatabricksEmulatorExtension();
 * </pre>
 *
 * {@code @Nested} classes share the enclosing class's emulator. Registered on an instance
 * field instead, it starts before and stops after each test.
 */
public final class DatabricksEmulatorExtension
		implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback, ParameterResolver {

	private final DatabricksEmulator emulator;

	private int containers;

	private boolean startedForOneTest;

	/**
	 * Creates an extension whose emulator has the default principal and otherwise the
	 * builder's defaults.
	 */
	public DatabricksEmulatorExtension() {
		this(DatabricksEmulator.builder().withDefaultPrincipal());
	}

	/**
	 * Creates an extension whose emulator is built from the given builder.
	 * @param builder the emulator's description
	 */
	public DatabricksEmulatorExtension(DatabricksEmulatorBuilder builder) {
		this.emulator = builder.build();
	}

	/**
	 * Returns the emulator, running between the callbacks.
	 * @return the emulator of this extension
	 */
	public DatabricksEmulator emulator() {
		return this.emulator;
	}

	/**
	 * Shortcut for {@code emulator().baseUrl()}.
	 * @return the workspace URL
	 */
	public String baseUrl() {
		return this.emulator.baseUrl();
	}

	/**
	 * Shortcut for {@code emulator().defaultToken()}.
	 * @return the default principal's personal access token
	 */
	public String defaultToken() {
		return this.emulator.defaultToken();
	}

	/**
	 * Starts the emulator, unless an enclosing class already did.
	 * @param context the container's context
	 */
	@Override
	public synchronized void beforeAll(ExtensionContext context) {
		if (this.containers++ == 0) {
			this.emulator.start();
		}
	}

	/**
	 * Resets the emulator, or starts it when the extension was registered per instance.
	 * @param context the test's context
	 */
	@Override
	public synchronized void beforeEach(ExtensionContext context) {
		if (this.emulator.isRunning()) {
			this.emulator.reset();
		}
		else {
			this.emulator.start();
			this.startedForOneTest = true;
		}
	}

	/**
	 * Stops the emulator if {@link #beforeEach} started it.
	 * @param context the test's context
	 */
	@Override
	public synchronized void afterEach(ExtensionContext context) {
		if (this.startedForOneTest) {
			this.startedForOneTest = false;
			this.emulator.stop();
		}
	}

	/**
	 * Stops the emulator when the outermost class is done.
	 * @param context the container's context
	 */
	@Override
	public synchronized void afterAll(ExtensionContext context) {
		if (--this.containers == 0) {
			this.emulator.stop();
		}
	}

	/**
	 * Whether the parameter is a {@link DatabricksEmulator}.
	 * @param parameterContext the parameter
	 * @param extensionContext the context
	 * @return {@code true} for a {@code DatabricksEmulator} parameter
	 */
	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return parameterContext.getParameter().getType() == DatabricksEmulator.class;
	}

	/**
	 * Returns the emulator.
	 * @param parameterContext the parameter
	 * @param extensionContext the context
	 * @return the emulator of this extension
	 */
	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return this.emulator;
	}

}
