package dev.dbtokens.benchmarks.startup;

import java.lang.management.ManagementFactory;

import reactor.netty.http.client.HttpClient;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * A minimal application: Boot's auto-configuration with WebClient on the class path, no web
 * server. Started in a fresh JVM with and without the starter's jars (and, with
 * {@code benchmark.webclient=true}, with a WebClient of its own), it prints
 * {@code STARTUP <context start ms> <JVM uptime at ready ms> <whether a TokensClient bean exists>
 * <its first request ms, or -1> <CPU time of the main thread during the context start, ms>}.
 */
@SpringBootApplication(proxyBeanMethods = false)
public class StartupApp {

	@Bean
	@ConditionalOnBooleanProperty("benchmark.webclient")
	WebClient appWebClient(WebClient.Builder builder) {
		return builder.clientConnector(new ReactorClientHttpConnector(HttpClient.create())).build();
	}

	public static void main(String[] args) {
		long start = System.nanoTime();
		long startCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(StartupApp.class)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.run(args)) {
			double contextMs = (System.nanoTime() - start) / 1e6;
			double contextCpuMs = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - startCpu) / 1e6;
			long uptimeMs = ManagementFactory.getRuntimeMXBean().getUptime();
			boolean starter = context.containsBean("tokensClient");
			double firstRequestMs = starter ? FirstRequest.millis(context) : -1;
			System.out.println("STARTUP " + contextMs + " " + uptimeMs + " " + starter + " " + firstRequestMs + " " + contextCpuMs);
		}
	}

}
