package dev.dbtokens.test.lifecycle;

import java.time.Duration;
import java.util.List;

import dev.dbtokens.client.TokensClient;
import dev.dbtokens.test.DatabricksEmulator;
import dev.dbtokens.test.EmulatedToken;
import org.jspecify.annotations.Nullable;

/**
 * The live tokens of a rotation in the emulator: those of every instance ({@code <tag>@<instance
 * id>}) and those with the bare tag; and tokens made beside the rotation under test.
 */
final class RotationTokens {

	private RotationTokens() {
	}

	/**
	 * Creates a token of the emulator's default principal, as a replica or a person other than
	 * the rotation under test would.
	 * @return its id
	 */
	static String created(DatabricksEmulator emulator, String comment, @Nullable Duration lifetime) {
		return TokensClient.builder()
			.host(emulator.baseUrl())
			.token(emulator.defaultToken())
			.build()
			.create(comment, lifetime)
			.block()
			.tokenInfo()
			.tokenId();
	}

	static List<EmulatedToken> tagged(DatabricksEmulator emulator, String tag) {
		return emulator.tokens(DatabricksEmulator.DEFAULT_PRINCIPAL)
			.stream()
			.filter((token) -> tag.equals(token.comment()) || (token.comment() != null && token.comment().startsWith(tag + "@")))
			.toList();
	}

}
