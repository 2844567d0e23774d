package dev.dbtokens.client;

import java.net.URI;

import dev.dbtokens.client.internal.auth.PersonalAccessToken;
import dev.dbtokens.client.support.TestSecrets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The one check and normalisation of a workspace URL. The addresses here are only validated,
 * never contacted.
 */
class DatabricksHostTests {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({
			"adb-1.azuredatabricks.net, https://adb-1.azuredatabricks.net",
			"https://ADB-1.AzureDatabricks.net/?o=123#x, https://adb-1.azuredatabricks.net",
			"HTTPS://adb-1.azuredatabricks.net/some/path/, https://adb-1.azuredatabricks.net",
			"https://adb-1.azuredatabricks.net:443, https://adb-1.azuredatabricks.net",
			"https://adb-1.azuredatabricks.net:8443, https://adb-1.azuredatabricks.net:8443",
			"https://adb-1.azuredatabricks.net:80, https://adb-1.azuredatabricks.net:80",
			"http://localhost:80, http://localhost",
			"http://localhost:443, http://localhost:443",
			"http://localhost:8080/, http://localhost:8080",
			"http://127.0.0.1:9000, http://127.0.0.1:9000",
			"http://127.0.0.2, http://127.0.0.2",
			"http://[::1]:8080, http://[::1]:8080",
			"http://[::1], http://[::1]",
			"'  https://adb-1.azuredatabricks.net  ', https://adb-1.azuredatabricks.net" })
	void normalisesAsTheDatabricksSdksDo(String given, String normalised) {
		DatabricksHost host = DatabricksHost.of(given, false);
		assertThat(host.uri()).isEqualTo(URI.create(normalised));
		assertThat(host).hasToString(normalised).isEqualTo(DatabricksHost.of(normalised, false));
	}

	@ParameterizedTest
	@CsvSource({ "http://10.1.2.3", "http://10.1.2.3:8080", "http://192.168.0.1", "http://[::2]", "http://[fe80::1]:80",
			"http://workspace.example.com", "http://localhost.example.com", "http://127.0.0.1.nip.io",
			"http://[fe80::1%nosuch0]" })
	void refusesPlainHttpOffLoopback(String given) {
		assertThatIllegalArgumentException().isThrownBy(() -> DatabricksHost.of(given, false))
			.withMessageContaining("plain http:// off loopback");
		assertThat(DatabricksHost.of(given, true).uri().getScheme()).isEqualTo("http");
		assertThat(DatabricksHost.of(given, true).isLoopback()).isFalse();
	}

	@ParameterizedTest
	@CsvSource({ "http://localhost", "http://LOCALHOST:1", "http://127.0.0.1", "http://[::1]:8080",
			"http://[0:0:0:0:0:0:0:1]" })
	void acceptsPlainHttpOnLoopback(String given) {
		assertThat(DatabricksHost.of(given, false).isLoopback()).isTrue();
	}

	@Test
	void refusesAUrlWithUserInformationWithoutRepeatingIt() {
		String url = "https://me:" + TestSecrets.CONFIGURED_TOKEN + "@adb-1.azuredatabricks.net";
		IllegalArgumentException refused = catchThrowableOfType(IllegalArgumentException.class,
				() -> DatabricksHost.of(url, false));
		assertThat(refused).hasMessageContaining("user information");
		TestSecrets.assertNoSecretIn(refused);
		IllegalArgumentException malformed = catchThrowableOfType(IllegalArgumentException.class,
				() -> DatabricksHost.of("https://me:" + TestSecrets.CONFIGURED_TOKEN + " x@adb-1", false));
		assertThat(malformed).hasMessageContaining("not a valid URL");
		TestSecrets.assertNoSecretIn(malformed);
	}

	@Test
	void refusesSwappedHostAndTokenWithoutRepeatingTheToken() {
		for (String host : new String[] { TestSecrets.CONFIGURED_TOKEN, "https://" + TestSecrets.CONFIGURED_TOKEN,
				"http://" + TestSecrets.CONFIGURED_TOKEN + ":8080" }) {
			IllegalArgumentException refused = catchThrowableOfType(IllegalArgumentException.class,
					() -> DatabricksHost.of(host, true));
			assertThat(refused).as(host).hasMessageStartingWith("host looks like a token").hasMessageContaining("swapped");
			TestSecrets.assertNoSecretIn(refused);
		}
		assertThatIllegalArgumentException().isThrownBy(() -> new PersonalAccessToken("https://adb-1.azuredatabricks.net"))
			.withMessage("token is a URL, not a token: check that the host and the token are not swapped");
		assertThatIllegalArgumentException().isThrownBy(() -> new PersonalAccessToken("HTTP://localhost:8080"))
			.withMessageContaining("swapped");
	}

	@Test
	void twoUrlsOfTheSameWorkspaceAreEqual() {
		DatabricksHost host = DatabricksHost.of("adb-1.azuredatabricks.net", false);
		DatabricksHost same = DatabricksHost.of("https://ADB-1.azuredatabricks.net:443/?o=1", false);
		assertThat(host).isEqualTo(same).hasSameHashCodeAs(same);
		assertThat(host).isNotEqualTo(DatabricksHost.of("https://adb-1.azuredatabricks.net:8443", false))
			.isNotEqualTo(DatabricksHost.of("adb-2.azuredatabricks.net", false))
			.isNotEqualTo("https://adb-1.azuredatabricks.net");
	}

	@ParameterizedTest
	@CsvSource({ ", must not be blank", "'', must not be blank", "'   ', must not be blank", "ftp://adb-1, must use https://",
			"https://exa mple.com, is not a valid URL", "https:///path, no valid host name",
			"https://adb-1.azuredatabricks.net:80800, port 80800 is not from 1 to 65535",
			"adb-1.azuredatabricks.net:0, port 0 is not from 1 to 65535" })
	void explainsWhatIsWrong(String given, String problem) {
		assertThatIllegalArgumentException().isThrownBy(() -> DatabricksHost.of(given, false)).withMessageContaining(problem);
	}

}
