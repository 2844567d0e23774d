package dev.dbtokens.client.autoconfigure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The INI file of the Databricks CLI and SDKs ({@code ~/.databrickscfg}): sections of
 * {@code key = value} lines, {@code #} and {@code ;} comments (also after a section header),
 * snake_case keys.
 */
final class DatabricksConfigFile {

	static final String SETTINGS = "__settings__";

	/** Written first by some Windows editors; Java's UTF-8 decoder keeps it as a character. */
	private static final String BYTE_ORDER_MARK = "\uFEFF";

	private final Path path;

	private final Map<String, Map<String, String>> sections;

	private DatabricksConfigFile(Path path, Map<String, Map<String, String>> sections) {
		this.path = path;
		this.sections = sections;
	}

	static DatabricksConfigFile read(Path path) throws IOException {
		Map<String, Map<String, String>> sections = new LinkedHashMap<>();
		Map<String, String> section = null;
		for (String raw : Files.readAllLines(path, StandardCharsets.UTF_8)) {
			String line = (sections.isEmpty() && section == null && raw.startsWith(BYTE_ORDER_MARK)) ? raw.substring(1).strip()
					: raw.strip();
			if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
				continue;
			}
			if (line.startsWith("[")) {
				// "[name]", maybe followed by a comment as the SDKs allow; a line that is not a whole
				// header starts no section, and its keys must not fill the section before it.
				int end = line.indexOf(']');
				section = (end > 0) ? sections.computeIfAbsent(line.substring(1, end).strip(), (name) -> new HashMap<>()) : null;
				continue;
			}
			int equals = line.indexOf('=');
			if (section != null && equals > 0) {
				section.put(line.substring(0, equals).strip().toLowerCase(Locale.ROOT), line.substring(equals + 1).strip());
			}
		}
		return new DatabricksConfigFile(path, sections);
	}

	/**
	 * The file a configured name stands for: a leading {@code ~} is the home directory, taken
	 * literally (it may hold backslashes or {@code $}).
	 */
	static Path expandHome(String name, Path home) {
		if (name.equals("~")) {
			return home;
		}
		if (name.startsWith("~/") || name.startsWith("~\\")) {
			return home.resolve(name.substring(2));
		}
		return Path.of(name);
	}

	Path path() {
		return this.path;
	}

	/** The profile to use when none is named: {@code [__settings__] default_profile}, else DEFAULT. */
	String defaultProfile() {
		String named = this.sections.getOrDefault(SETTINGS, Map.of()).get("default_profile");
		return (named != null && !named.isBlank()) ? named : "DEFAULT";
	}

	@Nullable Map<String, String> profile(String name) {
		return this.sections.get(name);
	}

}
