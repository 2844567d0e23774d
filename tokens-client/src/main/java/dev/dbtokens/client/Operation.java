package dev.dbtokens.client;

/**
 * The Token API operations, named as in error messages ({@code token/create failed: …}).
 */
enum Operation {

	CREATE("token/create"), DELETE("token/delete"), LIST("token/list"),

	/** The path is a URI template: expand it with the token id. */
	UPDATE("token/{token_id}");

	private final String path;

	Operation(String path) {
		this.path = path;
	}

	String path() {
		return "/api/2.0/" + this.path;
	}

	/** Whether a successful answer carries a secret, so that no excerpt of it may be shown. */
	boolean answerCarriesSecret() {
		return this == CREATE;
	}

	@Override
	public String toString() {
		return this.path;
	}

}
