package dev.dbtokens.emulator;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import dev.dbtokens.test.DatabricksEmulator;
import dev.dbtokens.test.DatabricksEmulatorBuilder;
import dev.dbtokens.test.EmulatorSeed;
import dev.dbtokens.test.MutableClock;
import org.jspecify.annotations.Nullable;

/**
 * Starts the Databricks emulator of {@code tokens-test} as a process of its own, for clients in
 * any language: prints the {@code export} lines that point the Databricks SDKs and CLI at it,
 * serves until Ctrl-C or SIGTERM, and then saves its state to the data directory, if one was given.
 */
public final class EmulatorMain {

	private static final String NAME = "databricks-emulator";

	private final DatabricksEmulator emulator;

	private final @Nullable DataDirectory data;

	private EmulatorMain(DatabricksEmulator emulator, @Nullable DataDirectory data) {
		this.emulator = emulator;
		this.data = data;
	}

	/**
	 * Runs the emulator until the process is stopped.
	 * @param args the options; {@code --help} lists them
	 * @throws InterruptedException if the main thread is interrupted while serving
	 */
	public static void main(String[] args) throws InterruptedException {
		quietLogging();
		EmulatorOptions options;
		try {
			options = EmulatorOptions.parse(List.of(args));
		}
		catch (IllegalArgumentException ex) {
			System.err.println(NAME + ": " + ex.getMessage());
			System.exit(2);
			return;
		}
		if (options.help()) {
			System.out.println(EmulatorOptions.USAGE);
			return;
		}
		EmulatorMain running;
		try {
			running = start(options, System.out, System.err);
		}
		catch (RuntimeException ex) {
			System.err.println(NAME + ": " + ex.getMessage());
			System.exit(1);
			return;
		}
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			running.stop();
			stopped.countDown();
		}, NAME + "-shutdown"));
		stopped.await();
	}

	static EmulatorMain start(EmulatorOptions options, PrintStream out, PrintStream err) {
		DataDirectory data = (options.dataDirectory() != null) ? DataDirectory.open(options.dataDirectory()) : null;
		try {
			DatabricksEmulatorBuilder builder = DatabricksEmulator.builder()
				.withDefaultPrincipal()
				.clock(MutableClock.ticking())
				.bindAddress(options.bindAddress())
				.port(options.port());
			if (options.seedFile() != null) {
				EmulatorSeed.read(options.seedFile()).applyTo(builder);
			}
			DatabricksEmulator emulator = builder.build();
			if (data != null && Files.exists(data.stateFile())) {
				emulator.restoreState(data.stateFile());
			}
			emulator.start();
			String adminKey = (options.adminKey() != null) ? options.adminKey() : adminKey();
			emulator.enableAdminApi(adminKey);
			EmulatorMain running = new EmulatorMain(emulator, data);
			running.save();
			if (options.isRemote()) {
				err.println(NAME + ": WARNING: listening on " + options.bindAddress() + ": anyone who can reach this "
						+ "address can use the emulator and its tokens.");
			}
			if (options.profile() != null) {
				Path file = (options.configFile() != null) ? options.configFile() : ConfigProfile.defaultFile(System.getenv());
				ConfigProfile.write(file, options.profile(), emulator.baseUrl(), emulator.defaultToken());
				err.println(NAME + ": wrote the profile [" + options.profile() + "] to " + file);
			}
			out.println("export DATABRICKS_HOST=" + emulator.baseUrl());
			out.println("export DATABRICKS_TOKEN=" + emulator.defaultToken());
			out.println("export DATABRICKS_EMULATOR_ADMIN_KEY=" + adminKey);
			out.println("# Databricks emulator ready: admin API under " + emulator.baseUrl() + "/__emulator/, state "
					+ ((data != null) ? "saved in " + data.path() : "in memory") + "; Ctrl-C or SIGTERM stops it.");
			out.flush();
			return running;
		}
		catch (RuntimeException ex) {
			if (data != null) {
				data.close();
			}
			throw ex;
		}
	}

	/** Saves the state (when there is a data directory), stops the server and releases the directory. */
	void stop() {
		try {
			save();
		}
		finally {
			this.emulator.close();
			if (this.data != null) {
				this.data.close();
			}
		}
	}

	DatabricksEmulator emulator() {
		return this.emulator;
	}

	private void save() {
		if (this.data != null) {
			this.emulator.saveState(this.data.stateFile());
		}
	}

	private static String adminKey() {
		byte[] random = new byte[24];
		new SecureRandom().nextBytes(random);
		return "emulator-admin-" + HexFormat.of().formatHex(random);
	}

	/** The emulator logs nothing a user needs below WARN; slf4j-simple writes to standard error. */
	private static void quietLogging() {
		if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
			System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
		}
		System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
	}

}
