package dev.dbtokens.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the cells of one contender in this JVM and prints one {@code RESULT} line per cell. The
 * profile starts one such JVM per contender, so that no contender runs on code the JIT compiled
 * for another.
 *
 * <p>Arguments: the contender's name, then the base URLs of the listeners list 10 at once, list
 * 500 at once, list 10 after 50 ms. System properties (milliseconds): {@code bench.jit} the JIT
 * warm-up before the first cell, {@code bench.warmup} and {@code bench.window} each cell's warm-up
 * and measured window.
 */
public final class LoadRun {

	static final int[] CONCURRENCY = { 1, 64, 256 };

	private LoadRun() {
	}

	public static void main(String[] args) throws Exception {
		String name = args[0];
		Duration warmup = Duration.ofMillis(Profile.WARMUP_MS);
		Duration window = Duration.ofMillis(Profile.WINDOW_MS);
		List<Op> ops = name.equals("reactor-netty") ? List.of(Op.LIST_10) : List.of(Op.values());
		LoadDriver driver = new LoadDriver();
		List<Contender> contenders = new ArrayList<>();
		try {
			Contender atOnce = Contender.create(name, args[1]);
			Contender atOnce500 = Contender.create(name, args[2]);
			Contender delayed = Contender.create(name, args[3]);
			contenders.addAll(List.of(atOnce, atOnce500, delayed));
			Duration jit = Duration.ofMillis(Profile.JIT_WARMUP_MS / (2L * ops.size()));
			for (int round = 0; round < 2; round++) {
				for (Op op : ops) {
					driver.run(contender(op, atOnce, atOnce500), op, 0, 64, Duration.ZERO, jit, false);
				}
			}
			for (Op op : ops) {
				for (int concurrency : CONCURRENCY) {
					print(driver.run(contender(op, atOnce, atOnce500), op, 0, concurrency, warmup, window, false));
				}
			}
			for (int concurrency : CONCURRENCY) {
				print(driver.run(delayed, Op.LIST_10, 50, concurrency, warmup.plusMillis(500), window, true));
			}
		}
		finally {
			for (Contender contender : contenders) {
				contender.close();
			}
		}
		System.exit(0);
	}

	private static Contender contender(Op op, Contender atOnce, Contender atOnce500) {
		return (op == Op.LIST_500) ? atOnce500 : atOnce;
	}

	private static void print(LoadDriver.Result result) {
		System.out.println(result.line());
		System.out.flush();
	}

}
