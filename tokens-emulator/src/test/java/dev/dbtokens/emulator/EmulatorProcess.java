package dev.dbtokens.emulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A process of its own: the packaged emulator jar ({@link #start}), or a JVM running
 * {@link SdkCommand} with nothing but an environment ({@link #sdk}).
 */
final class EmulatorProcess implements AutoCloseable {

	private final Process process;

	private final Map<String, String> exports;

	private EmulatorProcess(Process process, Map<String, String> exports) {
		this.process = process;
		this.exports = exports;
	}

	/** Starts {@code java -jar} on the packaged emulator and waits for its export lines. */
	static EmulatorProcess start(Path log, String... options) throws IOException {
		List<String> command = new ArrayList<>(List.of(java(), "-jar", jar()));
		command.addAll(List.of(options));
		Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
		Map<String, String> exports = new LinkedHashMap<>();
		BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		for (String line = out.readLine(); line != null && !line.startsWith("# Databricks emulator ready"); line = out
			.readLine()) {
			if (line.startsWith("export ")) {
				String[] pair = line.substring(7).split("=", 2);
				exports.put(pair[0], pair[1]);
			}
		}
		if (!exports.containsKey("DATABRICKS_TOKEN")) {
			process.destroyForcibly();
			throw new IllegalStateException("The emulator did not start: " + Files.readString(log));
		}
		return new EmulatorProcess(process, exports);
	}

	/** Runs {@code java -jar} to its end (for a start that must fail) and returns its exit code. */
	static int run(Path log, String... options) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(java(), "-jar", jar()));
		command.addAll(List.of(options));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException("The emulator did not exit: " + Files.readString(log));
		}
		return process.exitValue();
	}

	/**
	 * Runs one {@link SdkCommand} in a new JVM whose environment holds only the given
	 * variables besides {@code PATH}, with a home directory of its own (no {@code ~/.databrickscfg}).
	 */
	static List<String> sdk(Map<String, String> environment, Path home, String... args)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(java(), "-Duser.home=" + home, "-cp",
				System.getProperty("java.class.path"), SdkCommand.class.getName()));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).redirectError(home.resolve("sdk.log").toFile());
		builder.environment().keySet().removeIf((name) -> !name.equals("PATH"));
		builder.environment().put("HOME", home.toString());
		builder.environment().putAll(environment);
		Process process = builder.start();
		List<String> lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
			.toList();
		if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IllegalStateException("SDK command " + List.of(args) + " failed: "
					+ Files.readString(home.resolve("sdk.log")));
		}
		return lines;
	}

	Map<String, String> exports() {
		return this.exports;
	}

	/** What to give the SDK: the two variables the emulator printed for it. */
	Map<String, String> sdkEnvironment() {
		return Map.of("DATABRICKS_HOST", this.exports.get("DATABRICKS_HOST"), "DATABRICKS_TOKEN",
				this.exports.get("DATABRICKS_TOKEN"));
	}

	/** Sends SIGTERM and waits for the process to end, returning its exit code. */
	int stop() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
			throw new IllegalStateException("The emulator did not stop within 30 s of SIGTERM.");
		}
		return this.process.exitValue();
	}

	@Override
	public void close() {
		if (this.process.isAlive()) {
			try {
				stop();
			}
			catch (InterruptedException ex) {
				this.process.destroyForcibly();
				Thread.currentThread().interrupt();
			}
		}
	}

	private static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static String jar() {
		String jar = System.getProperty("emulator.jar");
		if (jar == null || !Files.isRegularFile(Path.of(jar))) {
			throw new IllegalStateException("No packaged emulator at '" + jar + "': run ./mvnw -pl tokens-emulator "
					+ "-am verify, which packages it before these tests.");
		}
		return jar;
	}

}
