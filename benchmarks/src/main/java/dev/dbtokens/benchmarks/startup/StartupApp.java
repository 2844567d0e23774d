package dev.dbtokens.benchmarks.startup;

import java.lang.management.ManagementFactory;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A minimal application: Boot's auto-configuration with WebClient on the class path, no web
 * server, nothing of its own. Started in a fresh JVM with and without the starter's jars, it
 * prints {@code STARTUP <context start ms> <JVM uptime at ready ms> <whether a TokensClient bean exists>}.
 */
@SpringBootApplication
public class StartupApp {

	public static void main(String[] args) {
		long start = System.nanoTime();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(StartupApp.class)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.run(args)) {
			double contextMs = (System.nanoTime() - start) / 1e6;
			long uptimeMs = ManagementFactory.getRuntimeMXBean().getUptime();
			System.out.println("STARTUP " + contextMs + " " + uptimeMs + " " + context.containsBean("tokensClient"));
		}
	}

}
