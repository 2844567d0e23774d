package dev.dbtokens.client;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the models read the wire and how they are written when an application returns them from its
 * own controllers (with a default Jackson 3 mapper, as Spring Boot's codecs use).
 */
class ModelJsonTests {

	private static final String WIRE_TOKEN = "{\"token_id\":\"t-1\",\"comment\":\"ci\",\"creation_time\":1000,"
			+ "\"expiry_time\":-1,\"scopes\":[\"sql\"],\"owner_id\":7}";

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void readsTheWireForm() {
		PublicTokenInfo token = this.json.readValue(WIRE_TOKEN, PublicTokenInfo.class);
		assertThat(token).isEqualTo(new PublicTokenInfo("t-1", "ci", Instant.ofEpochMilli(1000), null, List.of("sql")));
	}

	@Test
	void writesJavaNamesAndIsoTimesWhenAnApplicationReturnsATokenInfo() {
		PublicTokenInfo token = new PublicTokenInfo("t-1", "ci", Instant.ofEpochMilli(1000),
				Instant.parse("2030-01-01T00:00:00Z"), List.of("sql"));
		assertThat(this.json.writeValueAsString(token)).isEqualTo("{\"tokenId\":\"t-1\",\"comment\":\"ci\","
				+ "\"creationTime\":\"1970-01-01T00:00:01Z\",\"expiryTime\":\"2030-01-01T00:00:00Z\",\"scopes\":[\"sql\"]}");
	}

	@Test
	void writesJavaNamesForACreatedToken() {
		CreateTokenResponse created = this.json.readValue("{\"token_value\":\"dapi-value\",\"token_info\":" + WIRE_TOKEN + "}",
				CreateTokenResponse.class);
		assertThat(this.json.writeValueAsString(created)).startsWith("{\"tokenValue\":\"dapi-value\",\"tokenInfo\":{\"tokenId\":\"t-1\"")
			.doesNotContain("token_id");
	}

}
