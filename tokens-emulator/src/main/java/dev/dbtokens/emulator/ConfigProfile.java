package dev.dbtokens.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Writes a {@code ~/.databrickscfg} profile pointing at the emulator: the section of that name
 * is replaced, every other line is kept. A new file is readable by its owner only.
 */
final class ConfigProfile {

	private ConfigProfile() {
	}

	/** The file the Databricks CLI and SDKs read: {@code DATABRICKS_CONFIG_FILE}, else {@code ~/.databrickscfg}. */
	static Path defaultFile(Map<String, String> environment) {
		String configured = environment.get("DATABRICKS_CONFIG_FILE");
		return (configured != null && !configured.isBlank()) ? Path.of(configured)
				: Path.of(System.getProperty("user.home"), ".databrickscfg");
	}

	static void write(Path file, String profile, String host, String token) {
		if (!profile.matches("[A-Za-z0-9._-]+")) {
			throw new IllegalArgumentException("--write-profile takes a name of letters, digits, '.', '_' or '-', got '"
					+ profile + "'.");
		}
		try {
			List<String> lines = Files.exists(file) ? Files.readAllLines(file) : create(file);
			List<String> kept = new ArrayList<>();
			boolean inProfile = false;
			for (String line : lines) {
				String trimmed = line.trim();
				if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
					inProfile = trimmed.substring(1, trimmed.length() - 1).trim().equals(profile);
				}
				if (!inProfile) {
					kept.add(line);
				}
			}
			if (!kept.isEmpty() && !kept.get(kept.size() - 1).isBlank()) {
				kept.add("");
			}
			kept.addAll(List.of("[" + profile + "]", "host  = " + host, "token = " + token));
			Files.write(file, kept);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the profile [" + profile + "] to " + file + ": "
					+ ex.getMessage(), ex);
		}
	}

	private static List<String> create(Path file) throws IOException {
		@Nullable Path parent = file.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
		Files.createFile(file);
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			// not a POSIX file system: its default permissions apply
		}
		return List.of();
	}

}
