package dev.dbtokens.client.rotation;

import java.util.Set;

/**
 * Token rotations by name: in a Spring Boot application, those configured under
 * {@code databricks.rotation.<name>}, started with the application context and stopped when it
 * closes.
 */
public interface TokenRotationRegistry {

	/**
	 * Returns a rotation by name, e.g. to read its {@link TokenRotation#current()} token.
	 * @param name the rotation's name, as in {@code databricks.rotation.<name>.lifetime}
	 * @return the rotation
	 * @throws IllegalArgumentException when no enabled rotation has that name
	 */
	TokenRotation get(String name);

	/**
	 * Returns the names of the enabled rotations.
	 * @return the names, in configuration order
	 */
	Set<String> names();

}
