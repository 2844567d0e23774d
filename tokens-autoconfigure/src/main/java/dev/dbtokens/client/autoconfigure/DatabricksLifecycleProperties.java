package dev.dbtokens.client.autoconfigure;

import dev.dbtokens.client.lifecycle.TokenLifecycle;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Bulk revocation through the {@link TokenLifecycle} bean, under {@code databricks.lifecycle}.
 */
@ConfigurationProperties("databricks.lifecycle")
public class DatabricksLifecycleProperties {

	/**
	 * Number of revocations a bulk revocation keeps in flight, at least 1; more than
	 * databricks.http.max-connections only wait for a connection.
	 */
	private int revokeConcurrency = TokenLifecycle.DEFAULT_CONCURRENCY;

	public int getRevokeConcurrency() {
		return this.revokeConcurrency;
	}

	public void setRevokeConcurrency(int revokeConcurrency) {
		this.revokeConcurrency = revokeConcurrency;
	}

}
