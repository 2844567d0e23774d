package dev.dbtokens.client.internal.auth;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import dev.dbtokens.client.DatabricksHost;

/**
 * Decides whether a {@code token_endpoint} from OAuth discovery may receive the client secret: it
 * must use {@code https} (plain {@code http} only on loopback, or on the workspace's own origin when
 * the workspace itself was allowed plain HTTP) and sit on the workspace host or on a host the
 * application allowed. Databricks' own endpoints are on the workspace host on every cloud.
 */
public final class TokenEndpointCheck {

	private final URI workspace;

	private final Set<String> allowedHosts;

	public TokenEndpointCheck(String workspace, Collection<String> allowedHosts) {
		this.workspace = URI.create(workspace);
		this.allowedHosts = allowedHosts.stream().map(TokenEndpointCheck::hostName).collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * The endpoint as a URI.
	 * @throws IllegalArgumentException naming the endpoint and why it is refused
	 */
	public URI check(String endpoint) {
		URI uri;
		try {
			uri = new URI(endpoint.strip());
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException("token_endpoint " + endpoint + " is not a valid URL");
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		String host = (uri.getHost() != null) ? uri.getHost().toLowerCase(Locale.ROOT) : "";
		if (uri.getUserInfo() != null) {
			throw new IllegalArgumentException("token_endpoint on " + host + " carries user information (not shown)");
		}
		if (host.isEmpty() || !(scheme.equals("https") || scheme.equals("http"))) {
			throw new IllegalArgumentException("token_endpoint " + endpoint + " is not an https:// URL with a host");
		}
		boolean sameOrigin = scheme.equals(this.workspace.getScheme()) && host.equals(this.workspace.getHost())
				&& port(uri) == port(this.workspace);
		if (scheme.equals("http") && !sameOrigin && !DatabricksHost.isLoopback(host)) {
			throw new IllegalArgumentException("token_endpoint " + endpoint + " uses plain http://: the client secret must not "
					+ "cross a network in clear text");
		}
		if (!host.equals(this.workspace.getHost()) && !this.allowedHosts.contains(host)) {
			throw new IllegalArgumentException("token_endpoint " + endpoint + " is not on the workspace host "
					+ this.workspace.getHost() + " nor on a host allowed by databricks.oauth.allowed-token-endpoint-hosts");
		}
		return uri;
	}

	private static int port(URI uri) {
		if (uri.getPort() != -1) {
			return uri.getPort();
		}
		return "http".equalsIgnoreCase(uri.getScheme()) ? 80 : 443;
	}

	private static String hostName(String allowed) {
		if (allowed == null || allowed.isBlank() || allowed.contains("/") || allowed.contains(":") || allowed.contains("@")) {
			throw new IllegalArgumentException("an allowed token endpoint host must be a bare host name such as "
					+ "login.example.com, was \"" + allowed + "\"");
		}
		return allowed.strip().toLowerCase(Locale.ROOT);
	}

	@Override
	public String toString() {
		return "TokenEndpointCheck[workspace=" + this.workspace + ", allowed=" + this.allowedHosts + "]";
	}

}
