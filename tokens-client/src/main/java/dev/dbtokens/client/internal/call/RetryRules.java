package dev.dbtokens.client.internal.call;

import dev.dbtokens.client.error.DatabricksApiException;
import dev.dbtokens.client.internal.call.CredentialsFailureException;

/**
 * The one place that decides what a failed attempt means for its call, per operation, and why that
 * is safe. A retry is a second request: it is only safe when a second request cannot do harm that
 * the first did not. {@code list} only reads. {@code delete} of the same id twice leaves the same
 * state (the second answers {@code RESOURCE_DOES_NOT_EXIST}). {@code create} twice makes two live
 * tokens, one of them lost: it is only repeated when the server provably did not act.
 *
 * <p>The Token Management operations follow the same three rules. {@code token-management/list},
 * {@code get}, the permission reads and {@code workspace-conf/get} only read. {@code update} (of a
 * token's comment or scopes), {@code permissions/tokens/set} (replace the list), {@code update}
 * (add grants: adding the same grants twice leaves the same list) and {@code workspace-conf/set}
 * set values, so a second request leaves what the first did. {@code token-management/delete} is
 * delete by id: {@code RESOURCE_DOES_NOT_EXIST} or {@code NOT_FOUND} after a lost attempt means
 * that attempt revoked the token. {@code on-behalf-of/create} makes a token like {@code create}:
 * never repeated once it may have acted.
 */
public final class RetryRules {

	/** What to do after a failed attempt. */
	public enum Verdict {

		/** Try again, if attempts and time are left. */
		RETRY,

		/** The call has in fact succeeded: complete normally. */
		SUCCEED,

		/** Surface the failure. */
		FAIL,

		/** Surface the failure, saying that a token may have been created. */
		FAIL_TOKEN_MAY_EXIST,

		/** Surface {@code TokenCreationOutcomeUnknownException}: a token may exist and nobody has its value. */
		OUTCOME_UNKNOWN

	}

	private RetryRules() {
	}

	/**
	 * Decides after a failed attempt.
	 * @param operation the operation of the call
	 * @param failure the attempt's typed exception, or a local failure
	 * @param delivery how far the request got
	 * @param earlierOutcomeUnknown whether an earlier attempt of this call may have acted unseen
	 * @return the verdict
	 */
	public static Verdict decide(Operation operation, Throwable failure, Delivery delivery, boolean earlierOutcomeUnknown) {
		switch (delivery) {
			case LOCAL:
				// Failed in this client (the credentials could not be obtained, the body could not be
				// encoded): no request went to the workspace, so the outcome is known whatever the token
				// request met. The same input fails the same way again, unless the token endpoint only
				// failed in passing.
				return (failure instanceof CredentialsFailureException credentials) ? decideCredentials(credentials) : Verdict.FAIL;
			case NOT_SENT:
				// Connect refused or timed out, unknown host, no pooled connection: nothing was
				// written, so the server cannot have acted. Safe for every operation, create included.
				return Verdict.RETRY;
			case NO_ANSWER:
				// The request may have been processed. Reading again is harmless; revoking again is
				// too (see the RESOURCE_DOES_NOT_EXIST rule below); creating again could make a second token.
				return operation.createsToken() ? Verdict.OUTCOME_UNKNOWN : Verdict.RETRY;
			default:
				return decideAnswer(operation, (DatabricksApiException) failure, earlierOutcomeUnknown);
		}
	}

	/**
	 * Whether a failed attempt may have been carried out by the server all the same: no answer came
	 * back, or a gateway gave up waiting for the server (504), which may still have acted. A later
	 * "no such token" to a revoke then means that attempt revoked it.
	 */
	public static boolean mayHaveActed(Throwable failure, Delivery delivery) {
		return delivery == Delivery.NO_ANSWER
				|| (delivery == Delivery.ANSWERED && failure instanceof DatabricksApiException answer && answer.httpStatus() == 504);
	}

	/**
	 * The credentials could not be obtained. Nothing went to the workspace, so trying again is safe
	 * for every operation, {@code create} included; it is worth it only when the token endpoint (or
	 * discovery) was throttled or briefly failing (429, 500, 502, 503, 504) or did not answer (no
	 * connection, a reset, a timeout). A refusal (400, 401, 403: e.g. {@code invalid_client}), a
	 * missing endpoint, an unreadable or unsafe answer: the same request gets the same answer.
	 */
	private static Verdict decideCredentials(CredentialsFailureException failure) {
		int status = failure.httpStatus();
		if (status == 429 || status == 500 || status == 502 || status == 503 || status == 504) {
			return Verdict.RETRY;
		}
		Throwable cause = failure.getCause();
		return (status == 0 && cause != null && Delivery.isNetworkFault(cause)) ? Verdict.RETRY : Verdict.FAIL;
	}

	private static Verdict decideAnswer(Operation operation, DatabricksApiException answer, boolean earlierOutcomeUnknown) {
		int status = answer.httpStatus();
		String code = answer.errorCode();
		if (code.equals("QUOTA_EXCEEDED")) {
			// Too many tokens: only revoking some helps, waiting does not. Nothing was created.
			return Verdict.FAIL;
		}
		if (status == 429 || status == 503) {
			// Throttled or unavailable: the request was turned away before it was processed, so
			// even create may be sent again.
			return Verdict.RETRY;
		}
		if (operation.revokes() && earlierOutcomeUnknown && (code.equals("RESOURCE_DOES_NOT_EXIST") || code.equals("NOT_FOUND"))) {
			// An earlier attempt may have been carried out unseen (see mayHaveActed): "no such token"
			// now means that attempt revoked it.
			return Verdict.SUCCEED;
		}
		if (operation.createsToken()) {
			// 2xx without an error code: the server made the token, but its answer could not be
			// read. 5xx (500, 502, 504…): the server or a gateway failed after the request may have
			// been processed. Neither may be repeated. 4xx: the request was rejected, no token.
			if (status < 300 && code.isEmpty()) {
				return Verdict.OUTCOME_UNKNOWN;
			}
			return (status >= 500) ? Verdict.FAIL_TOKEN_MAY_EXIST : Verdict.FAIL;
		}
		if (status == 504 || (status == 500 && code.equals("TEMPORARILY_UNAVAILABLE"))) {
			// A gateway gave up waiting, or the service says it is briefly unavailable: list and
			// delete are safe to repeat.
			return Verdict.RETRY;
		}
		// Anything else (4xx, other 5xx, an unreadable success): the same request gets the same answer.
		return Verdict.FAIL;
	}

}
