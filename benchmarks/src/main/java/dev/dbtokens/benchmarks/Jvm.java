package dev.dbtokens.benchmarks;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Starts fresh JVMs on this module's classes and {@code target/lib}, the jars the package phase
 * copies there.
 */
final class Jvm {

	private Jvm() {
	}

	/** The class path of the benchmarks, less the jars whose file name matches {@code leaveOut}. */
	static String classpath(Predicate<String> leaveOut) {
		Path target = target();
		List<String> entries = new ArrayList<>();
		entries.add(target.resolve("classes").toString());
		try (Stream<Path> jars = Files.list(target.resolve("lib"))) {
			jars.map(Path::toString).filter((jar) -> jar.endsWith(".jar")).filter(leaveOut.negate()).sorted().forEach(entries::add);
		}
		catch (IOException ex) {
			throw new IllegalStateException("no " + target.resolve("lib") + ": build with ./mvnw -pl benchmarks -am package", ex);
		}
		return String.join(File.pathSeparator, entries);
	}

	static String classpath() {
		return classpath((jar) -> false);
	}

	static ProcessBuilder builder(String classpath, List<String> jvmOptions, String mainClass, List<String> args) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmOptions);
		command.addAll(List.of("-cp", classpath, mainClass));
		command.addAll(args);
		return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
	}

	/**
	 * Ends a JVM that runs until its standard input ends: closes it, waits for the exit, and kills
	 * the JVM if it is still there after {@code seconds}.
	 */
	static void stop(Process process, int seconds) throws IOException {
		process.getOutputStream().close();
		try {
			if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
				process.destroy();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			process.destroy();
		}
	}

	/** Runs a JVM to its end and returns its standard output lines that start with {@code prefix}. */
	static List<String> run(String classpath, List<String> jvmOptions, String mainClass, List<String> args, String prefix) {
		try {
			Process process = builder(classpath, jvmOptions, mainClass, args).start();
			process.getOutputStream().close();
			List<String> lines = new ArrayList<>();
			try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				for (String line = out.readLine(); line != null; line = out.readLine()) {
					if (line.startsWith(prefix)) {
						lines.add(line);
					}
				}
			}
			int exit = process.waitFor();
			if (exit != 0) {
				throw new IllegalStateException(mainClass + " " + args + " exited with " + exit);
			}
			return lines;
		}
		catch (IOException ex) {
			throw new IllegalStateException("could not start " + mainClass, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}

	private static Path target() {
		try {
			Path location = Path.of(Jvm.class.getProtectionDomain().getCodeSource().getLocation().toURI());
			return location.getParent();
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
