/**
 * Spring Boot auto-configuration of the {@link dev.dbtokens.client.TokensClient} and
 * {@link dev.dbtokens.client.TokenManagementClient}: properties, connection details, credentials,
 * customizers and the failure analysis of a bad property. HTTP settings, rotations and jobs, health
 * and Actuator are in the packages beside this one.
 */
@NullMarked
package dev.dbtokens.client.autoconfigure;

import org.jspecify.annotations.NullMarked;
