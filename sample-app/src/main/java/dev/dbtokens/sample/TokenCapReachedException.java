package dev.dbtokens.sample;

/**
 * A create refused because the signed-in user already holds {@code sample.max-tokens-per-user}
 * live tokens; nothing was created on the workspace.
 */
public class TokenCapReachedException extends RuntimeException {

	private final int cap;

	private final long held;

	/**
	 * Creates the exception.
	 * @param cap the most live tokens one user may hold
	 * @param held how many the user holds now, at least {@code cap}
	 */
	public TokenCapReachedException(int cap, long held) {
		super("You have " + held + " live tokens and each portal user may have at most " + cap
				+ ": revoke " + ((held - cap + 1 == 1) ? "one" : String.valueOf(held - cap + 1))
				+ " of your tokens first, then create the new one");
		this.cap = cap;
		this.held = held;
	}

	/**
	 * Returns the most live tokens one user may hold.
	 * @return the cap
	 */
	public int cap() {
		return this.cap;
	}

	/**
	 * Returns how many live tokens the user holds.
	 * @return the count
	 */
	public long held() {
		return this.held;
	}

}
