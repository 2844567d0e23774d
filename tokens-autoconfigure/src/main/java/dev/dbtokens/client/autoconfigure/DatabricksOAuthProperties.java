package dev.dbtokens.client.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.dbtokens.client.DatabricksCredentialsProvider;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * OAuth settings of the service-principal authentication, under {@code databricks.oauth}; every
 * workspace uses them.
 */
@ConfigurationProperties("databricks.oauth")
public class DatabricksOAuthProperties {

	/**
	 * Hosts besides the workspace's that may serve the token endpoint found by OAuth discovery,
	 * e.g. login.example.com (port 443) or login.example.com:8443. Databricks' own endpoints are
	 * on the workspace's origin, so this is for other set-ups only; any other endpoint (another
	 * port included) is refused before the secret is sent.
	 */
	private List<String> allowedTokenEndpointHosts = new ArrayList<>();

	/**
	 * How long OAuth discovery and one token request may take together. A call waiting for a
	 * token still fails at its own timeout (databricks.retry.timeout) when that comes first.
	 */
	private Duration requestTimeout = DatabricksCredentialsProvider.DEFAULT_OAUTH_REQUEST_TIMEOUT;

	public List<String> getAllowedTokenEndpointHosts() {
		return this.allowedTokenEndpointHosts;
	}

	public void setAllowedTokenEndpointHosts(List<String> allowedTokenEndpointHosts) {
		this.allowedTokenEndpointHosts = allowedTokenEndpointHosts;
	}

	public Duration getRequestTimeout() {
		return this.requestTimeout;
	}

	public void setRequestTimeout(Duration requestTimeout) {
		this.requestTimeout = requestTimeout;
	}

	@Override
	public String toString() {
		return "DatabricksOAuthProperties[allowedTokenEndpointHosts=" + this.allowedTokenEndpointHosts + ", requestTimeout="
				+ this.requestTimeout + "]";
	}

}
