package dev.dbtokens.emulator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The command line and the {@code ~/.databrickscfg} profile, without starting anything.
 */
class EmulatorOptionsTests {

	@Test
	void defaultsToAnyPortOnLoopbackInMemory() {
		EmulatorOptions options = EmulatorOptions.parse(List.of());
		assertThat(options.port()).isZero();
		assertThat(options.bindAddress()).isEqualTo("127.0.0.1");
		assertThat(options.dataDirectory()).isNull();
		assertThat(options.isRemote()).isFalse();
	}

	@Test
	void namesTheOptionThatIsWrong() {
		assertThatIllegalArgumentException().isThrownBy(() -> EmulatorOptions.parse(List.of("--port", "70000")))
			.withMessageContaining("--port");
		assertThatIllegalArgumentException().isThrownBy(() -> EmulatorOptions.parse(List.of("--data-dir")))
			.withMessageContaining("--data-dir needs a value");
		assertThatIllegalArgumentException().isThrownBy(() -> EmulatorOptions.parse(List.of("--verbose")))
			.withMessageContaining("'--verbose'");
		assertThatIllegalArgumentException().isThrownBy(() -> EmulatorOptions.parse(List.of("--bind", "example.com")))
			.withMessageContaining("IP address");
	}

	@Test
	void bindsBeyondLoopbackOnlyWhenAllowed() {
		assertThatIllegalArgumentException().isThrownBy(() -> EmulatorOptions.parse(List.of("--bind", "0.0.0.0")))
			.withMessageContaining("--allow-remote");
		assertThat(EmulatorOptions.parse(List.of("--bind", "0.0.0.0", "--allow-remote")).isRemote()).isTrue();
		assertThat(EmulatorOptions.parse(List.of("--bind", "::1")).isRemote()).isFalse();
	}

	@Test
	void replacesItsProfileAndKeepsTheOthers(@TempDir Path dir) throws Exception {
		Path file = Files.writeString(dir.resolve("databrickscfg"), """
				[DEFAULT]
				host = https://real.cloud.databricks.com

				[emulator]
				host = http://127.0.0.1:1
				token = old
				""");
		ConfigProfile.write(file, "emulator", "http://127.0.0.1:2", "dapi-new");
		assertThat(Files.readString(file)).contains("[DEFAULT]", "https://real.cloud.databricks.com",
				"host  = http://127.0.0.1:2", "token = dapi-new")
			.doesNotContain("old", ":1\n");
		assertThatIllegalArgumentException().isThrownBy(() -> ConfigProfile.write(file, "bad name", "h", "t"))
			.withMessageContaining("--write-profile");
	}

	@Test
	void writesTheFileTheSdksRead() {
		assertThat(ConfigProfile.defaultFile(Map.of("DATABRICKS_CONFIG_FILE", "/tmp/x.cfg"))).isEqualTo(Path.of("/tmp/x.cfg"));
		assertThat(ConfigProfile.defaultFile(Map.of()).getFileName().toString()).isEqualTo(".databrickscfg");
	}

}
