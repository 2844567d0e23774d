package dev.dbtokens.client.autoconfigure;

import dev.dbtokens.client.DatabricksHost;
import java.net.URI;

import dev.dbtokens.client.DatabricksCredentialsProvider;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;

/**
 * Where the top-level Databricks workspace is and how to authenticate to it. The
 * auto-configuration builds it from {@code databricks.*} and a {@code ~/.databrickscfg} profile;
 * define a bean of this type to take the workspace from elsewhere (a test's emulator, a service
 * registry): the {@code TokensClient}, its OAuth requests and the health indicator then read it.
 * Named workspaces have {@link DatabricksWorkspacesConnectionDetails}.
 */
public interface DatabricksConnectionDetails extends ConnectionDetails {

	/**
	 * Returns the workspace URL, normalised: scheme, host and a port other than the default, e.g.
	 * {@code https://adb-1234567890123456.7.azuredatabricks.net}.
	 * @return the workspace URL
	 */
	URI workspaceUri();

	/**
	 * Returns the workspace URL as the client takes it, checked once. The default checks
	 * {@link #workspaceUri()} and refuses plain {@code http://} off loopback; the details the
	 * auto-configuration builds from {@code databricks.*} return the host they checked, under
	 * {@code databricks.allow-insecure-http}.
	 * @return the checked workspace URL
	 */
	default DatabricksHost workspaceHost() {
		return DatabricksHost.of(workspaceUri().toString(), false);
	}

	/**
	 * Returns the credentials requests are sent with. Called once per client; an OAuth provider
	 * keeps its access token between calls.
	 * @return the credentials
	 */
	DatabricksCredentialsProvider credentials();

}
