package dev.dbtokens.client.autoconfigure;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.dbtokens.client.DatabricksCredentialsProvider;
import dev.dbtokens.client.DatabricksHost;
import dev.dbtokens.client.autoconfigure.WorkspaceProperties.AuthType;
import dev.dbtokens.client.autoconfigure.diagnostics.InvalidDatabricksPropertyException;
import dev.dbtokens.client.autoconfigure.diagnostics.PropertyValues;
import org.jspecify.annotations.Nullable;

import org.springframework.web.reactive.function.client.WebClient;

/**
 * The connection details of one workspace from its properties, after every source has been read
 * in the order of the Databricks SDKs: properties and environment first, then a
 * configuration-file profile fills only what is still empty. The host is checked here, once (by
 * {@link DatabricksHost}); the credentials are made at their first use. Every problem names the
 * property to set.
 */
final class PropertiesDatabricksConnectionDetails implements DatabricksConnectionDetails {

	private final String prefix;

	/** Names the profile of {@code ~/.databrickscfg} to read, as in the Databricks CLI. */
	static final String PROFILE_VARIABLE = "DATABRICKS_CONFIG_PROFILE";

	/** Names the configuration file to read instead of {@code ~/.databrickscfg}. */
	static final String CONFIG_FILE_VARIABLE = "DATABRICKS_CONFIG_FILE";

	/**
	 * What {@link #resolve} reads to find the top-level workspace besides its credentials: any of
	 * these set beside {@code databricks.workspaces} asks for the top-level client too.
	 */
	static final List<String> TOP_LEVEL_WORKSPACE_KEYS = List.of("databricks.host", "databricks.profile", PROFILE_VARIABLE,
			"databricks.config-file", CONFIG_FILE_VARIABLE);

	private final DatabricksHost host;

	private final @Nullable String token;

	private final @Nullable String clientId;

	private final @Nullable String clientSecret;

	private final AuthType authType;

	private final Supplier<WebClient.Builder> oauthWebClientBuilder;

	private final DatabricksOAuthProperties oauth;

	private @Nullable DatabricksCredentialsProvider credentials;

	private PropertiesDatabricksConnectionDetails(String prefix, DatabricksHost host, @Nullable String token,
			@Nullable String clientId, @Nullable String clientSecret, AuthType authType,
			Supplier<WebClient.Builder> oauthWebClientBuilder, DatabricksOAuthProperties oauth) {
		this.prefix = prefix;
		this.host = host;
		this.token = token;
		this.clientId = clientId;
		this.clientSecret = clientSecret;
		this.authType = authType;
		this.oauthWebClientBuilder = oauthWebClientBuilder;
		this.oauth = oauth;
	}

	/**
	 * Resolves a workspace and checks its host.
	 * @param prefix the properties' prefix, e.g. {@code databricks} or {@code databricks.workspaces.eu}
	 * @param environment reads {@code DATABRICKS_*} variables (for the top level only)
	 * @param home the user's home directory, where {@code .databrickscfg} is looked for
	 * @param allowInsecureHttp whether a plain {@code http://} host off loopback is accepted
	 * @param oauthWebClientBuilder the builder of the OAuth requests, asked for at the first token request
	 * @param oauth the OAuth settings every workspace shares
	 */
	static PropertiesDatabricksConnectionDetails resolve(String prefix, WorkspaceProperties properties,
			Function<String, @Nullable String> environment, Path home, boolean allowInsecureHttp,
			Supplier<WebClient.Builder> oauthWebClientBuilder, DatabricksOAuthProperties oauth) {
		String host = text(UnresolvedPlaceholders.refuse(prefix + ".host", properties.getHost()));
		String token = text(UnresolvedPlaceholders.refuse(prefix + ".token", properties.getToken()));
		String clientId = or(UnresolvedPlaceholders.refuse(prefix + ".client-id", properties.getClientId()),
				environment.apply("DATABRICKS_CLIENT_ID"));
		String clientSecret = or(UnresolvedPlaceholders.refuse(prefix + ".client-secret", properties.getClientSecret()),
				environment.apply("DATABRICKS_CLIENT_SECRET"));
		String profileName = or(properties.getProfile(), environment.apply(PROFILE_VARIABLE));
		String fileName = or(properties.getConfigFile(), environment.apply(CONFIG_FILE_VARIABLE));
		AuthType authType = properties.getAuthType();
		if (authType == null && text(environment.apply("DATABRICKS_AUTH_TYPE")) != null) {
			authType = parseAuthType(prefix, environment.apply("DATABRICKS_AUTH_TYPE"));
		}
		boolean complete = host != null && (token != null || (clientId != null && clientSecret != null));
		String origin = "properties";
		if (profileName != null || fileName != null || !complete) {
			Path path = (fileName != null) ? DatabricksConfigFile.expandHome(fileName, home) : home.resolve(".databrickscfg");
			boolean asked = profileName != null || fileName != null;
			if (asked || Files.isReadable(path)) {
				DatabricksConfigFile file = read(prefix, path, profileName);
				String name = (profileName != null) ? profileName : file.defaultProfile();
				Map<String, String> profile = file.profile(name);
				if (profile == null && (profileName != null || !name.equals("DEFAULT"))) {
					throw new InvalidDatabricksPropertyException(prefix + ".profile",
							"profile [" + name + "] is not in " + path,
							"Add a [" + name + "] section to " + path + " with a token (databricks configure --profile " + name
									+ ") or a service principal's client_id and client_secret, or set " + prefix
									+ ".profile to one of its profiles.");
				}
				if (profile != null) {
					host = or(host, profile.get("host"));
					token = or(token, profile.get("token"));
					clientId = or(clientId, profile.get("client_id"));
					clientSecret = or(clientSecret, profile.get("client_secret"));
					origin = "properties and profile [" + name + "] of " + path;
					requireSupportedAuth(prefix, name, path, profile.get("auth_type"), token, clientId, clientSecret);
				}
			}
		}
		String hostAction = hostAction(prefix);
		if (host == null) {
			throw new InvalidDatabricksPropertyException(prefix + ".host", "it is not set", hostAction);
		}
		String given = host;
		String action = given.regionMatches(true, 0, "http://", 0, 7)
				? "Use an https:// workspace URL, or set databricks.allow-insecure-http=true if the network path is trusted."
				: hostAction;
		DatabricksHost checked = InvalidDatabricksPropertyException.whenRefused(prefix, Map.of("host", action),
				() -> DatabricksHost.of(given, allowInsecureHttp));
		return new PropertiesDatabricksConnectionDetails(prefix, checked, token, clientId, clientSecret,
				authType(prefix, authType, token, clientId, clientSecret, origin), oauthWebClientBuilder, oauth);
	}

	@Override
	public URI workspaceUri() {
		return this.host.uri();
	}

	@Override
	public DatabricksHost workspaceHost() {
		return this.host;
	}

	/**
	 * Makes the credentials of the chosen kind at the first call, or explains what is missing.
	 */
	@Override
	public synchronized DatabricksCredentialsProvider credentials() {
		if (this.credentials == null) {
			this.credentials = newCredentials();
		}
		return this.credentials;
	}

	private DatabricksCredentialsProvider newCredentials() {
		if (this.authType == AuthType.OAUTH_M2M) {
			String id = require(this.clientId, "client-id", "the OAuth client id of the service principal");
			String secret = require(this.clientSecret, "client-secret", "an OAuth secret of the service principal");
			return InvalidDatabricksPropertyException.whenRefused("databricks.oauth",
					Map.of("allowed-token-endpoint-hosts", "List host names, e.g. login.example.com, or host:port for a port "
							+ "other than 443.", "request-timeout", "Set databricks.oauth.request-timeout to a positive duration, "
							+ "or remove it to use " + PropertyValues.duration(DatabricksCredentialsProvider.DEFAULT_OAUTH_REQUEST_TIMEOUT)
							+ "."),
					() -> DatabricksCredentialsProvider.oauthM2M(this.host, id, secret, this.oauthWebClientBuilder,
							this.oauth.getAllowedTokenEndpointHosts(), this.oauth.getRequestTimeout()));
		}
		String pat = require(this.token, "token", "a Databricks personal access token (User Settings > Developer > Access tokens)");
		return InvalidDatabricksPropertyException.whenRefused(this.prefix, Map.of("token", tokenAction()),
				() -> DatabricksCredentialsProvider.personalAccessToken(pat));
	}

	private static AuthType authType(String prefix, @Nullable AuthType chosen, @Nullable String token,
			@Nullable String clientId, @Nullable String clientSecret, String origin) {
		boolean hasToken = token != null;
		boolean hasClient = clientId != null || clientSecret != null;
		if (chosen != null) {
			return chosen;
		}
		if (hasToken && hasClient) {
			throw new InvalidDatabricksPropertyException(prefix + ".auth-type",
					"both a token and OAuth client credentials are configured (from " + origin + "), so the way to "
							+ "authenticate is ambiguous",
					"Set " + prefix + ".auth-type to pat (use the token) or oauth-m2m (use the client credentials), "
							+ "or remove the one you do not want.");
		}
		return hasClient ? AuthType.OAUTH_M2M : AuthType.PAT;
	}

	/**
	 * Refuses a profile that authenticates in a way this starter does not (a browser login of
	 * {@code databricks auth login}, the Azure CLI, ...) when nothing else gives credentials: the
	 * token would otherwise be reported missing although a profile was named.
	 */
	private static void requireSupportedAuth(String prefix, String name, Path path, @Nullable String authType,
			@Nullable String token, @Nullable String clientId, @Nullable String clientSecret) {
		boolean credentials = token != null || (clientId != null && clientSecret != null);
		if (!credentials && authType != null && !authType.isBlank() && authTypeNamed(authType) == null) {
			throw new InvalidDatabricksPropertyException(prefix + ".profile", "profile [" + name + "] of " + path
					+ " uses auth_type = " + authType.strip() + ", which this starter does not support",
					"Use a profile with a personal access token (databricks configure --profile " + name + ") or with a "
							+ "service principal's client_id and client_secret, or set " + prefix + ".token.");
		}
	}

	private String require(@Nullable String value, String property, String what) {
		if (value == null) {
			String env = this.prefix.equals("databricks") ? " (or the environment variable DATABRICKS_"
					+ property.toUpperCase(Locale.ROOT).replace('-', '_') + ")" : "";
			throw new InvalidDatabricksPropertyException(this.prefix + "." + property, "it is not set",
					"Set " + this.prefix + "." + property + env + " to " + what + ", or name a profile of ~/.databrickscfg with "
							+ this.prefix + ".profile" + disable(this.prefix));
		}
		return value;
	}

	private static String hostAction(String prefix) {
		String env = prefix.equals("databricks") ? " (or the environment variable DATABRICKS_HOST)" : "";
		return "Set " + prefix + ".host" + env + " to the URL of your Databricks workspace, e.g. "
				+ "https://adb-1234567890123456.7.azuredatabricks.net" + disable(prefix);
	}

	private String tokenAction() {
		String env = this.prefix.equals("databricks") ? " (or the environment variable DATABRICKS_TOKEN)" : "";
		return "Set " + this.prefix + ".token" + env
				+ " to a Databricks personal access token (User Settings > Developer > Access tokens)" + disable(this.prefix);
	}

	private static String disable(String prefix) {
		return prefix.equals("databricks")
				? ", or set databricks.tokens.enabled=false if this application does not call Databricks." : ".";
	}

	private static DatabricksConfigFile read(String prefix, Path path, @Nullable String profile) {
		try {
			return DatabricksConfigFile.read(path);
		}
		catch (IOException ex) {
			String wanted = (profile != null) ? "profile [" + profile + "] was asked for but " : "";
			throw new InvalidDatabricksPropertyException(prefix + ".config-file",
					wanted + "the Databricks configuration file " + path + " cannot be read (" + ex.getClass().getSimpleName() + ")",
					"Create " + path + " (databricks configure), fix its permissions, or point " + prefix
							+ ".config-file (DATABRICKS_CONFIG_FILE) at the right file.");
		}
	}

	private static AuthType parseAuthType(String prefix, @Nullable String value) {
		AuthType type = authTypeNamed(String.valueOf(value));
		if (type == null) {
			throw new InvalidDatabricksPropertyException(prefix + ".auth-type", "DATABRICKS_AUTH_TYPE=" + value + " is not supported",
					"Set DATABRICKS_AUTH_TYPE to pat or oauth-m2m.");
		}
		return type;
	}

	/** The auth type a name gives ({@code pat}, {@code oauth-m2m}, in any case), or {@code null} for any other name. */
	private static @Nullable AuthType authTypeNamed(String value) {
		String name = value.strip().replace('-', '_').toUpperCase(Locale.ROOT);
		return Arrays.stream(AuthType.values()).filter((type) -> type.name().equals(name)).findFirst().orElse(null);
	}

	private static @Nullable String text(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static @Nullable String or(@Nullable String first, @Nullable String second) {
		String value = text(first);
		return (value != null) ? value : text(second);
	}

	@Override
	public String toString() {
		return "PropertiesDatabricksConnectionDetails[" + this.prefix + ", host=" + this.host + ", token="
				+ WorkspaceProperties.redacted(this.token)
				+ ", clientId=" + this.clientId + ", clientSecret=" + WorkspaceProperties.redacted(this.clientSecret) + "]";
	}

}
