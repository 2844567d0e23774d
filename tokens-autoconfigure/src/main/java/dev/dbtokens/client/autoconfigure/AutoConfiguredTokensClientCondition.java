package dev.dbtokens.client.autoconfigure;

import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.ConfigurationCondition;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.core.type.MethodMetadata;

/**
 * Matches when the {@code tokensClient} bean is the auto-configured one, not an application's own
 * bean of that name: a management client built from the properties beside the application's own
 * {@code TokensClient} would talk to another workspace, or fail the start when no host is set.
 */
class AutoConfiguredTokensClientCondition extends SpringBootCondition implements ConfigurationCondition {

	private static final String BEAN = "tokensClient";

	@Override
	public ConfigurationPhase getConfigurationPhase() {
		return ConfigurationPhase.REGISTER_BEAN;
	}

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		ConfigurableListableBeanFactory beans = context.getBeanFactory();
		if (beans == null || !beans.containsBeanDefinition(BEAN)) {
			return ConditionOutcome.noMatch("no bean named " + BEAN);
		}
		BeanDefinition definition = beans.getBeanDefinition(BEAN);
		MethodMetadata factory = (definition instanceof AnnotatedBeanDefinition annotated) ? annotated.getFactoryMethodMetadata() : null;
		if (factory != null
				&& TokensClientAutoConfiguration.DefaultWorkspaceConfiguration.class.getName().equals(factory.getDeclaringClassName())) {
			return ConditionOutcome.match(BEAN + " is the auto-configured TokensClient");
		}
		return ConditionOutcome.noMatch(BEAN + " is the application's own TokensClient");
	}

}
