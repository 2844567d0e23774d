package dev.dbtokens.client;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import dev.dbtokens.client.internal.wire.Redaction;
import org.jspecify.annotations.Nullable;

/**
 * A workspace URL, normalised as the Databricks SDKs do: {@code https://} added when no scheme is
 * given; path, query, trailing slash and the default port dropped; the host name in lower case.
 * Plain HTTP is refused off loopback unless allowed, so that a token never crosses a network in
 * clear text, and a URL with user information is refused without repeating it (it may hold a
 * secret). This is the one place where a workspace URL is checked.
 */
public final class DatabricksHost {

	private static final String EXAMPLE = "give the workspace URL, e.g. https://adb-123.azuredatabricks.net";

	private final URI uri;

	private final boolean loopback;

	private DatabricksHost(URI uri, boolean loopback) {
		this.uri = uri;
		this.loopback = loopback;
	}

	/**
	 * Checks and normalises a workspace URL.
	 * @param url the URL, e.g. {@code adb-123.azuredatabricks.net} or {@code https://adb-123.azuredatabricks.net/?o=123}
	 * @param allowInsecureHttp whether a plain {@code http://} URL off loopback is accepted
	 * @return the normalised host
	 * @throws IllegalArgumentException saying what is wrong; the URL is quoted only when it carries
	 * no user information
	 */
	public static DatabricksHost of(@Nullable String url, boolean allowInsecureHttp) {
		if (url == null || url.isBlank()) {
			throw new IllegalArgumentException("host must not be blank: " + EXAMPLE);
		}
		String text = url.strip();
		if (!text.contains("@") && Redaction.looksSecret(text)) { // with '@' it is refused below as user information, unquoted
			throw new IllegalArgumentException("host looks like a token, not a workspace URL (not repeated here): check that the "
					+ "host and the token are not swapped; " + EXAMPLE);
		}
		String shown = text.contains("@") ? "(not repeated here: it contains '@')" : "\"" + text + "\"";
		if (!text.contains("://")) {
			text = "https://" + text;
		}
		URI uri;
		try {
			uri = new URI(text);
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException("host " + shown + " is not a valid URL: " + ex.getReason());
		}
		if (uri.getRawUserInfo() != null || text.contains("@")) {
			throw new IllegalArgumentException("host " + shown + " carries user information: put credentials in the "
					+ "token or client-secret settings, never in the URL; " + EXAMPLE);
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!scheme.equals("https") && !scheme.equals("http")) {
			throw new IllegalArgumentException("host " + shown + " must use https:// (was " + scheme + "://)");
		}
		String name = uri.getHost();
		if (name == null || name.isEmpty()) {
			throw new IllegalArgumentException("host " + shown + " has no valid host name: " + EXAMPLE);
		}
		boolean loopback = isLoopback(name);
		if (scheme.equals("http") && !allowInsecureHttp && !loopback) {
			throw new IllegalArgumentException("host " + shown + " uses plain http:// off loopback: a token must not cross a "
					+ "network in clear text. Use https://, or allow insecure HTTP explicitly");
		}
		int port = uri.getPort();
		if (port == 0 || port > 65535) {
			throw new IllegalArgumentException("host " + shown + ": port " + port + " is not from 1 to 65535; " + EXAMPLE);
		}
		boolean defaultPort = port == -1 || (scheme.equals("https") && port == 443) || (scheme.equals("http") && port == 80);
		return new DatabricksHost(URI.create(scheme + "://" + name.toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port)),
				loopback);
	}

	/**
	 * Returns the normalised URL: scheme, host and a port other than the scheme's default.
	 * @return e.g. {@code https://adb-123.azuredatabricks.net}
	 */
	public URI uri() {
		return this.uri;
	}

	/**
	 * Returns whether the host is this machine ({@code localhost}, {@code 127.0.0.1}, {@code [::1]}).
	 * @return whether the host is on loopback
	 */
	public boolean isLoopback() {
		return this.loopback;
	}

	/**
	 * Returns whether a value is a URL with a scheme, e.g. {@code https://adb-1.azuredatabricks.net}:
	 * a token or secret that looks like this was put in the wrong setting.
	 * @param value any text
	 * @return whether it starts with {@code https://} or {@code http://}
	 */
	public static boolean looksLikeUrl(String value) {
		String lower = value.toLowerCase(Locale.ROOT);
		return lower.startsWith("https://") || lower.startsWith("http://");
	}

	/**
	 * Returns whether a host name is this machine: {@code localhost} or a loopback IP literal.
	 * Other names are never resolved.
	 * @param name a host name or IP literal (IPv6 in brackets)
	 * @return whether it is on loopback
	 */
	public static boolean isLoopback(String name) {
		if (name.equalsIgnoreCase("localhost")) {
			return true;
		}
		if (!name.startsWith("[") && !name.matches("[0-9.]+")) {
			return false; // a name other than localhost: never resolved here
		}
		try {
			// An IP literal, never looked up; an IPv6 one keeps its brackets, which getByName accepts.
			return InetAddress.getByName(name).isLoopbackAddress();
		}
		catch (Exception ex) {
			return false;
		}
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof DatabricksHost host && host.uri.equals(this.uri);
	}

	@Override
	public int hashCode() {
		return this.uri.hashCode();
	}

	@Override
	public String toString() {
		return this.uri.toString();
	}

}
