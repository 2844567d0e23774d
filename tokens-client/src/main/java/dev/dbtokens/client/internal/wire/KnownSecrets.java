package dev.dbtokens.client.internal.wire;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The secret values the application configured (a personal access token, an OAuth client secret,
 * a proxy password), which {@link Redaction} masks by value whatever their shape. Each value is
 * registered by the object that holds it (the credentials, a client) and is forgotten once that
 * object is collected: a closed application context leaves nothing behind.
 */
public final class KnownSecrets {

	/**
	 * Values shorter than this are not masked by value: masking them would garble every message
	 * that happens to hold those letters (they are still never logged by the client itself).
	 */
	public static final int MIN_LENGTH = 4;

	private static final List<Entry> ENTRIES = new ArrayList<>();

	private KnownSecrets() {
	}

	/**
	 * Registers values for as long as their owner lives.
	 * @param owner what holds the values; compared by identity, held weakly
	 * @param values the values; {@code null}, blank and short ones are ignored
	 */
	public static void register(Object owner, Collection<String> values) {
		List<String> kept = values.stream()
			.filter(Objects::nonNull)
			.map(String::strip)
			.filter((value) -> value.length() >= MIN_LENGTH)
			.distinct()
			.toList();
		if (kept.isEmpty()) {
			return;
		}
		synchronized (ENTRIES) {
			ENTRIES.removeIf((entry) -> entry.owner().get() == null);
			ENTRIES.add(new Entry(new WeakReference<>(owner), kept));
		}
	}

	/** The values of the owners still alive, longest first (so a value inside another does not split it). */
	static List<String> values() {
		List<String> values = new ArrayList<>();
		synchronized (ENTRIES) {
			ENTRIES.removeIf((entry) -> entry.owner().get() == null);
			ENTRIES.forEach((entry) -> values.addAll(entry.values()));
		}
		values.sort((a, b) -> Integer.compare(b.length(), a.length()));
		return values;
	}

	private record Entry(WeakReference<Object> owner, List<String> values) {
	}

}
