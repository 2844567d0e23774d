package dev.dbtokens.client.autoconfigure;

import dev.dbtokens.client.lifecycle.TokenLifecycle;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Bulk revocation through the {@link TokenLifecycle} bean, under {@code databricks.lifecycle}.
 */
@ConfigurationProperties("databricks.lifecycle")
public class DatabricksLifecycleProperties {

	/**
	 * Number of revocations a bulk revocation keeps in flight, from 1 to 16 (the connections of
	 * Reactor Netty's default pool).
	 */
	private int revokeConcurrency = TokenLifecycle.DEFAULT_CONCURRENCY;

	public int getRevokeConcurrency() {
		return this.revokeConcurrency;
	}

	public void setRevokeConcurrency(int revokeConcurrency) {
		this.revokeConcurrency = revokeConcurrency;
	}

}
