package dev.dbtokens.test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * OAuth machine-to-machine: the authorization server metadata and the client-credentials
 * grant. Errors here use the OAuth shape ({@code error}, {@code error_description}), as the
 * real {@code /oidc} endpoints do.
 */
final class OAuthEndpoints {

	private final PrincipalDirectory directory;

	private final Supplier<String> baseUrl;

	OAuthEndpoints(PrincipalDirectory directory, Supplier<String> baseUrl) {
		this.directory = directory;
		this.baseUrl = baseUrl;
	}

	ApiResponse discovery() {
		String oidc = this.baseUrl.get() + "/oidc";
		Map<String, Object> metadata = new LinkedHashMap<>();
		metadata.put("issuer", oidc);
		metadata.put("authorization_endpoint", oidc + "/v1/authorize");
		metadata.put("token_endpoint", oidc + "/v1/token");
		metadata.put("grant_types_supported", List.of("client_credentials", "authorization_code", "refresh_token"));
		metadata.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post"));
		metadata.put("scopes_supported", List.of("all-apis", "offline_access"));
		return ApiResponse.json(200, metadata);
	}

	/** Client credentials from HTTP Basic, or else from the form ({@code client_secret_post}). */
	Handled token(@Nullable String authorization, byte[] body) {
		Map<String, String> form = parseForm(new String(body, StandardCharsets.UTF_8));
		String[] credentials = basicCredentials(authorization);
		if (credentials == null) {
			credentials = new String[] { form.get("client_id"), form.get("client_secret") };
		}
		ServicePrincipal service = (credentials[0] != null && credentials[1] != null)
				? this.directory.authenticateClient(credentials[0], credentials[1]) : null;
		if (service == null) {
			return new Handled(oauthError(401, "invalid_client", "Client authentication failed."), null);
		}
		String grantType = form.get("grant_type");
		if (!"client_credentials".equals(grantType)) {
			return new Handled(oauthError(400, "unsupported_grant_type",
					"Only grant_type=client_credentials is supported, got " + grantType + "."), service.name());
		}
		Map<String, Object> response = new LinkedHashMap<>();
		response.put("access_token", this.directory.issueAccessToken(service));
		response.put("token_type", "Bearer");
		response.put("expires_in", this.directory.accessTokenLifetime().toSeconds());
		response.put("scope", form.getOrDefault("scope", "all-apis"));
		return new Handled(ApiResponse.json(200, response), service.name());
	}

	private static String @Nullable [] basicCredentials(@Nullable String authorization) {
		if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			return null;
		}
		try {
			String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
					StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return (colon < 0) ? null : new String[] { urlDecode(decoded.substring(0, colon)),
					urlDecode(decoded.substring(colon + 1)) };
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static Map<String, String> parseForm(String form) {
		Map<String, String> fields = new HashMap<>();
		for (String pair : form.split("&")) {
			int equals = pair.indexOf('=');
			if (equals > 0) {
				fields.put(urlDecode(pair.substring(0, equals)), urlDecode(pair.substring(equals + 1)));
			}
		}
		return fields;
	}

	private static String urlDecode(String value) {
		return URLDecoder.decode(value, StandardCharsets.UTF_8);
	}

	private static ApiResponse oauthError(int status, String error, String description) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error", error);
		body.put("error_description", description);
		ApiResponse json = ApiResponse.json(status, body);
		Map<String, String> headers = (status == 401) ? Map.of("WWW-Authenticate", "Basic realm=\"oidc\"") : Map.of();
		return new ApiResponse(status, headers, json.contentType(), json.body());
	}

}
