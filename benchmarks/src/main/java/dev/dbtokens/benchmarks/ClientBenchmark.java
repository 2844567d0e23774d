package dev.dbtokens.benchmarks;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH view of one caller (concurrency 1, server answering at once), for {@code -prof gc}
 * allocation figures the JMH way. The server runs in its own JVM, so that {@code gc.alloc.rate.norm}
 * is the client's. Run with
 * {@code java -cp benchmarks/target/benchmarks.jar org.openjdk.jmh.Main ClientBenchmark -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
public class ClientBenchmark {

	@Param({ "raw-webclient", "tokens-client", "blocking-tokens-client", "sdk" })
	public String contender;

	@Param({ "LIST_10", "LIST_500", "CREATE", "DELETE" })
	public String op;

	private Op call;

	private ServerProcess server;

	private Contender client;

	@Setup(Level.Trial)
	public void start() throws Exception {
		this.call = Op.valueOf(this.op);
		this.server = ServerProcess.start();
		this.client = Contender.create(this.contender, this.server.baseUrls().get((this.call == Op.LIST_500) ? 1 : 0));
	}

	@TearDown(Level.Trial)
	public void stop() throws Exception {
		this.client.close();
		this.server.close();
	}

	@Benchmark
	public int call() {
		if (this.client instanceof Contender.Reactive reactive) {
			return reactive.call(this.call).block();
		}
		return ((Contender.Blocking) this.client).call(this.call);
	}

}
