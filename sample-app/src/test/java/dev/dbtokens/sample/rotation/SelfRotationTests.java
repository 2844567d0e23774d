package dev.dbtokens.sample.rotation;

import java.time.Duration;

import dev.dbtokens.client.DatabricksCredentialsProvider;
import dev.dbtokens.client.TokensClient;
import dev.dbtokens.client.rotation.RotatedToken;
import dev.dbtokens.client.rotation.TokenRotation;
import dev.dbtokens.client.rotation.TokenRotationRegistry;
import dev.dbtokens.test.AutoConfigureDatabricksEmulator;
import dev.dbtokens.test.DatabricksEmulator;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With {@code sample.rotate-own-token=true} the sample authenticates with its own rotated tokens.
 */
@SpringBootTest(properties = "sample.rotate-own-token=true")
@AutoConfigureDatabricksEmulator
class SelfRotationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	TokenRotationRegistry rotations;

	@Autowired
	TokensClient client;

	@Autowired
	DatabricksEmulator emulator;

	@Test
	void switchesToTheRotatedTokenAndKeepsWorking() {
		assertThat(this.context.getBeansOfType(DatabricksCredentialsProvider.class)).hasSize(1)
			.allSatisfy((name, bean) -> assertThat(bean).isInstanceOf(SelfRotatingCredentials.class));

		// The rotation's first check runs as the context starts; a concurrent checkNow() would skip.
		TokenRotation rotation = this.rotations.get(SelfRotatingCredentials.ROTATION);
		await().atMost(Duration.ofSeconds(20)).until(() -> rotation.current().isPresent());
		RotatedToken rotated = rotation.current().orElseThrow();
		DatabricksCredentialsProvider credentials = this.context.getBean(DatabricksCredentialsProvider.class);
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(credentials.authorizationHeader().block()).isEqualTo("Bearer " + rotated.value()));
		assertThat(rotated.value()).isNotEqualTo(this.emulator.defaultToken());
		assertThat(this.client.blocking().list()).extracting((info) -> info.tokenId()).contains(rotated.info().tokenId());
		assertThat(rotated.info().comment()).isEqualTo("rotation:self@" + rotation.instanceId());
	}

}
