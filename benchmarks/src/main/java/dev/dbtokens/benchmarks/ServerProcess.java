package dev.dbtokens.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The {@link FixedAnswerServer} in a JVM of its own, so that the client JVM's threads and
 * allocations are the client's only.
 */
final class ServerProcess implements AutoCloseable {

	private final Process process;

	private final List<String> baseUrls;

	private ServerProcess(Process process, List<String> baseUrls) {
		this.process = process;
		this.baseUrls = baseUrls;
	}

	static ServerProcess start() throws IOException {
		Process process = Jvm.builder(Jvm.classpath(), List.of("-Xms512m", "-Xmx512m"), FixedAnswerServer.class.getName(), List.of())
			.start();
		BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		for (String line = out.readLine(); line != null; line = out.readLine()) {
			if (line.startsWith("PORTS ")) {
				List<String> urls = Arrays.stream(line.substring(6).split(" ")).map((port) -> "http://127.0.0.1:" + port).toList();
				return new ServerProcess(process, urls);
			}
		}
		throw new IOException("the server exited before printing its ports");
	}

	/** Base URLs: list 10 at once, list 500 at once, list 10 after 50 ms, list 500 after 50 ms. */
	List<String> baseUrls() {
		return this.baseUrls;
	}

	@Override
	public void close() throws IOException {
		Jvm.stop(this.process, 10);
	}

}
