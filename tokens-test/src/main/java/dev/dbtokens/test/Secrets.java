package dev.dbtokens.test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Random token values, ids and credentials in the shapes Databricks uses.
 */
final class Secrets {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final HexFormat HEX = HexFormat.of();

	private Secrets() {
	}

	/** A personal access token value: {@code dapi} and 32 hex digits. */
	static String patValue() {
		return "dapi" + hex(16);
	}

	/** A token id: 64 hex digits, like the real service's. */
	static String tokenId() {
		return hex(32);
	}

	static String clientId() {
		return UUID.randomUUID().toString();
	}

	/** A client secret: {@code dose} and 32 hex digits. */
	static String clientSecret() {
		return "dose" + hex(16);
	}

	/** An opaque OAuth access token (the real ones are JWTs; clients must not parse them). */
	static String accessToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * The SHA-256 of a secret, in hex: what secrets are looked up by, so that a lookup's time
	 * tells nothing about how much of a guessed value was right.
	 */
	static String fingerprint(String secret) {
		try {
			return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256.", ex);
		}
	}

	/** Compares two secrets in constant time (for their length). */
	static boolean matches(String expected, String actual) {
		return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
				actual.getBytes(StandardCharsets.UTF_8));
	}

	private static String hex(int bytes) {
		byte[] random = new byte[bytes];
		RANDOM.nextBytes(random);
		return HEX.formatHex(random);
	}

}
