package dev.dbtokens.client.autoconfigure.lifecycle;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import dev.dbtokens.client.rotation.TokenRotation;
import dev.dbtokens.client.rotation.TokenRotationRegistry;

/**
 * The rotations of {@code databricks.rotation.<name>.*} by name, as built at start-up.
 * {@link TokenRotationsLifecycle} starts, pauses and retires them with the context.
 */
public final class ConfiguredTokenRotations implements TokenRotationRegistry {

	private final Map<String, TokenRotation> rotations;

	private final Set<String> revokedOnStop;

	/**
	 * @param rotations the rotations by name, in configuration order
	 * @param revokedOnStop the rotations whose tokens this instance revokes when its context closes
	 */
	ConfiguredTokenRotations(Map<String, TokenRotation> rotations, Set<String> revokedOnStop) {
		this.rotations = Collections.unmodifiableMap(new LinkedHashMap<>(rotations));
		this.revokedOnStop = Set.copyOf(revokedOnStop);
	}

	@Override
	public TokenRotation get(String name) {
		TokenRotation rotation = this.rotations.get(name);
		if (rotation == null) {
			throw new IllegalArgumentException("No token rotation named '" + name + "': enabled are " + names()
					+ " (databricks.rotation.<name>.lifetime)");
		}
		return rotation;
	}

	@Override
	public Set<String> names() {
		return this.rotations.keySet();
	}

	Map<String, TokenRotation> byName() {
		return this.rotations;
	}

	boolean revokesOnStop(String name) {
		return this.revokedOnStop.contains(name);
	}

	@Override
	public String toString() {
		return "TokenRotationRegistry" + names();
	}

}
