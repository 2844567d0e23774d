package dev.dbtokens.benchmarks;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One contender's JVM: builds the contender, warms the JIT up, prints {@code READY}, then runs
 * the cells the profile asks for on standard input ({@code CELL <op> <server delay ms>
 * <concurrency>}), one {@code RESULT} line each, until standard input ends. The profile keeps one
 * such JVM per contender, so that no contender runs on code the JIT compiled for another, and
 * asks for each cell of every contender in turn.
 *
 * <p>Arguments: the contender's name, then the base URLs of the listeners list 10 at once, list
 * 500 at once, list 10 after 50 ms. System properties (milliseconds): {@code bench.jit} the JIT
 * warm-up before the first cell, {@code bench.warmup} and {@code bench.window} each cell's warm-up
 * and measured window.
 */
public final class LoadRun {

	static final int[] CONCURRENCY = { 1, 64, 256 };

	/** The server delay of the latency-bound cells, ms. */
	static final int DELAY_MS = 50;

	private LoadRun() {
	}

	/** A cell of the profile. */
	record Cell(Op op, int delayMs, int concurrency) {

		/** {@code <op> <server delay ms> <concurrency>}, what {@code -Dbench.cells} matches. */
		String label() {
			return this.op.name() + " " + this.delayMs + " " + this.concurrency;
		}

		String command() {
			return "CELL " + label();
		}

		static Cell parse(String command) {
			String[] f = command.split(" ");
			return new Cell(Op.valueOf(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]));
		}

	}

	/** Every cell of the profile, in its order. */
	static List<Cell> cells() {
		List<Cell> cells = new ArrayList<>();
		for (Op op : Op.values()) {
			for (int concurrency : CONCURRENCY) {
				cells.add(new Cell(op, 0, concurrency));
			}
		}
		for (int concurrency : CONCURRENCY) {
			cells.add(new Cell(Op.LIST_10, DELAY_MS, concurrency));
		}
		return cells;
	}

	/** The cells of a contender: the floor ({@code reactor-netty}) lists 10 tokens only. */
	static List<Cell> cells(String name) {
		return cells().stream().filter((cell) -> !name.equals("reactor-netty") || cell.op() == Op.LIST_10).toList();
	}

	public static void main(String[] args) throws Exception {
		String name = args[0];
		Duration warmup = Duration.ofMillis(Profile.WARMUP_MS);
		Duration window = Duration.ofMillis(Profile.WINDOW_MS);
		List<Op> ops = cells(name).stream().map(Cell::op).distinct().toList();
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
			System.out.println("READY");
			System.out.flush();
			BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				Cell cell = Cell.parse(line);
				boolean delayedCell = cell.delayMs() > 0;
				Contender contender = delayedCell ? delayed : contender(cell.op(), atOnce, atOnce500);
				LoadDriver.Result result = driver.run(contender, cell.op(), cell.delayMs(), cell.concurrency(),
						delayedCell ? warmup.plusMillis(500) : warmup, window, delayedCell);
				System.out.println(result.line());
				System.out.flush();
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

}
