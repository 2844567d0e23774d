package dev.dbtokens.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import reactor.netty.DisposableServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves that every contender makes every call correctly against the fixed-answer server, and
 * that the load driver counts them. A handful of calls each: it measures nothing.
 */
class ContenderSmokeTests {

	static final List<String> NAMES = List.of(Contender.NAMES);

	private static final List<DisposableServer> servers = new ArrayList<>();

	private static String atOnce;

	private static String atOnce500;

	@BeforeAll
	static void startServers() {
		servers.add(FixedAnswerServer.start(10, Duration.ZERO));
		servers.add(FixedAnswerServer.start(500, Duration.ZERO));
		atOnce = "http://127.0.0.1:" + servers.get(0).port();
		atOnce500 = "http://127.0.0.1:" + servers.get(1).port();
	}

	@AfterAll
	static void stopServers() {
		servers.forEach(DisposableServer::disposeNow);
	}

	@ParameterizedTest
	@FieldSource("NAMES")
	void makesEveryCallAndGetsTheExpectedItems(String name) throws Exception {
		try (Contender contender = Contender.create(name, atOnce); Contender contender500 = Contender.create(name, atOnce500)) {
			for (Op op : Op.values()) {
				for (int i = 0; i < 2; i++) {
					assertThat(call((op == Op.LIST_500) ? contender500 : contender, op)).as("%s %s", name, op)
						.isEqualTo(op.expectedItems());
				}
			}
		}
	}

	@ParameterizedTest
	@FieldSource("NAMES")
	void loadDriverCountsCallsWithoutErrors(String name) throws Exception {
		try (Contender contender = Contender.create(name, atOnce)) {
			// The first call makes the client's HTTP stack (lazily, ~1 s on a loaded machine): not in the short window.
			call(contender, Op.LIST_10);
			LoadDriver.Result result = new LoadDriver().run(contender, Op.LIST_10, 0, 4, Duration.ofMillis(400), Duration.ofMillis(200),
					false);
			assertThat(result.errors()).isZero();
			assertThat(result.callsPerSecond()).isPositive();
			assertThat(result.p99Ms()).isGreaterThanOrEqualTo(result.p50Ms()).isPositive();
			assertThat(result.cpuNanosPerCall()).isPositive();
			assertThat(LoadDriver.Result.parse(result.line())).isEqualTo(result);
		}
	}

	private static int call(Contender contender, Op op) {
		if (contender instanceof Contender.Reactive reactive) {
			return reactive.call(op).block(Duration.ofSeconds(10));
		}
		return ((Contender.Blocking) contender).call(op);
	}

}
