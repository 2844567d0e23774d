package dev.dbtokens.client.support;

import java.util.ArrayList;
import java.util.List;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;

/**
 * Keeps every log line (message and exception chain) of the test JVM for the secret and leak scan.
 */
public class CapturingAppender extends AppenderBase<ILoggingEvent> {

	private static final List<String> LINES = new ArrayList<>();

	@Override
	protected void append(ILoggingEvent event) {
		StringBuilder line = new StringBuilder(event.getLoggerName()).append(' ').append(event.getFormattedMessage());
		for (IThrowableProxy proxy = event.getThrowableProxy(); proxy != null; proxy = proxy.getCause()) {
			line.append(" | ").append(proxy.getClassName()).append(": ").append(proxy.getMessage());
		}
		synchronized (LINES) {
			LINES.add(line.toString());
		}
	}

	/** Returns the lines captured so far in this test. */
	public static List<String> lines() {
		synchronized (LINES) {
			return new ArrayList<>(LINES);
		}
	}

	/** Returns and forgets the lines captured so far. */
	public static List<String> drain() {
		synchronized (LINES) {
			List<String> copy = new ArrayList<>(LINES);
			LINES.clear();
			return copy;
		}
	}

}
