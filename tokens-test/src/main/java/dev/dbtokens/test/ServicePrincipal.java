package dev.dbtokens.test;

/**
 * A service principal known to the emulator, which authenticates with the OAuth
 * client-credentials grant ({@code POST /oidc/v1/token}). As on Databricks, the OAuth client id
 * is the service principal's application id: the id that on-behalf-of token requests
 * ({@code application_id}) and token permissions ({@code service_principal_name}) name it by.
 *
 * @param name the principal's name, as shown in the journal
 * @param clientId the OAuth client id
 * @param clientSecret the OAuth client secret (never printed by {@link #toString()})
 */
public record ServicePrincipal(String name, String clientId, String clientSecret) {

	/**
	 * Returns the application id, the same value as the OAuth client id.
	 * @return the application id
	 */
	public String applicationId() {
		return this.clientId;
	}

	/**
	 * Returns the name and client id only: the secret stays out of logs.
	 * @return a description without the secret
	 */
	@Override
	public String toString() {
		return "ServicePrincipal[name=" + this.name + ", clientId=" + this.clientId + ", clientSecret=***]";
	}

}
