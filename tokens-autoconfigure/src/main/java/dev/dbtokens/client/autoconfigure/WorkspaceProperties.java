package dev.dbtokens.client.autoconfigure;

import org.jspecify.annotations.Nullable;

/**
 * Where a workspace is and how to authenticate to it: each {@code databricks.workspaces.<name>.*},
 * and the top level of {@code databricks.*} ({@link DatabricksProperties} extends this class, so
 * that each key is described once). Unset values may be filled from a {@code ~/.databrickscfg}
 * profile.
 */
public class WorkspaceProperties {

	/**
	 * URL of the Databricks workspace, e.g. https://adb-1234567890123456.7.azuredatabricks.net.
	 * "https://" is added when no scheme is given; any path is dropped.
	 */
	private @Nullable String host;

	/**
	 * Personal access token to authenticate with.
	 */
	private @Nullable String token;

	/**
	 * OAuth client id of a service principal (OAuth machine-to-machine).
	 */
	private @Nullable String clientId;

	/**
	 * OAuth secret of the service principal.
	 */
	private @Nullable String clientSecret;

	/**
	 * How to authenticate when both a token and client credentials are present: pat or oauth-m2m.
	 */
	private @Nullable AuthType authType;

	/**
	 * Profile of the Databricks configuration file that fills unset values. Defaults to the file's
	 * [__settings__] default_profile, else DEFAULT.
	 */
	private @Nullable String profile;

	/**
	 * Databricks configuration file to read profiles from. Defaults to ~/.databrickscfg.
	 */
	private @Nullable String configFile;

	public @Nullable String getHost() {
		return this.host;
	}

	public void setHost(@Nullable String host) {
		this.host = host;
	}

	public @Nullable String getToken() {
		return this.token;
	}

	public void setToken(@Nullable String token) {
		this.token = token;
	}

	public @Nullable String getClientId() {
		return this.clientId;
	}

	public void setClientId(@Nullable String clientId) {
		this.clientId = clientId;
	}

	public @Nullable String getClientSecret() {
		return this.clientSecret;
	}

	public void setClientSecret(@Nullable String clientSecret) {
		this.clientSecret = clientSecret;
	}

	public @Nullable AuthType getAuthType() {
		return this.authType;
	}

	public void setAuthType(@Nullable AuthType authType) {
		this.authType = authType;
	}

	public @Nullable String getProfile() {
		return this.profile;
	}

	public void setProfile(@Nullable String profile) {
		this.profile = profile;
	}

	public @Nullable String getConfigFile() {
		return this.configFile;
	}

	public void setConfigFile(@Nullable String configFile) {
		this.configFile = configFile;
	}

	@Override
	public String toString() {
		return getClass().getSimpleName() + "[host=" + this.host + ", token=" + redacted(this.token) + ", clientId="
				+ this.clientId + ", clientSecret=" + redacted(this.clientSecret) + ", authType=" + this.authType + ", profile="
				+ this.profile + ", configFile=" + this.configFile + "]";
	}

	static String redacted(@Nullable Object secret) {
		return (secret != null) ? "<redacted>" : "null";
	}

	/**
	 * How a client authenticates.
	 */
	public enum AuthType {

		/** A personal access token ({@code token}). */
		PAT,

		/** OAuth machine-to-machine with a service principal ({@code client-id}, {@code client-secret}). */
		OAUTH_M2M

	}

}
