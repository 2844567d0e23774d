package dev.dbtokens.client;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

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
	void aTokenHasExpiredFromItsExpiryInstantOnAndANeverExpiringOneNever() {
		Instant expiry = Instant.parse("2030-01-01T00:00:00Z");
		PublicTokenInfo token = new PublicTokenInfo("t-1", null, null, expiry, List.of());
		assertThat(token.isExpiredAt(expiry.minusMillis(1))).isFalse();
		assertThat(token.isExpiredAt(expiry)).isTrue();
		assertThat(token.isExpiredAt(expiry.plusMillis(1))).isTrue();
		assertThat(new PublicTokenInfo("t-2", null, null, null, List.of()).isExpiredAt(Instant.MAX)).isFalse();
	}

	@Test
	void refusesATokenWithoutIdAndReadsMissingScopesAsNone() {
		for (String id : new String[] { null, "" }) {
			assertThatIllegalArgumentException().isThrownBy(() -> new PublicTokenInfo(id, "c", null, null, List.of()))
				.withMessage("token_id is missing");
		}
		assertThat(this.json.readValue("{\"token_id\":\"t-1\",\"scopes\":null}", PublicTokenInfo.class).scopes()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "1700000000000", "\"1700000000000\"", "1700000000000.0", "1.7E12", "1700000000000.000" })
	void readsAnInt64TimeInEveryFormTheWireUses(String creationTime) {
		PublicTokenInfo token = this.json.readValue("{\"token_id\":\"t-1\",\"creation_time\":" + creationTime + "}", PublicTokenInfo.class);
		assertThat(token.creationTime()).isEqualTo(Instant.ofEpochMilli(1_700_000_000_000L));
	}

	@ParameterizedTest
	@ValueSource(strings = { "18446744073709551615", "99999999999999999999999", "\"9223372036854775808\"", "1.5", "1e19", "-5",
			"-9223372036854775808" })
	void refusesAnExpiryThatIsNotAnExactTimeRatherThanRoundingOrWrappingIt(String expiryTime) {
		assertThatExceptionOfType(DatabindException.class)
			.isThrownBy(() -> this.json.readValue("{\"token_id\":\"t-1\",\"expiry_time\":" + expiryTime + "}", PublicTokenInfo.class))
			.withMessageContaining("expiry_time is not");
	}

	@Test
	void readsTheLargestInt64IdAndRefusesOneBeyondIt() {
		String admin = "{\"token_id\":\"t-1\",\"owner_id\":";
		assertThat(this.json.readValue(admin + "9223372036854775807}", TokenInfo.class).ownerId()).isEqualTo(Long.MAX_VALUE);
		assertThatExceptionOfType(DatabindException.class).isThrownBy(() -> this.json.readValue(admin + "9223372036854775808}", TokenInfo.class))
			.withMessageContaining("owner_id is not an integer in the int64 range: 9223372036854775808");
		assertThatExceptionOfType(DatabindException.class).isThrownBy(() -> this.json.readValue(admin + "1.5}", TokenInfo.class))
			.withMessageContaining("owner_id is not an integer in the int64 range: 1.5");
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

	@Test
	void readsTheAdminWireFormAndWritesJavaNamesForATokenInfo() {
		TokenInfo token = this.json.readValue("{\"token_id\":\"t-1\",\"creation_time\":\"1000\",\"expiry_time\":-1,"
				+ "\"created_by_id\":\"42\",\"created_by_username\":\"a@b.com\",\"owner_id\":7,\"workspace_id\":9,"
				+ "\"last_used_day\":86400000,\"inferred_scopes\":[\"x\"]}", TokenInfo.class);
		assertThat(token).isEqualTo(new TokenInfo("t-1", null, Instant.ofEpochMilli(1000), null, 42, "a@b.com", 7, 9,
				Instant.parse("1970-01-02T00:00:00Z"), List.of()));
		assertThat(this.json.writeValueAsString(token)).startsWith("{\"tokenId\":\"t-1\"")
			.contains("\"createdById\":42", "\"lastUsedDay\":\"1970-01-02T00:00:00Z\"")
			.doesNotContain("token_id");
	}

}
