package dev.dbtokens.benchmarks;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToDoubleFunction;

import com.sun.management.OperatingSystemMXBean;
import com.sun.management.ThreadMXBean;

/**
 * A closed loop: {@code concurrency} callers each make a call and, once it is answered, the next.
 * Reactive contenders chain the next call from the answer (no caller threads); blocking ones get
 * one platform thread per caller. After a warm-up, a window counts calls, latencies, the bytes
 * allocated by every thread of this JVM (the server runs in another), and the live threads.
 */
final class LoadDriver {

	private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

	private static final OperatingSystemMXBean CPU = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

	private final int idleThreads = THREADS.getThreadCount();

	private final long[] latencies = new long[1 << 22];

	private final AtomicInteger recorded = new AtomicInteger();

	private final AtomicLong errors = new AtomicLong();

	private final AtomicReference<Throwable> firstError = new AtomicReference<>();

	private volatile boolean recording;

	private volatile boolean stopped;

	/**
	 * What one cell measured.
	 * @param bytesPerCall bytes allocated by all threads of the client JVM per call
	 * @param threads live threads over those of the JVM before any client was built
	 * @param loopThreads of those, Reactor Netty's event loops ({@code reactor-http-*})
	 * @param heapPerCall retained heap per call in flight (bytes), or -1 when not sampled
	 * @param cpuNanosPerCall CPU time of the client JVM (all its threads, JIT and GC included) per
	 * call: steadier than calls/s when the server shares the cores
	 */
	record Result(String contender, Op op, int delayMs, int concurrency, double callsPerSecond, double p50Ms, double p99Ms,
			long bytesPerCall, int threads, int loopThreads, long heapPerCall, long errors, long cpuNanosPerCall) {

		String line() {
			return String.join(" ", "RESULT", contender, op.name(), String.valueOf(delayMs), String.valueOf(concurrency),
					String.valueOf(callsPerSecond), String.valueOf(p50Ms), String.valueOf(p99Ms), String.valueOf(bytesPerCall),
					String.valueOf(threads), String.valueOf(loopThreads), String.valueOf(heapPerCall), String.valueOf(errors),
					String.valueOf(cpuNanosPerCall));
		}

		/**
		 * One cell's measurements (one contender, several rounds) as one: the median of each figure,
		 * the errors of every round added up.
		 */
		static Result median(List<Result> rounds) {
			Result first = rounds.get(0);
			return new Result(first.contender, first.op, first.delayMs, first.concurrency, median(rounds, Result::callsPerSecond),
					median(rounds, Result::p50Ms), median(rounds, Result::p99Ms), (long) median(rounds, Result::bytesPerCall),
					(int) median(rounds, Result::threads), (int) median(rounds, Result::loopThreads),
					(long) median(rounds, Result::heapPerCall), rounds.stream().mapToLong(Result::errors).sum(),
					(long) median(rounds, Result::cpuNanosPerCall));
		}

		private static double median(List<Result> rounds, ToDoubleFunction<Result> figure) {
			return Stats.median(rounds.stream().mapToDouble(figure));
		}

		static Result parse(String line) {
			String[] f = line.split(" ");
			return new Result(f[1], Op.valueOf(f[2]), Integer.parseInt(f[3]), Integer.parseInt(f[4]), Double.parseDouble(f[5]),
					Double.parseDouble(f[6]), Double.parseDouble(f[7]), Long.parseLong(f[8]), Integer.parseInt(f[9]),
					Integer.parseInt(f[10]), Long.parseLong(f[11]), Long.parseLong(f[12]), Long.parseLong(f[13]));
		}

	}

	Result run(Contender contender, Op op, int delayMs, int concurrency, Duration warmup, Duration window, boolean sampleHeap)
			throws InterruptedException {
		this.recorded.set(0);
		this.errors.set(0);
		this.recording = false;
		this.stopped = false;
		long heapBefore = sampleHeap ? usedHeapAfterGc() : 0;
		CountDownLatch done = new CountDownLatch(concurrency);
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < concurrency; i++) {
			if (contender instanceof Contender.Reactive reactive) {
				new ReactiveCaller(reactive, op, done).next();
			}
			else {
				Thread thread = new Thread(() -> callBlocking((Contender.Blocking) contender, op, done), "caller-" + i);
				thread.start();
				threads.add(thread);
			}
		}
		Thread.sleep(warmup.toMillis());
		long bytesBefore = allocatedBytes();
		long cpuBefore = CPU.getProcessCpuTime();
		long start = System.nanoTime();
		this.recording = true;
		Thread.sleep(window.toMillis());
		this.recording = false;
		long elapsed = System.nanoTime() - start;
		long cpu = CPU.getProcessCpuTime() - cpuBefore;
		long bytes = allocatedBytes() - bytesBefore;
		int calls = this.recorded.get();
		int liveThreads = THREADS.getThreadCount() - this.idleThreads;
		int loopThreads = (int) Thread.getAllStackTraces().keySet().stream().filter((t) -> t.getName().startsWith("reactor-http")).count();
		long heapPerCall = sampleHeap ? Math.max(0, usedHeapAfterGc() - heapBefore) / concurrency : -1;
		this.stopped = true;
		if (!done.await(2, TimeUnit.MINUTES)) {
			throw new IllegalStateException("callers did not finish");
		}
		for (Thread thread : threads) {
			thread.join();
		}
		long[] sorted = Arrays.copyOf(this.latencies, Math.min(calls, this.latencies.length));
		Arrays.sort(sorted);
		if (this.firstError.get() != null) {
			System.err.println(contender.name() + " " + op + " c=" + concurrency + ": " + this.errors.get() + " errors, first: "
					+ this.firstError.getAndSet(null));
		}
		return new Result(contender.name(), op, delayMs, concurrency, calls * 1e9 / elapsed, percentileMs(sorted, 0.50),
				percentileMs(sorted, 0.99), (calls > 0) ? bytes / calls : 0, liveThreads, loopThreads, heapPerCall, this.errors.get(),
				(calls > 0) ? cpu / calls : 0);
	}

	private void callBlocking(Contender.Blocking contender, Op op, CountDownLatch done) {
		while (!this.stopped) {
			long start = System.nanoTime();
			try {
				check(op, contender.call(op));
				record(start);
			}
			catch (RuntimeException ex) {
				error(ex);
			}
		}
		done.countDown();
	}

	private void record(long start) {
		long latency = System.nanoTime() - start;
		if (this.recording) {
			int i = this.recorded.getAndIncrement();
			if (i < this.latencies.length) {
				this.latencies[i] = latency;
			}
		}
	}

	private void error(Throwable ex) {
		this.errors.incrementAndGet();
		this.firstError.compareAndSet(null, ex);
	}

	private static void check(Op op, int items) {
		if (items != op.expectedItems()) {
			throw new IllegalStateException(op + " gave " + items + " items");
		}
	}

	private static double percentileMs(long[] sorted, double percentile) {
		if (sorted.length == 0) {
			return 0;
		}
		return sorted[(int) Math.min(sorted.length - 1, Math.ceil(percentile * sorted.length) - 1)] / 1e6;
	}

	private static long allocatedBytes() {
		long total = 0;
		for (long bytes : THREADS.getThreadAllocatedBytes(THREADS.getAllThreadIds())) {
			total += Math.max(0, bytes);
		}
		return total;
	}

	private static long usedHeapAfterGc() {
		System.gc();
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	/** One reactive caller: each answer starts the next call, on whatever thread delivered it. */
	private final class ReactiveCaller {

		private final Contender.Reactive contender;

		private final Op op;

		private final CountDownLatch done;

		ReactiveCaller(Contender.Reactive contender, Op op, CountDownLatch done) {
			this.contender = contender;
			this.op = op;
			this.done = done;
		}

		void next() {
			if (LoadDriver.this.stopped) {
				this.done.countDown();
				return;
			}
			long start = System.nanoTime();
			this.contender.call(this.op).subscribe((items) -> {
				try {
					check(this.op, items);
					record(start);
				}
				catch (RuntimeException ex) {
					error(ex);
				}
			}, (ex) -> {
				error(ex);
				next();
			}, this::next);
		}

	}

}
