package dev.dbtokens.sample.web;

/**
 * A request to this service that is wrong before Databricks is asked; answered with 400.
 */
class InvalidTokenRequestException extends RuntimeException {

	InvalidTokenRequestException(String message) {
		super(message);
	}

}
