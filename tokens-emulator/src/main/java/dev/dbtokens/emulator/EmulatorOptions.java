package dev.dbtokens.emulator;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The command line of the standalone emulator.
 *
 * @param port the port, {@code 0} for any free one
 * @param bindAddress the address to bind, loopback unless {@code --allow-remote} is given
 * @param seedFile a JSON seed file, or {@code null}
 * @param dataDirectory where state survives a restart, or {@code null} to keep it in memory
 * @param adminKey the admin API key, or {@code null} for a random one
 * @param profile the {@code ~/.databrickscfg} profile to write, or {@code null}
 * @param configFile the file that profile goes to, or {@code null} for the default
 * @param help whether only the usage was asked for
 */
record EmulatorOptions(int port, String bindAddress, @Nullable Path seedFile, @Nullable Path dataDirectory,
		@Nullable String adminKey, @Nullable String profile, @Nullable Path configFile, boolean help) {

	static final String USAGE = """
			Usage: java -jar databricks-tokens-emulator.jar [options]
			  --port N               port to listen on (default 0: any free port)
			  --bind ADDRESS         IP address to bind (default 127.0.0.1); a non-loopback one needs --allow-remote
			  --allow-remote         allow a non-loopback --bind: anyone who reaches it can use the emulator
			  --seed FILE            JSON seed: principals, admins, servicePrincipals, groups, settings
			  --data-dir DIR         keep state in DIR across restarts (default: in memory only)
			  --admin-key KEY        admin API key, at least 16 characters (default: random, printed)
			  --write-profile NAME   write a [NAME] profile to ~/.databrickscfg (or --config-file)
			  --config-file FILE     the file --write-profile writes (default: $DATABRICKS_CONFIG_FILE or ~/.databrickscfg)
			  --help                 print this and exit
			Once listening, prints the export lines of DATABRICKS_HOST, DATABRICKS_TOKEN and
			DATABRICKS_EMULATOR_ADMIN_KEY for a shell to eval (docs/emulator.md); stops on Ctrl-C or SIGTERM.""";

	/**
	 * Parses the arguments.
	 * @throws IllegalArgumentException naming the option that is wrong and what to give
	 */
	static EmulatorOptions parse(List<String> args) {
		Deque<String> rest = new ArrayDeque<>(args);
		int port = 0;
		String bind = "127.0.0.1";
		boolean allowRemote = false;
		Path seed = null;
		Path data = null;
		String key = null;
		String profile = null;
		Path configFile = null;
		boolean help = false;
		while (!rest.isEmpty()) {
			String option = rest.poll();
			switch (option) {
				case "--port" -> port = port(value(option, rest));
				case "--bind" -> bind = value(option, rest);
				case "--allow-remote" -> allowRemote = true;
				case "--seed" -> seed = Path.of(value(option, rest));
				case "--data-dir" -> data = Path.of(value(option, rest));
				case "--admin-key" -> key = value(option, rest);
				case "--write-profile" -> profile = value(option, rest);
				case "--config-file" -> configFile = Path.of(value(option, rest));
				case "--help", "-h" -> help = true;
				default -> throw new IllegalArgumentException("Unknown option '" + option + "'; see --help.");
			}
		}
		if (!allowRemote && !isLoopback(bind)) {
			throw new IllegalArgumentException("--bind " + bind + " is not a loopback address: add --allow-remote "
					+ "to let other machines reach the emulator, or bind 127.0.0.1.");
		}
		return new EmulatorOptions(port, bind, seed, data, key, profile, configFile, help);
	}

	boolean isRemote() {
		return !isLoopback(this.bindAddress);
	}

	private static String value(String option, Deque<String> rest) {
		String value = rest.poll();
		if (value == null || value.startsWith("--")) {
			throw new IllegalArgumentException(option + " needs a value; see --help.");
		}
		return value;
	}

	private static int port(String value) {
		try {
			int port = Integer.parseInt(value);
			if (port >= 0 && port <= 65535) {
				return port;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new IllegalArgumentException("--port must be a number from 0 (any free port) to 65535, got '" + value
				+ "'.");
	}

	private static boolean isLoopback(String address) {
		if (!address.matches("[0-9.]+|\\[?[0-9a-fA-F.]*:[0-9a-fA-F:.]*]?")) {
			throw new IllegalArgumentException("--bind must be an IP address such as 127.0.0.1, got '" + address + "'.");
		}
		try {
			return InetAddress.getByName(address.replace("[", "").replace("]", "")).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			throw new IllegalArgumentException("--bind must be an IP address such as 127.0.0.1, got '" + address + "'.");
		}
	}

}
