package dev.dbtokens.client.autoconfigure;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * OAuth settings of the service-principal authentication, under {@code databricks.oauth}; every
 * workspace uses them.
 */
@ConfigurationProperties("databricks.oauth")
public class DatabricksOAuthProperties {

	/**
	 * Host names besides the workspace's that may serve the token endpoint found by OAuth
	 * discovery, e.g. login.example.com. Databricks' own endpoints are on the workspace host, so
	 * this is for other set-ups only; any other endpoint is refused before the secret is sent.
	 */
	private List<String> allowedTokenEndpointHosts = new ArrayList<>();

	public List<String> getAllowedTokenEndpointHosts() {
		return this.allowedTokenEndpointHosts;
	}

	public void setAllowedTokenEndpointHosts(List<String> allowedTokenEndpointHosts) {
		this.allowedTokenEndpointHosts = allowedTokenEndpointHosts;
	}

	@Override
	public String toString() {
		return "DatabricksOAuthProperties[allowedTokenEndpointHosts=" + this.allowedTokenEndpointHosts + "]";
	}

}
