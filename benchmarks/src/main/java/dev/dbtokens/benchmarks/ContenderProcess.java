package dev.dbtokens.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link LoadRun} JVM of one contender, kept alive between its cells so that the profile can
 * measure each cell of every contender in turn.
 */
final class ContenderProcess implements AutoCloseable {

	private final String name;

	private final Process process;

	private final BufferedReader out;

	private final PrintWriter in;

	private ContenderProcess(String name, Process process) {
		this.name = name;
		this.process = process;
		this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		this.in = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
	}

	/** Starts the contender's JVM and returns once its JIT warm-up is over. */
	static ContenderProcess start(String name, List<String> options, List<String> baseUrls) throws IOException {
		List<String> args = new ArrayList<>(List.of(name));
		args.addAll(baseUrls);
		ContenderProcess contender = new ContenderProcess(name,
				Jvm.builder(Jvm.classpath(), options, LoadRun.class.getName(), args).start());
		contender.await("READY");
		return contender;
	}

	String name() {
		return this.name;
	}

	LoadDriver.Result measure(LoadRun.Cell cell) throws IOException {
		this.in.println(cell.command());
		return LoadDriver.Result.parse(await("RESULT "));
	}

	private String await(String prefix) throws IOException {
		for (String line = this.out.readLine(); line != null; line = this.out.readLine()) {
			if (line.startsWith(prefix)) {
				return line;
			}
		}
		throw new IOException(this.name + " exited before printing " + prefix.trim());
	}

	@Override
	public void close() throws IOException {
		Jvm.stop(this.process, 30);
	}

}
