package dev.dbtokens.test;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.test.context.MergedContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * {@link DatabricksEmulatorContextCustomizerFactory} and the customizer it makes.
 */
class DatabricksEmulatorContextCustomizerTests {

	private final DatabricksEmulatorContextCustomizerFactory factory = new DatabricksEmulatorContextCustomizerFactory();

	@Test
	void customizesOnlyAnnotatedTestClassesAndTheirNestedClasses() {
		assertThat(this.factory.createContextCustomizer(Plain.class, List.of())).isNull();
		assertThat(this.factory.createContextCustomizer(Annotated.class, List.of()))
			.isInstanceOf(DatabricksEmulatorContextCustomizer.class);
		assertThat(this.factory.createContextCustomizer(Annotated.Inner.class, List.of())).isNotNull();
		assertThat(this.factory.createContextCustomizer(Subclass.class, List.of())).isNotNull();
	}

	@Test
	void makesEqualCustomizersSoContextsAreCachedAsBefore() {
		assertThat(this.factory.createContextCustomizer(Annotated.class, List.of()))
			.isEqualTo(this.factory.createContextCustomizer(Subclass.class, List.of()))
			.hasSameHashCodeAs(new DatabricksEmulatorContextCustomizer());
	}

	@Test
	void stopsTheEmulatorWhenTheContextCloses() {
		DatabricksEmulator emulator;
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
			new DatabricksEmulatorContextCustomizer().customizeContext(context, mock(MergedContextConfiguration.class));
			context.refresh();
			emulator = context.getBean(AutoConfigureDatabricksEmulator.BEAN_NAME, DatabricksEmulator.class);
			assertThat(emulator.isRunning()).isTrue();
			assertThat(context.getEnvironment().getPropertySources().iterator().next().getName())
				.isEqualTo(DatabricksEmulatorContextCustomizer.PROPERTY_SOURCE_NAME);
		}
		assertThat(emulator.isRunning()).isFalse();
	}

	static class Plain {

	}

	@AutoConfigureDatabricksEmulator
	static class Annotated {

		class Inner {

		}

	}

	static class Subclass extends Annotated {

	}

}
