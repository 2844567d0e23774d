package dev.dbtokens.client.support;

import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * Raises every logger to TRACE for one test and puts the root level back afterwards (levels are
 * JVM-wide: a raised level would leak into later test classes). Register it with
 * {@code @ExtendWith}; read what was logged with {@link CapturingAppender#lines()}.
 */
public class TraceLogging implements BeforeEachCallback, AfterEachCallback {

	private static final String PREVIOUS = "previousRootLevel";

	@Override
	public void beforeEach(ExtensionContext context) {
		Logger root = root();
		context.getStore(ExtensionContext.Namespace.create(TraceLogging.class)).put(PREVIOUS, root.getLevel());
		root.setLevel(Level.TRACE);
	}

	@Override
	public void afterEach(ExtensionContext context) {
		Level previous = context.getStore(ExtensionContext.Namespace.create(TraceLogging.class)).get(PREVIOUS, Level.class);
		root().setLevel(previous);
	}

	/** The lines logged so far in this test that contain a marker. */
	public static List<String> linesWith(String marker) {
		return CapturingAppender.lines().stream().filter((line) -> line.contains(marker)).toList();
	}

	private static Logger root() {
		return ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
	}

}
