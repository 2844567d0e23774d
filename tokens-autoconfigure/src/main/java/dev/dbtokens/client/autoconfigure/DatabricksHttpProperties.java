package dev.dbtokens.client.autoconfigure;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * HTTP settings of the Token API client, under {@code databricks.http}; every workspace uses them.
 */
@ConfigurationProperties("databricks.http")
public class DatabricksHttpProperties {

	/**
	 * Time to wait for a TCP connection to the workspace.
	 */
	private Duration connectTimeout = Duration.ofSeconds(10);

	/**
	 * Time to wait for the answer to one request once it is sent.
	 */
	private Duration responseTimeout = Duration.ofSeconds(60);

	/**
	 * Maximum number of connections this client opens to the workspace; further calls wait for a
	 * free one.
	 */
	private int maxConnections = 50;

	/**
	 * Time a call waits for a free connection when all are in use.
	 */
	private Duration pendingAcquireTimeout = Duration.ofSeconds(45);

	public Duration getConnectTimeout() {
		return this.connectTimeout;
	}

	public void setConnectTimeout(Duration connectTimeout) {
		this.connectTimeout = connectTimeout;
	}

	public Duration getResponseTimeout() {
		return this.responseTimeout;
	}

	public void setResponseTimeout(Duration responseTimeout) {
		this.responseTimeout = responseTimeout;
	}

	public int getMaxConnections() {
		return this.maxConnections;
	}

	public void setMaxConnections(int maxConnections) {
		this.maxConnections = maxConnections;
	}

	public Duration getPendingAcquireTimeout() {
		return this.pendingAcquireTimeout;
	}

	public void setPendingAcquireTimeout(Duration pendingAcquireTimeout) {
		this.pendingAcquireTimeout = pendingAcquireTimeout;
	}

	@Override
	public String toString() {
		return "DatabricksHttpProperties[connectTimeout=" + this.connectTimeout + ", responseTimeout=" + this.responseTimeout
				+ ", maxConnections=" + this.maxConnections + ", pendingAcquireTimeout=" + this.pendingAcquireTimeout + "]";
	}

}
