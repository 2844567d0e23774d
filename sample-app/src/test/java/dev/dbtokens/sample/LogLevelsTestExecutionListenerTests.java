package dev.dbtokens.sample;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.TestContextManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A test class that raises a level with {@code logging.level.*} has it raised while it runs and
 * leaves the level as it found it; a later class on the same cached context has it raised again.
 */
class LogLevelsTestExecutionListenerTests {

	private static final String PROBE = "dev.dbtokens.sample.levelprobe";

	private final Logger probe = (Logger) LoggerFactory.getLogger(PROBE);

	@Test
	void aClassThatRaisesALevelLeavesItAsItFoundIt() throws Exception {
		assertThat(this.probe.getLevel()).isNull();
		runClass(RaisesTheProbeToTrace.class, () -> assertThat(this.probe.getLevel()).isEqualTo(Level.TRACE));
		assertThat(this.probe.getLevel()).isNull();
	}

	@Test
	void aClassWhoseContextComesFromTheCacheHasItsLevelsRaisedAgain() throws Exception {
		runClass(RaisesTheProbeToTrace.class, () -> assertThat(this.probe.getLevel()).isEqualTo(Level.TRACE));
		assertThat(this.probe.getLevel()).isNull();
		runClass(RaisesTheProbeToTrace.class, () -> assertThat(this.probe.getLevel()).isEqualTo(Level.TRACE));
		assertThat(this.probe.getLevel()).isNull();
	}

	@Test
	void aLevelSetThroughLogbackInsideAClassIsPutBack() throws Exception {
		Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
		Level rootLevel = root.getLevel();
		runClass(RaisesTheProbeToTrace.class, () -> {
			root.setLevel(Level.TRACE);
			((Logger) LoggerFactory.getLogger(PROBE + ".created.inside")).setLevel(Level.DEBUG);
		});
		assertThat(root.getLevel()).isEqualTo(rootLevel);
		assertThat(((Logger) LoggerFactory.getLogger(PROBE + ".created.inside")).getLevel()).isNull();
	}

	/** Runs a test class's life as the Spring extension does, with {@code during} in place of its tests. */
	private static void runClass(Class<?> testClass, Runnable during) throws Exception {
		TestContextManager manager = new TestContextManager(testClass);
		manager.beforeTestClass();
		manager.prepareTestInstance(testClass.getDeclaredConstructor().newInstance());
		try {
			during.run();
		}
		finally {
			manager.afterTestClass();
		}
	}

	@SpringBootTest(classes = RaisesTheProbeToTrace.Empty.class, webEnvironment = WebEnvironment.NONE,
			properties = "logging.level." + PROBE + "=TRACE")
	static class RaisesTheProbeToTrace {

		@Configuration(proxyBeanMethods = false)
		static class Empty {

		}

	}

}
