package dev.dbtokens.client;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Normalises a workspace URL as the Databricks SDKs do: {@code https://} added when no scheme is
 * given; path, query, trailing slash and the default port dropped. Refuses plain HTTP off loopback
 * unless allowed, so that a token never crosses a network in clear text.
 */
final class DatabricksHost {

	private DatabricksHost() {
	}

	static String normalize(String host, boolean allowInsecureHttp) {
		if (host == null || host.isBlank()) {
			throw new IllegalArgumentException("host must not be blank: give the workspace URL, e.g. https://adb-123.azuredatabricks.net");
		}
		String text = host.strip();
		if (!text.contains("://")) {
			text = "https://" + text;
		}
		URI uri;
		try {
			uri = new URI(text);
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException("host \"" + host + "\" is not a valid URL: " + ex.getReason());
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		String name = uri.getHost();
		if (!scheme.equals("https") && !scheme.equals("http")) {
			throw new IllegalArgumentException("host \"" + host + "\" must use https:// (was " + scheme + "://)");
		}
		if (name == null || name.isEmpty() || uri.getUserInfo() != null) {
			throw new IllegalArgumentException("host \"" + host + "\" has no valid host name: give the workspace URL, e.g. https://adb-123.azuredatabricks.net");
		}
		if (scheme.equals("http") && !allowInsecureHttp && !isLoopback(name)) {
			throw new IllegalArgumentException("host \"" + host + "\" uses plain http:// off loopback: a token must not cross a network in clear text. "
					+ "Use https://, or allow insecure HTTP explicitly");
		}
		int port = uri.getPort();
		boolean defaultPort = port == -1 || (scheme.equals("https") && port == 443) || (scheme.equals("http") && port == 80);
		return scheme + "://" + name.toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
	}

	static boolean isLoopback(String name) {
		String bare = (name.startsWith("[") && name.endsWith("]")) ? name.substring(1, name.length() - 1) : name;
		if (bare.equalsIgnoreCase("localhost")) {
			return true;
		}
		if (!bare.contains(":") && !bare.matches("[0-9.]+")) {
			return false; // a name other than localhost: never resolved here
		}
		try {
			return InetAddress.getByName(bare).isLoopbackAddress();
		}
		catch (Exception ex) {
			return false;
		}
	}

}
