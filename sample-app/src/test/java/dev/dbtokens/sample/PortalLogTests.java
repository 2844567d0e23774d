package dev.dbtokens.sample;

import dev.dbtokens.test.AutoConfigureDatabricksEmulator;
import dev.dbtokens.test.DatabricksEmulator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal's log lines read as sentences: a token without a comment is logged as such, never as
 * {@code 'null'}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { PortalTestUsers.USER_PASSWORD_PROPERTY, PortalTestUsers.ADMIN_PASSWORD_PROPERTY })
@AutoConfigureDatabricksEmulator
@AutoConfigureWebTestClient(timeout = "30s")
@ExtendWith(OutputCaptureExtension.class)
class PortalLogTests {

	@Autowired
	WebTestClient web;

	@Autowired
	DatabricksEmulator databricksEmulator;

	@BeforeEach
	void resetEmulator() {
		this.databricksEmulator.reset();
	}

	@Test
	void logsATokenWithoutACommentAsSuch(CapturedOutput output) {
		String id = PortalTestUsers.asUser(this.web)
			.post()
			.uri("/tokens")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"lifetimeSeconds\": 3600}")
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(CreatedId.class)
			.returnResult()
			.getResponseBody()
			.id();
		assertThat(output.getAll()).contains("Portal user user created token " + id + " (no comment, expires ")
			.doesNotContain("'null'");
	}

	record CreatedId(String id) {
	}

}
