package dev.dbtokens.client.internal.http;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.dbtokens.client.CreateTokenResponse;
import dev.dbtokens.client.PublicTokenInfo;
import dev.dbtokens.client.error.DatabricksApiException;
import dev.dbtokens.client.internal.wire.DeleteTokenRequestBody;
import dev.dbtokens.client.internal.wire.ErrorAnswer;
import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The native-image hints, as Spring's AOT processing finds them.
 */
class TokensRuntimeHintsTests {

	private final RuntimeHints hints = new RuntimeHints();

	TokensRuntimeHintsTests() {
		SpringFactoriesLoader.forResourceLocation("META-INF/spring/aot.factories")
			.load(RuntimeHintsRegistrar.class)
			.forEach((registrar) -> registrar.registerHints(this.hints, getClass().getClassLoader()));
	}

	@Test
	void letsJacksonBindEveryWireRecord() {
		for (Class<?> type : wireRecords()) {
			assertThat(RuntimeHintsPredicates.reflection().onType(type)
				.withMemberCategories(MemberCategory.INVOKE_DECLARED_CONSTRUCTORS, MemberCategory.INVOKE_DECLARED_METHODS))
				.as(type.getSimpleName())
				.accepts(this.hints);
		}
		assertThat(wireRecords()).contains(PublicTokenInfo.class,
				CreateTokenResponse.class, ErrorAnswer.class, DeleteTokenRequestBody.class);
	}

	/** The models of the API and the request and answer records of the machinery. */
	private static List<Class<?>> wireRecords() {
		List<Class<?>> types = new java.util.ArrayList<>(typesIn("dev.dbtokens.client", TokensRuntimeHintsTests::isWireRecord));
		types.addAll(typesIn("dev.dbtokens.client.internal.wire", TokensRuntimeHintsTests::isWireRecord));
		return types;
	}

	@Test
	void registersEveryTypedExceptionAndTheVersionResource() {
		List<Class<?>> exceptions = typesIn("dev.dbtokens.client.error", DatabricksApiException.class::isAssignableFrom);
		assertThat(exceptions).hasSizeGreaterThan(10);
		for (Class<?> type : exceptions) {
			assertThat(RuntimeHintsPredicates.reflection().onType(type).withMemberCategory(MemberCategory.INVOKE_PUBLIC_CONSTRUCTORS))
				.as(type.getSimpleName())
				.accepts(this.hints);
		}
		assertThat(RuntimeHintsPredicates.resource().forResource("dev/dbtokens/client/version.properties")).accepts(this.hints);
	}

	/** A record Jackson reads or writes: a component or a creator carries a Jackson annotation. */
	private static boolean isWireRecord(Class<?> type) {
		return type.isRecord() && (Arrays.stream(type.getDeclaredFields())
			.anyMatch((field) -> field.isAnnotationPresent(JsonProperty.class))
				|| Arrays.stream(type.getDeclaredMethods()).anyMatch((method) -> method.isAnnotationPresent(JsonCreator.class)));
	}

	private static List<Class<?>> typesIn(String packageName, Predicate<Class<?>> filter) {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
				return definition.getMetadata().isIndependent();
			}
		};
		scanner.addIncludeFilter((reader, factory) -> true);
		return scanner.findCandidateComponents(packageName)
			.stream()
			.<Class<?>>map((definition) -> ClassUtils.resolveClassName(definition.getBeanClassName(), null))
			.filter((type) -> type.getPackageName().equals(packageName))
			.filter(filter)
			.toList();
	}

}
