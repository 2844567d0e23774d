package dev.dbtokens.test.lifecycle;

import java.util.List;

import dev.dbtokens.test.DatabricksEmulator;
import dev.dbtokens.test.EmulatedToken;

/**
 * The live tokens of a rotation in the emulator: those of every instance ({@code <tag>@<instance
 * id>}) and those with the bare tag.
 */
final class RotationTokens {

	private RotationTokens() {
	}

	static List<EmulatedToken> tagged(DatabricksEmulator emulator, String tag) {
		return emulator.tokens(DatabricksEmulator.DEFAULT_PRINCIPAL)
			.stream()
			.filter((token) -> tag.equals(token.comment()) || (token.comment() != null && token.comment().startsWith(tag + "@")))
			.toList();
	}

}
