package dev.dbtokens.test;

import dev.dbtokens.test.WireClient.Reply;
import io.netty.handler.codec.http.HttpMethod;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Paths and methods the emulator does not serve.
 */
class RoutingTests {

	@RegisterExtension
	static DatabricksEmulatorExtension databricks = new DatabricksEmulatorExtension();

	private WireClient client;

	@BeforeEach
	void connect() {
		this.client = new WireClient(databricks.emulator());
	}

	@Test
	void answersEndpointNotFoundForUnknownPath() {
		Reply reply = this.client.get("/api/2.0/clusters/list", databricks.defaultToken());
		assertThat(reply.status()).isEqualTo(404);
		assertThat(reply.errorCode()).isEqualTo("ENDPOINT_NOT_FOUND");
		assertThat(reply.json().path("message").asString()).contains("/api/2.0/clusters/list");
	}

	@Test
	void answersEndpointNotFoundBeforeCheckingAuthentication() {
		assertThat(this.client.get("/.well-known/databricks-config", null).errorCode())
			.isEqualTo("ENDPOINT_NOT_FOUND");
	}

	@Test
	void answersMethodNotAllowedWithTheAllowedMethod() {
		Reply reply = this.client.get("/api/2.0/token/create", databricks.defaultToken());
		assertThat(reply.status()).isEqualTo(405);
		assertThat(reply.headers().get("Allow")).isEqualTo("POST");
		assertThat(reply.json().has("error_code")).isTrue();
		Reply put = this.client.send(HttpMethod.PUT, "/api/2.0/token/some-id", databricks.defaultToken(), "{}");
		assertThat(put.status()).isEqualTo(405);
		assertThat(put.headers().get("Allow")).isEqualTo("PATCH");
	}

	@Test
	void ignoresTheQueryString() {
		assertThat(this.client.get("/api/2.0/token/list?x=1", databricks.defaultToken()).status()).isEqualTo(200);
	}

}
