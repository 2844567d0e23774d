package dev.dbtokens.client.autoconfigure.lifecycle;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The token rotations, {@code databricks.rotation.<name>.*}: bound beside
 * {@link dev.dbtokens.client.autoconfigure.DatabricksProperties}, which holds the connection.
 */
@ConfigurationProperties("databricks")
public class DatabricksRotationProperties {

	/**
	 * Token rotations by name: each keeps one valid token for a purpose and publishes a
	 * TokenRotatedEvent with every new token.
	 */
	private final Map<String, RotationProperties> rotation = new LinkedHashMap<>();

	public Map<String, RotationProperties> getRotation() {
		return this.rotation;
	}

}
