package dev.dbtokens.test;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * {@link DatabricksEmulatorExtension} as users register it, and per instance.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabricksEmulatorExtensionTests {

	@RegisterExtension
	static DatabricksEmulatorExtension databricks = new DatabricksEmulatorExtension();

	@Test
	@Order(1)
	void startsTheEmulatorBeforeTheTestsAndInjectsIt(DatabricksEmulator emulator) {
		assertThat(emulator).isSameAs(databricks.emulator());
		assertThat(emulator.isRunning()).isTrue();
		assertThat(databricks.baseUrl()).isEqualTo(emulator.baseUrl());
		WireClient client = new WireClient(emulator);
		assertThat(client.create(databricks.defaultToken(), "{}").status()).isEqualTo(200);
		emulator.principals().addPrincipal("added-in-first-test");
		emulator.faults().next().status503();
	}

	@Test
	@Order(2)
	void resetsTheEmulatorBetweenTests(DatabricksEmulator emulator) {
		assertThat(emulator.createdCount()).isZero();
		assertThat(emulator.journal()).isEmpty();
		assertThat(emulator.faults().pending()).isZero();
		assertThat(emulator.tokens("added-in-first-test")).isEmpty();
		assertThat(new WireClient(emulator).list(databricks.defaultToken()).status()).isEqualTo(200);
	}

	@Test
	void startsAndStopsAroundEachTestWhenRegisteredPerInstance() {
		DatabricksEmulatorExtension perInstance = new DatabricksEmulatorExtension(DatabricksEmulator.builder());
		ExtensionContext context = mock(ExtensionContext.class);
		perInstance.beforeEach(context);
		assertThat(perInstance.emulator().isRunning()).isTrue();
		perInstance.afterEach(context);
		assertThat(perInstance.emulator().isRunning()).isFalse();
	}

	@Test
	void keepsTheEmulatorRunningUntilTheOutermostClassIsDone() {
		DatabricksEmulatorExtension extension = new DatabricksEmulatorExtension();
		ExtensionContext context = mock(ExtensionContext.class);
		extension.beforeAll(context);
		extension.beforeAll(context);
		extension.afterAll(context);
		assertThat(extension.emulator().isRunning()).isTrue();
		extension.afterAll(context);
		assertThat(extension.emulator().isRunning()).isFalse();
	}

	@Test
	void stopsTheEmulatorAfterAllTests() {
		DatabricksEmulatorExtension perClass = new DatabricksEmulatorExtension();
		ExtensionContext context = mock(ExtensionContext.class);
		perClass.beforeAll(context);
		perClass.beforeEach(context);
		perClass.afterEach(context);
		assertThat(perClass.emulator().isRunning()).isTrue();
		perClass.afterAll(context);
		assertThat(perClass.emulator().isRunning()).isFalse();
	}

	@Nested
	class WhenNested {

		@Test
		void sharesTheEnclosingClassesEmulator(DatabricksEmulator emulator) {
			assertThat(emulator).isSameAs(databricks.emulator());
			assertThat(new WireClient(emulator).list(databricks.defaultToken()).status()).isEqualTo(200);
		}

	}

}
