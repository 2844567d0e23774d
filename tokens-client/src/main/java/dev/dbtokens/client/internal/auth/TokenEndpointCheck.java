package dev.dbtokens.client.internal.auth;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.dbtokens.client.DatabricksHost;
import dev.dbtokens.client.InvalidSettingException;
import dev.dbtokens.client.internal.wire.Redaction;

/**
 * Decides whether a {@code token_endpoint} from OAuth discovery may receive the client secret: it
 * must use {@code https} (plain {@code http} only on loopback, or on the workspace's own origin when
 * the workspace itself was allowed plain HTTP) and sit on the workspace's origin (scheme, host
 * and port) or on a host and port the application allowed (a bare host meaning port 443). Databricks' own
 * endpoints are on the workspace origin on every cloud. Hosts alone are not enough: another port
 * of the same host may be another service.
 */
public final class TokenEndpointCheck {

	private static final Pattern ALLOWED = Pattern.compile("([^/@:\\[\\]\\s]+|\\[[0-9a-fA-F:.]+\\])(?::([0-9]{1,5}))?");

	private final URI workspace;

	/** The allowed hosts as {@code host:port}. */
	private final Set<String> allowedHosts;

	public TokenEndpointCheck(String workspace, Collection<String> allowedHosts) {
		this.workspace = URI.create(workspace);
		this.allowedHosts = allowedHosts.stream().map(TokenEndpointCheck::hostAndPort).collect(Collectors.toUnmodifiableSet());
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
			throw new IllegalArgumentException("token_endpoint " + Redaction.scrub(endpoint) + " is not a valid URL");
		}
		String shown = Redaction.scrub(endpoint);
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		String host = (uri.getHost() != null) ? uri.getHost().toLowerCase(Locale.ROOT) : "";
		if (uri.getUserInfo() != null) {
			throw new IllegalArgumentException("token_endpoint on " + Redaction.scrub(host) + " carries user information (not shown)");
		}
		if (host.isEmpty() || !(scheme.equals("https") || scheme.equals("http"))) {
			throw new IllegalArgumentException("token_endpoint " + shown + " is not an https:// URL with a host");
		}
		boolean sameOrigin = scheme.equals(this.workspace.getScheme()) && host.equals(this.workspace.getHost())
				&& port(uri) == port(this.workspace);
		if (scheme.equals("http") && !sameOrigin && !DatabricksHost.isLoopback(host)) {
			throw new IllegalArgumentException("token_endpoint " + shown + " uses plain http://: the client secret must not "
					+ "cross a network in clear text");
		}
		if (host.equals(this.workspace.getHost())) {
			if (!sameOrigin) {
				throw new IllegalArgumentException("token_endpoint " + shown + " is on the workspace host but not on its scheme and "
						+ "port (" + this.workspace.getScheme() + "://" + this.workspace.getHost() + ":" + port(this.workspace) + ")");
			}
		}
		else if (!this.allowedHosts.contains(host + ":" + port(uri))) {
			throw new IllegalArgumentException("token_endpoint " + shown + " is not on the workspace origin "
					+ this.workspace.getScheme() + "://" + this.workspace.getHost() + ":" + port(this.workspace)
					+ " nor on a host and port allowed by databricks.oauth.allowed-token-endpoint-hosts (host for port 443, "
					+ "host:port for another)");
		}
		return uri;
	}

	private static int port(URI uri) {
		if (uri.getPort() != -1) {
			return uri.getPort();
		}
		return "http".equalsIgnoreCase(uri.getScheme()) ? 80 : 443;
	}

	/** An allowed entry as {@code host:port}: a bare host means port 443. */
	private static String hostAndPort(String allowed) {
		Matcher matcher = (allowed != null) ? ALLOWED.matcher(allowed.strip()) : null;
		if (matcher == null || !matcher.matches()) {
			throw new InvalidSettingException("allowedTokenEndpointHosts", "must hold host names such as login.example.com, "
					+ "or host:port for a port other than 443, was \"" + ((allowed != null) ? Redaction.scrub(allowed) : null) + "\"");
		}
		return matcher.group(1).toLowerCase(Locale.ROOT) + ":" + ((matcher.group(2) != null) ? matcher.group(2) : "443");
	}

	@Override
	public String toString() {
		return "TokenEndpointCheck[workspace=" + this.workspace + ", allowed=" + this.allowedHosts + "]";
	}

}
