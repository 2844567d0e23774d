package dev.dbtokens.sample.janitor;

import java.time.Clock;

import dev.dbtokens.client.lifecycle.TokenLifecycle;
import dev.dbtokens.sample.SampleProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;

/**
 * The janitor and its schedule, present only with {@code sample.janitor.enabled=true}. A
 * {@link Clock} bean, when there is one, tells the tokens' age (tests move it by hand).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("sample.janitor.enabled")
@EnableScheduling
public class JanitorConfiguration {

	@Bean
	TokenJanitor tokenJanitor(TokenLifecycle lifecycle, SampleProperties properties, ObjectProvider<Clock> clock) {
		return new TokenJanitor(lifecycle, properties.getJanitor(), clock.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	SchedulingConfigurer tokenJanitorSchedule(TokenJanitor janitor, SampleProperties properties) {
		return (registrar) -> registrar.addFixedDelayTask(new FixedDelayTask(janitor,
				properties.getJanitor().getInterval(), properties.getJanitor().getInterval()));
	}

}
