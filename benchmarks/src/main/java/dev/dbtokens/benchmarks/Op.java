package dev.dbtokens.benchmarks;

/**
 * The Token API calls every contender makes. The list size is the server's: {@link #LIST_500}
 * goes to the listener that answers 500 tokens.
 */
enum Op {

	LIST_10("list 10"), LIST_500("list 500"), CREATE("create"), DELETE("delete");

	static final String TOKEN_ID = "0000000000000000000000000000000000000000000000000000000000000001";

	static final long LIFETIME_SECONDS = 3600;

	private final String label;

	Op(String label) {
		this.label = label;
	}

	/** How many tokens a list answer holds, or 1 for a create. */
	int expectedItems() {
		return switch (this) {
			case LIST_10 -> 10;
			case LIST_500 -> 500;
			case CREATE -> 1;
			case DELETE -> 0;
		};
	}

	String label() {
		return this.label;
	}

}
