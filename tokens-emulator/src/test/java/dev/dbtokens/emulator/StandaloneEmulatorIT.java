package dev.dbtokens.emulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar, started with {@code java -jar} as a user starts it, driven by the official
 * Databricks Java SDK in a JVM of its own that knows nothing but the exported environment.
 */
class StandaloneEmulatorIT {

	private final HttpClient http = HttpClient.newHttpClient();

	@TempDir
	Path dir;

	@Test
	void theSdkConfiguredOnlyByTheExportsCreatesListsAndDeletes() throws Exception {
		try (EmulatorProcess emulator = EmulatorProcess.start(this.dir.resolve("emulator.log"))) {
			Map<String, String> env = emulator.sdkEnvironment();
			String id = created(EmulatorProcess.sdk(env, home(), "create", "from-the-sdk"));
			assertThat(EmulatorProcess.sdk(env, home(), "list")).contains("token " + id + " from-the-sdk");
			EmulatorProcess.sdk(env, home(), "delete", id);
			assertThat(EmulatorProcess.sdk(env, home(), "list")).noneMatch((line) -> line.contains(id));
		}
	}

	@Test
	void keepsTokensAcrossARestartOnTheSameDataDirectory() throws Exception {
		Path data = this.dir.resolve("data");
		String id;
		try (EmulatorProcess first = EmulatorProcess.start(this.dir.resolve("first.log"), "--data-dir", data.toString())) {
			id = created(EmulatorProcess.sdk(first.sdkEnvironment(), home(), "create", "survivor"));
			first.stop();
		}
		try (EmulatorProcess second = EmulatorProcess.start(this.dir.resolve("second.log"), "--data-dir",
				data.toString())) {
			assertThat(EmulatorProcess.sdk(second.sdkEnvironment(), home(), "list")).contains("token " + id + " survivor");
		}
	}

	@Test
	void refusesASecondEmulatorOnTheSameDataDirectoryNamingIt() throws Exception {
		Path data = this.dir.resolve("shared");
		try (EmulatorProcess first = EmulatorProcess.start(this.dir.resolve("first.log"), "--data-dir", data.toString())) {
			assertThat(first.exports()).containsKey("DATABRICKS_HOST");
			Path log = this.dir.resolve("second.log");
			assertThat(EmulatorProcess.run(log, "--data-dir", data.toString())).isEqualTo(1);
			assertThat(Files.readString(log)).contains("Another emulator is using the data directory "
					+ data.toAbsolutePath());
		}
	}

	@Test
	void theAdminApiRefusesCallsWithoutItsKeyAndDatabricksPathsRefuseTheKey() throws Exception {
		try (EmulatorProcess emulator = EmulatorProcess.start(this.dir.resolve("emulator.log"), "--admin-key",
				"an-admin-key-for-this-test")) {
			String host = emulator.exports().get("DATABRICKS_HOST");
			String token = emulator.exports().get("DATABRICKS_TOKEN");
			assertThat(emulator.exports()).containsEntry("DATABRICKS_EMULATOR_ADMIN_KEY", "an-admin-key-for-this-test");
			assertThat(get(host + "/__emulator/tokens", null).statusCode()).isEqualTo(401);
			assertThat(get(host + "/__emulator/tokens", token).statusCode()).isEqualTo(401);
			assertThat(get(host + "/__emulator/tokens", "an-admin-key-for-this-test").statusCode()).isEqualTo(200);
			HttpResponse<String> refused = get(host + "/api/2.0/token/list", "an-admin-key-for-this-test");
			assertThat(refused.statusCode()).isEqualTo(403);
			assertThat(refused.body()).contains("PERMISSION_DENIED");
			HttpResponse<String> unknown = get(host + "/api/2.0/clusters/list", token);
			assertThat(unknown.statusCode()).isEqualTo(404);
			assertThat(unknown.body()).contains("ENDPOINT_NOT_FOUND");
		}
	}

	@Test
	void seedsFromAFileAndWritesAProfileTheSdkReads() throws Exception {
		Path seed = Files.writeString(this.dir.resolve("seed.json"),
				"{\"admins\": [{\"name\": \"admin@example.com\", \"token\": \"dapi-seeded-admin-0001\"}]}");
		Path config = this.dir.resolve("databrickscfg");
		try (EmulatorProcess emulator = EmulatorProcess.start(this.dir.resolve("emulator.log"), "--seed",
				seed.toString(), "--write-profile", "emulator", "--config-file", config.toString())) {
			String host = emulator.exports().get("DATABRICKS_HOST");
			assertThat(get(host + "/api/2.0/token-management/tokens", "dapi-seeded-admin-0001").statusCode())
				.isEqualTo(200);
			assertThat(Files.readString(config)).contains("[emulator]", "host  = " + host);
			Map<String, String> profileOnly = Map.of("DATABRICKS_CONFIG_FILE", config.toString(),
					"DATABRICKS_CONFIG_PROFILE", "emulator");
			assertThat(created(EmulatorProcess.sdk(profileOnly, home(), "create", "by-profile"))).isNotBlank();
		}
	}

	@Test
	void refusesANonLoopbackBindWithoutTheExplicitFlag() throws Exception {
		Path log = this.dir.resolve("bind.log");
		assertThat(EmulatorProcess.run(log, "--bind", "0.0.0.0")).isEqualTo(2);
		assertThat(Files.readString(log)).contains("--allow-remote");
	}

	private Path home() throws IOException {
		return Files.createDirectories(this.dir.resolve("home"));
	}

	private static String created(List<String> lines) {
		return lines.stream()
			.filter((line) -> line.startsWith("created "))
			.map((line) -> line.substring(8))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No 'created' line in " + lines));
	}

	private HttpResponse<String> get(String url, String bearer) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
		if (bearer != null) {
			request.header("Authorization", "Bearer " + bearer);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
