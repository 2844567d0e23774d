package dev.dbtokens.client.autoconfigure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.dbtokens.client.DatabricksCredentialsProvider;
import dev.dbtokens.client.autoconfigure.WorkspaceProperties.AuthType;
import org.jspecify.annotations.Nullable;

import org.springframework.web.reactive.function.client.WebClient;

/**
 * The settings of one workspace after every source has been read, in the order of the Databricks
 * SDKs: properties and environment first, then a configuration-file profile fills only what is
 * still empty. Every problem names the property to set.
 */
final class WorkspaceConnection {

	private final String prefix;

	private final @Nullable String host;

	private final @Nullable String token;

	private final @Nullable String clientId;

	private final @Nullable String clientSecret;

	private final @Nullable AuthType authType;

	private final String origin;

	private WorkspaceConnection(String prefix, @Nullable String host, @Nullable String token, @Nullable String clientId,
			@Nullable String clientSecret, @Nullable AuthType authType, String origin) {
		this.prefix = prefix;
		this.host = host;
		this.token = token;
		this.clientId = clientId;
		this.clientSecret = clientSecret;
		this.authType = authType;
		this.origin = origin;
	}

	/**
	 * Resolves a workspace.
	 * @param prefix the properties' prefix, e.g. {@code databricks} or {@code databricks.workspaces.eu}
	 * @param environment reads {@code DATABRICKS_*} variables (for the top level only)
	 * @param home the user's home directory, where {@code .databrickscfg} is looked for
	 */
	static WorkspaceConnection resolve(String prefix, WorkspaceProperties properties, Function<String, @Nullable String> environment,
			Path home) {
		String host = text(properties.getHost());
		String token = text(properties.getToken());
		String clientId = or(properties.getClientId(), environment.apply("DATABRICKS_CLIENT_ID"));
		String clientSecret = or(properties.getClientSecret(), environment.apply("DATABRICKS_CLIENT_SECRET"));
		String profileName = or(properties.getProfile(), environment.apply("DATABRICKS_CONFIG_PROFILE"));
		String fileName = or(properties.getConfigFile(), environment.apply("DATABRICKS_CONFIG_FILE"));
		AuthType authType = properties.getAuthType();
		if (authType == null && text(environment.apply("DATABRICKS_AUTH_TYPE")) != null) {
			authType = parseAuthType(prefix, environment.apply("DATABRICKS_AUTH_TYPE"));
		}
		boolean complete = host != null && (token != null || (clientId != null && clientSecret != null));
		String origin = "properties";
		if (profileName != null || fileName != null || !complete) {
			Path path = (fileName != null) ? Path.of(fileName.replaceFirst("^~(?=/|$)", home.toString())) : home.resolve(".databrickscfg");
			boolean asked = profileName != null || fileName != null;
			if (asked || Files.isReadable(path)) {
				DatabricksConfigFile file = read(prefix, path, profileName);
				String name = (profileName != null) ? profileName : file.defaultProfile();
				Map<String, String> profile = file.profile(name);
				if (profile == null && (profileName != null || !name.equals("DEFAULT"))) {
					throw new InvalidDatabricksPropertyException(prefix + ".profile",
							"profile [" + name + "] is not in " + path,
							"Add a [" + name + "] section to " + path + " (databricks auth login --profile " + name
									+ "), or set " + prefix + ".profile to one of its profiles.");
				}
				if (profile != null) {
					host = or(host, profile.get("host"));
					token = or(token, profile.get("token"));
					clientId = or(clientId, profile.get("client_id"));
					clientSecret = or(clientSecret, profile.get("client_secret"));
					origin = "properties and profile [" + name + "] of " + path;
				}
			}
		}
		return new WorkspaceConnection(prefix, host, token, clientId, clientSecret, authType, origin);
	}

	String prefix() {
		return this.prefix;
	}

	@Nullable String hostIfSet() {
		return this.host;
	}

	String host() {
		if (this.host == null) {
			throw new InvalidDatabricksPropertyException(this.prefix + ".host", "it is not set", hostAction());
		}
		return this.host;
	}

	AuthType authType() {
		boolean hasToken = this.token != null;
		boolean hasClient = this.clientId != null || this.clientSecret != null;
		if (this.authType != null) {
			return this.authType;
		}
		if (hasToken && hasClient) {
			throw new InvalidDatabricksPropertyException(this.prefix + ".auth-type",
					"both a token and OAuth client credentials are configured (from " + this.origin + "), so the way to "
							+ "authenticate is ambiguous",
					"Set " + this.prefix + ".auth-type to pat (use the token) or oauth-m2m (use the client credentials), "
							+ "or remove the one you do not want.");
		}
		return hasClient ? AuthType.OAUTH_M2M : AuthType.PAT;
	}

	/**
	 * Builds the credentials of the chosen kind, or explains what is missing; only OAuth asks the
	 * supplier for a builder, at its first token request.
	 */
	DatabricksCredentialsProvider credentials(Supplier<WebClient.Builder> webClientBuilder, boolean allowInsecureHttp,
			java.util.List<String> allowedTokenEndpointHosts) {
		if (authType() == AuthType.OAUTH_M2M) {
			require(this.clientId, "client-id", "the OAuth client id of the service principal");
			require(this.clientSecret, "client-secret", "an OAuth secret of the service principal");
			try {
				return DatabricksCredentialsProvider.oauthM2M(host(), this.clientId, this.clientSecret, webClientBuilder,
						allowInsecureHttp, allowedTokenEndpointHosts);
			}
			catch (IllegalArgumentException ex) {
				if (ex.getMessage().contains("allowed token endpoint host")) {
					throw new InvalidDatabricksPropertyException("databricks.oauth.allowed-token-endpoint-hosts", ex.getMessage(),
							"List bare host names, e.g. databricks.oauth.allowed-token-endpoint-hosts=login.example.com.");
				}
				throw new InvalidDatabricksPropertyException(this.prefix + ".host", ex.getMessage(), hostAction());
			}
		}
		require(this.token, "token", "a Databricks personal access token (User Settings > Developer > Access tokens)");
		try {
			return DatabricksCredentialsProvider.personalAccessToken(this.token);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidDatabricksPropertyException(this.prefix + ".token", ex.getMessage(), tokenAction());
		}
	}

	private void require(@Nullable String value, String property, String what) {
		if (value == null) {
			String env = this.prefix.equals("databricks") ? " (or the environment variable DATABRICKS_"
					+ property.toUpperCase(java.util.Locale.ROOT).replace('-', '_') + ")" : "";
			throw new InvalidDatabricksPropertyException(this.prefix + "." + property, "it is not set",
					"Set " + this.prefix + "." + property + env + " to " + what + ", or name a profile of ~/.databrickscfg with "
							+ this.prefix + ".profile" + disable());
		}
	}

	String hostAction() {
		String env = this.prefix.equals("databricks") ? " (or the environment variable DATABRICKS_HOST)" : "";
		return "Set " + this.prefix + ".host" + env + " to the URL of your Databricks workspace, e.g. "
				+ "https://adb-1234567890123456.7.azuredatabricks.net" + disable();
	}

	String tokenAction() {
		String env = this.prefix.equals("databricks") ? " (or the environment variable DATABRICKS_TOKEN)" : "";
		return "Set " + this.prefix + ".token" + env
				+ " to a Databricks personal access token (User Settings > Developer > Access tokens)" + disable();
	}

	private String disable() {
		return this.prefix.equals("databricks")
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
		String name = String.valueOf(value).strip().replace('-', '_').toUpperCase(java.util.Locale.ROOT);
		try {
			return AuthType.valueOf(name);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidDatabricksPropertyException(prefix + ".auth-type", "DATABRICKS_AUTH_TYPE=" + value + " is not supported",
					"Set DATABRICKS_AUTH_TYPE to pat or oauth-m2m.");
		}
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
		return "WorkspaceConnection[" + this.prefix + ", host=" + this.host + ", token=" + WorkspaceProperties.redacted(this.token)
				+ ", clientId=" + this.clientId + ", clientSecret=" + WorkspaceProperties.redacted(this.clientSecret) + "]";
	}

}
