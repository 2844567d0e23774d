package dev.dbtokens.client;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.dbtokens.client.RetryRules.Verdict;
import dev.dbtokens.client.error.DatabricksApiException;
import dev.dbtokens.client.error.DeadlineExceededException;
import dev.dbtokens.client.error.TokenCreationOutcomeUnknownException;
import org.jspecify.annotations.Nullable;

/**
 * Makes the exception a call ends with: the last attempt's typed exception with the number of
 * attempts in its message and the earlier failures as suppressed exceptions; for a create that may
 * have made a token, the explanation of how to find and revoke it. Never quotes a secret.
 */
final class CallFailures {

	private final Operation operation;

	private final String host;

	private final @Nullable String comment;

	private final Instant requestedAt;

	private final Duration timeout;

	CallFailures(Operation operation, String host, @Nullable String comment, Instant requestedAt, Duration timeout) {
		this.operation = operation;
		this.host = host;
		this.comment = comment;
		this.requestedAt = requestedAt;
		this.timeout = timeout;
	}

	Operation operation() {
		return this.operation;
	}

	RuntimeException afterAttempts(Verdict verdict, Throwable last, List<Throwable> earlier, int attempts,
			boolean stoppedByDeadline) {
		String note = note(attempts, stoppedByDeadline);
		if (verdict == Verdict.OUTCOME_UNKNOWN) {
			DatabricksApiException api = (DatabricksApiException) last;
			String what = api.getMessage().replaceFirst("^" + this.operation + " failed: ", "");
			return outcomeUnknown(what + note, api.httpStatus(), api.requestId(), last, earlier);
		}
		if (!(last instanceof DatabricksApiException api)) {
			earlier.forEach(last::addSuppressed);
			return (last instanceof RuntimeException runtime) ? runtime : new IllegalStateException(last);
		}
		String message = api.getMessage() + note;
		if (verdict == Verdict.FAIL_TOKEN_MAY_EXIST) {
			message += ". The server may have created the token before it failed: " + howToRevoke();
		}
		if (message.equals(api.getMessage())) {
			return api;
		}
		DatabricksApiException amended = ErrorMapper.withMessage(api, message);
		earlier.forEach(amended::addSuppressed);
		return amended;
	}

	RuntimeException deadline(boolean requestMayBeInFlight, @Nullable Throwable last, List<Throwable> earlier, int attempts) {
		String within = "within the call timeout of " + format(this.timeout) + attemptsNote(attempts);
		if (this.operation.createsToken() && requestMayBeInFlight) {
			return outcomeUnknown("no answer " + within, 0, null, last, earlier);
		}
		String lastFailure = (last != null) ? "; last failure: " + last.getMessage() : "";
		DeadlineExceededException ex = new DeadlineExceededException(
				this.operation + " failed: no result " + within + lastFailure, "", 0, null, last);
		earlier.forEach(ex::addSuppressed);
		return ex;
	}

	private TokenCreationOutcomeUnknownException outcomeUnknown(String what, int status, @Nullable String requestId,
			@Nullable Throwable cause, List<Throwable> earlier) {
		TokenCreationOutcomeUnknownException ex = new TokenCreationOutcomeUnknownException(this.operation
				+ " outcome unknown: " + what + ". The request may have reached " + this.host + " and created a token: "
				+ howToRevoke(), status, requestId, cause, this.comment, this.requestedAt);
		earlier.forEach(ex::addSuppressed);
		return ex;
	}

	private String howToRevoke() {
		String since = " created at or after " + this.requestedAt + " (client clock)";
		String client = (this.operation == Operation.CREATE_ON_BEHALF_OF) ? "TokenManagementClient" : "TokensClient";
		if (this.comment == null) {
			return "a token without a comment may exist. Do not simply retry: list the tokens (" + client + ".list()), look at "
					+ "those without a comment" + since + ", and revoke the one this call made with " + client + ".delete(tokenId), "
					+ "as nobody holds its value. Give each create a unique comment to make this easy";
		}
		String quoted = "\"" + Redaction.scrub(this.comment) + "\"";
		return "a token with comment " + quoted + " may exist. Do not simply retry: list the tokens (" + client + ".list()), "
				+ "find the one with comment " + quoted + since + ", and revoke it with " + client + ".delete(tokenId), as nobody "
				+ "holds its value";
	}

	private String note(int attempts, boolean stoppedByDeadline) {
		if (stoppedByDeadline) {
			return " (" + ((attempts > 1) ? "after " + attempts + " attempts; " : "")
					+ "not retried: the next attempt would start after the call timeout of " + format(this.timeout) + ")";
		}
		return attemptsNote(attempts);
	}

	private static String attemptsNote(int attempts) {
		return (attempts > 1) ? " (after " + attempts + " attempts)" : "";
	}

	/** Formats a duration as a property would be written: {@code 300ms}, {@code 45s}, {@code 5m}. */
	static String format(Duration duration) {
		long millis = duration.toMillis();
		if (millis >= 60_000 && millis % 60_000 == 0) {
			return (millis / 60_000) + "m";
		}
		if (millis >= 1_000 && millis % 1_000 == 0) {
			return (millis / 1_000) + "s";
		}
		return (millis > 0 || duration.isZero()) ? millis + "ms" : duration.toNanos() + "ns";
	}

}
