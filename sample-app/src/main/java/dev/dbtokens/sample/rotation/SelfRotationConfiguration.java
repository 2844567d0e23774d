package dev.dbtokens.sample.rotation;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * With {@code sample.rotate-own-token=true}, the application authenticates with the tokens of
 * the {@code databricks.rotation.self} rotation (see {@code application.yml}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("sample.rotate-own-token")
class SelfRotationConfiguration {

	@Bean
	SelfRotatingCredentials selfRotatingCredentials(Environment environment) {
		return new SelfRotatingCredentials(environment.getRequiredProperty("databricks.token"));
	}

}
