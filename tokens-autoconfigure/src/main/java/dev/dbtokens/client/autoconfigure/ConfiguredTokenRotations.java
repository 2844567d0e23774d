package dev.dbtokens.client.autoconfigure;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import dev.dbtokens.client.lifecycle.TokenRotation;
import dev.dbtokens.client.lifecycle.TokenRotations;

import org.springframework.context.SmartLifecycle;

/**
 * {@link TokenRotations} built at start-up: started last when the context starts, stopped first
 * when it closes (so no check runs against a closing context).
 */
final class ConfiguredTokenRotations implements TokenRotations, SmartLifecycle {

	private final Map<String, TokenRotation> rotations;

	private volatile boolean running;

	ConfiguredTokenRotations(Map<String, TokenRotation> rotations) {
		this.rotations = Collections.unmodifiableMap(new LinkedHashMap<>(rotations));
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

	@Override
	public void start() {
		this.rotations.values().forEach(TokenRotation::start);
		this.running = true;
	}

	@Override
	public void stop() {
		this.rotations.values().forEach(TokenRotation::stop);
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public String toString() {
		return "TokenRotations" + names();
	}

}
