package dev.dbtokens.test;

/**
 * A user known to the emulator, with the personal access token it was seeded with.
 *
 * <p>The seed token is a real token of that user: it authenticates, shows in
 * {@code token/list}, counts towards the quota and can be revoked through
 * {@code token/delete} (until {@link DatabricksEmulator#reset()} restores it).
 *
 * @param name the principal's name, as shown in the journal
 * @param token the seed personal access token (never printed by {@link #toString()})
 */
public record Principal(String name, String token) {

	/**
	 * Returns the name only: the token stays out of logs and assertion messages.
	 * @return a description without the token
	 */
	@Override
	public String toString() {
		return "Principal[name=" + this.name + ", token=***]";
	}

}
