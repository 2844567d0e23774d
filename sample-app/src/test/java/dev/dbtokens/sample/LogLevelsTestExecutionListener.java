package dev.dbtokens.sample;

import java.util.HashMap;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;
import org.springframework.test.context.support.DependencyInjectionTestExecutionListener;

/**
 * Every Spring test class of the sample leaves logback's levels as it found them, and runs with the
 * {@code logging.level.*} properties of its own context. Logback's levels belong to the JVM, not to
 * a context: Spring Boot sets a context's {@code logging.level.*} when the context starts and never
 * undoes them, so without this a class that raises {@code dev.dbtokens} to DEBUG leaves it raised
 * for every later class of the same JVM (which once hid a log-forging defect), and a class whose
 * context comes from the test context cache would not get its levels back after an earlier class
 * restored them. Registered for every test class in {@code META-INF/spring.factories}.
 */
public final class LogLevelsTestExecutionListener extends AbstractTestExecutionListener {

	private static final String LEVELS = LogLevelsTestExecutionListener.class.getName() + ".levels";

	/**
	 * After dependency injection, which loads the context; so, in reverse for {@code afterTestClass},
	 * after a dirtied context is closed.
	 */
	@Override
	public int getOrder() {
		return new DependencyInjectionTestExecutionListener().getOrder() + 100;
	}

	@Override
	public void beforeTestClass(TestContext testContext) {
		Map<String, Level> levels = new HashMap<>();
		loggerContext().getLoggerList().forEach((logger) -> levels.put(logger.getName(), logger.getLevel()));
		testContext.setAttribute(LEVELS, levels);
	}

	@Override
	public void prepareTestInstance(TestContext testContext) {
		ApplicationContext context = testContext.getApplicationContext();
		LoggingSystem loggingSystem = LoggingSystem.get(getClass().getClassLoader());
		Binder.get(context.getEnvironment())
			.bind("logging.level", Bindable.mapOf(String.class, LogLevel.class))
			.ifBound((levels) -> levels.forEach((name, level) -> loggingSystem
				.setLogLevel("root".equalsIgnoreCase(name) ? LoggingSystem.ROOT_LOGGER_NAME : name, level)));
	}

	@Override
	@SuppressWarnings("unchecked")
	public void afterTestClass(TestContext testContext) {
		Map<String, Level> levels = (Map<String, Level>) testContext.removeAttribute(LEVELS);
		if (levels == null) {
			return;
		}
		for (Logger logger : loggerContext().getLoggerList()) {
			Level level = levels.get(logger.getName());
			if (level != null || !Logger.ROOT_LOGGER_NAME.equals(logger.getName())) {
				logger.setLevel(level);
			}
		}
	}

	private static LoggerContext loggerContext() {
		return (LoggerContext) LoggerFactory.getILoggerFactory();
	}

}
