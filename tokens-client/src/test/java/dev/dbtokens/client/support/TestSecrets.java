package dev.dbtokens.client.support;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secrets every test uses, so that one scan can look for them everywhere.
 */
public final class TestSecrets {

	/** The token configured as {@code databricks.token}. */
	public static final String CONFIGURED_TOKEN = "dapiC0NF1GUREDsecretA1b2C3d4E5f6";

	/** The token value that stubbed create answers return. */
	public static final String CREATED_TOKEN = "dapiCREATEDsecretF6e5D4c3B2a1ZZ";

	/** The OAuth secret of the test service principal. */
	public static final String CLIENT_SECRET = "doseCL1ENTsecret9f8e7d6c5b4a";

	/** Access tokens the stubbed OAuth token endpoint hands out. */
	public static final String ACCESS_TOKEN = "eyJhbGciOiJSUzI1NiJ9.ACCESSsecretONE.c2lnbmF0dXJl";

	public static final String SECOND_ACCESS_TOKEN = "eyJhbGciOiJSUzI1NiJ9.ACCESSsecretTWO.c2lnbmF0dXJl";

	/** The password of the test proxy's user {@code proxy-user}. */
	public static final String PROXY_PASSWORD = "pr0xyPASSWORDsecret";

	/** A personal access token without any known prefix, which only masking by value can hide. */
	public static final String SHAPELESS_TOKEN = "plainPATvalue9q8w7e6r";

	/** An OAuth secret without any known prefix. */
	public static final String SHAPELESS_CLIENT_SECRET = "shapelessCLIENTsecret77";

	/** A proxy password without any known prefix. */
	public static final String SHAPELESS_PROXY_PASSWORD = "proxyPLAINsecret55";

	public static final List<String> ALL = List.of(SHAPELESS_TOKEN, SHAPELESS_CLIENT_SECRET, SHAPELESS_PROXY_PASSWORD,
			java.util.Base64.getEncoder().encodeToString(("sp-1:" + SHAPELESS_CLIENT_SECRET).getBytes()), CONFIGURED_TOKEN, CREATED_TOKEN, "C0NF1GUREDsecret", "CREATEDsecret",
			CLIENT_SECRET, "CL1ENTsecret", "ACCESSsecret",
			java.util.Base64.getEncoder().encodeToString(("sp-1:" + CLIENT_SECRET).getBytes()), PROXY_PASSWORD, "PASSWORDsecret",
			java.util.Base64.getEncoder().encodeToString(("proxy-user:" + PROXY_PASSWORD).getBytes()));

	private TestSecrets() {
	}

	/** Fails when the text holds any test secret. */
	public static void assertNoSecretIn(String what, String text) {
		for (String secret : ALL) {
			assertThat(text).as("%s must not contain a secret", what).doesNotContain(secret);
		}
	}

	/** Fails when the exception, its causes or suppressed exceptions mention a secret. */
	public static void assertNoSecretIn(Throwable ex) {
		StringWriter trace = new StringWriter();
		ex.printStackTrace(new PrintWriter(trace));
		assertNoSecretIn("exception " + ex.getClass().getSimpleName(), trace.toString() + ex);
	}

}
