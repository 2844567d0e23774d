package dev.dbtokens.sample.janitor;

import java.time.Clock;

import dev.dbtokens.client.autoconfigure.lifecycle.TokenJobs;
import dev.dbtokens.client.lifecycle.TokenLifecycle;
import dev.dbtokens.sample.SampleProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The janitor and its schedule, present only with {@code sample.janitor.enabled=true}. It is one of
 * the starter's {@link TokenJobs}: with the {@link LockConfiguration}'s lock provider, one replica
 * sweeps per interval, whichever takes the lock. A {@link Clock} bean, when there is one, tells the
 * tokens' age (tests move it by hand).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("sample.janitor.enabled")
public class JanitorConfiguration {

	/** The janitor's job name, and so the end of its lock's name. */
	public static final String JOB = "janitor";

	@Bean
	TokenJanitor tokenJanitor(TokenLifecycle lifecycle, SampleProperties properties, ObjectProvider<Clock> clock,
			TokenJobs jobs) {
		TokenJanitor janitor = new TokenJanitor(lifecycle, properties.getJanitor(), clock.getIfAvailable(Clock::systemUTC));
		jobs.schedule(JOB, properties.getJanitor().getInterval(), janitor);
		return janitor;
	}

}
