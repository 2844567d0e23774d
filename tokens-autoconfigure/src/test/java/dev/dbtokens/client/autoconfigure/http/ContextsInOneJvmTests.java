package dev.dbtokens.client.autoconfigure.http;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.dbtokens.client.TokensClient;
import dev.dbtokens.client.support.TestSecrets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.client.ReactorResourceFactory;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several application contexts in one JVM, as a test suite with cached contexts or an application
 * that starts a child context has: closing one never takes the connections or event loops another
 * still calls on. Each starts as an application does, with Spring Boot's Reactor resources.
 */
class ContextsInOneJvmTests {

	private final WireMockServer workspace = new WireMockServer(wireMockConfig().dynamicPort());

	@BeforeEach
	void start() {
		this.workspace.start();
		this.workspace.stubFor(get("/api/2.0/token/list").willReturn(okJson("{\"token_infos\":[{\"token_id\":\"t1\"}]}")));
	}

	@AfterEach
	void stop() {
		this.workspace.stop();
	}

	@Test
	void aContextThatClosesLeavesTheCallsOfAnotherWorking() throws Exception {
		ConfigurableApplicationContext first = application();
		try (ConfigurableApplicationContext second = application()) {
			TokensClient kept = second.getBean(TokensClient.class);
			assertThat(first.getBean(TokensClient.class).blocking().list()).hasSize(1);
			assertThat(kept.blocking().list()).hasSize(1);
			List<Throwable> failures = new CopyOnWriteArrayList<>();
			AtomicBoolean closed = new AtomicBoolean();
			AtomicInteger after = new AtomicInteger();
			Flux.range(0, 8)
				.flatMap((caller) -> Flux.range(0, 10_000)
					.concatMap((call) -> kept.list().collectList().doOnError(failures::add).onErrorComplete()
						.doOnNext((listed) -> {
							if (closed.get()) {
								after.incrementAndGet();
							}
						}))
					.takeUntil((listed) -> closed.get() && after.get() >= 200), 8)
				.subscribeOn(Schedulers.boundedElastic())
				.subscribe();
			first.close();
			closed.set(true);
			long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
			while (after.get() < 200 && failures.isEmpty() && System.nanoTime() < deadline) {
				Thread.sleep(10);
			}
			assertThat(failures).as("calls of the context kept while the other closed").isEmpty();
			assertThat(after.get()).as("calls answered after the other context closed").isGreaterThanOrEqualTo(200);
		}
	}

	@Test
	void runsOnTheApplicationsOwnReactorResourcesWhenItHasThem() {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(App.class, OwnResources.class)
			.web(WebApplicationType.NONE)
			.properties(properties())
			.run()) {
			context.getBean(TokensClient.class).blocking().list();
			assertThat(context.getBean(TokensConnectionPool.class).hasOwnLoops()).isFalse();
		}
		try (ConfigurableApplicationContext context = application()) {
			context.getBean(TokensClient.class).blocking().list();
			assertThat(context.getBean(TokensConnectionPool.class).hasOwnLoops())
				.as("with Reactor Netty's global resources (Boot's default), the pool keeps loops of its own")
				.isTrue();
		}
	}

	/** An application as a reactive web server makes it: Boot's Reactor resources, global by default. */
	private ConfigurableApplicationContext application() {
		return new SpringApplicationBuilder(App.class, GlobalResources.class).web(WebApplicationType.NONE)
			.properties(properties())
			.run();
	}

	private String[] properties() {
		return new String[] { "databricks.host=" + this.workspace.baseUrl(), "databricks.token=" + TestSecrets.CONFIGURED_TOKEN,
				"spring.main.banner-mode=off", "databricks.retry.max-attempts=1" };
	}

	@SpringBootConfiguration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class App {

	}

	static class GlobalResources {

		@org.springframework.context.annotation.Bean
		ReactorResourceFactory reactorResourceFactory() {
			return new ReactorResourceFactory();
		}

	}

	static class OwnResources {

		@org.springframework.context.annotation.Bean
		ReactorResourceFactory reactorResourceFactory() {
			ReactorResourceFactory factory = new ReactorResourceFactory();
			factory.setUseGlobalResources(false);
			return factory;
		}

	}

}
