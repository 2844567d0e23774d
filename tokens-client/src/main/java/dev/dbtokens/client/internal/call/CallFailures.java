package dev.dbtokens.client.internal.call;

import java.time.Duration;
import java.time.Instant;

import dev.dbtokens.client.error.DatabricksApiException;
import dev.dbtokens.client.error.DeadlineExceededException;
import dev.dbtokens.client.error.TokenCreationOutcomeUnknownException;
import dev.dbtokens.client.internal.call.ErrorMapper;
import dev.dbtokens.client.internal.call.RetryRules.Verdict;
import dev.dbtokens.client.internal.wire.Redaction;
import org.jspecify.annotations.Nullable;

/**
 * Makes the exception a call ends with: the last attempt's typed exception, its message ending with
 * the number of attempts and what the earlier ones saw, one short summary each kind; for a create
 * that may have made a token, the explanation of how to find and revoke it. Earlier attempts are
 * summarised, never attached as suppressed exceptions. Never quotes a secret.
 */
public final class CallFailures {

	/** The longest summary of one attempt's failure, in characters. */
	public static final int MAX_SUMMARY = 160;

	private static final StackTraceElement[] NO_TRACE = new StackTraceElement[0];

	private final Operation operation;

	private final String host;

	private final @Nullable String comment;

	private final Instant requestedAt;

	private final Duration timeout;

	public CallFailures(Operation operation, String host, @Nullable String comment, Instant requestedAt, Duration timeout) {
		this.operation = operation;
		this.host = host;
		this.comment = comment;
		this.requestedAt = requestedAt;
		this.timeout = timeout;
	}

	public Operation operation() {
		return this.operation;
	}

	public RuntimeException afterAttempts(Verdict verdict, Throwable last, AttemptHistory earlier, int attempts,
			boolean stoppedByDeadline) {
		String note = note(summary(last), earlier, attempts, stoppedByDeadline);
		if (verdict == Verdict.OUTCOME_UNKNOWN) {
			DatabricksApiException api = (DatabricksApiException) last;
			return outcomeUnknown(withoutOperation(api.getMessage()) + note, api.httpStatus(), api.requestId(), last);
		}
		if (!(last instanceof DatabricksApiException api)) {
			return (last instanceof RuntimeException runtime) ? runtime : new IllegalStateException(last);
		}
		String message = api.getMessage() + note;
		if (verdict == Verdict.FAIL_TOKEN_MAY_EXIST) {
			message += ". The server may have created the token before it failed: " + howToRevoke();
		}
		return message.equals(api.getMessage()) ? api : ErrorMapper.withMessage(api, message);
	}

	public RuntimeException deadline(boolean requestMayBeInFlight, @Nullable Throwable last, AttemptHistory attempts, int started) {
		String within = "within the call timeout of " + format(this.timeout)
				+ ((started > 1) ? " (after " + started + " attempts)" : "");
		String seen = attempts.isEmpty() ? "" : "; failed attempts: " + attempts.describe();
		if (this.operation.createsToken() && requestMayBeInFlight) {
			return outcomeUnknown("no answer " + within + seen, 0, null, last);
		}
		return new DeadlineExceededException(this.operation + " failed: no result " + within + seen, "", 0, null, last);
	}

	/**
	 * Drops the trace of an exception this client made: it was made on a Reactor or Netty thread,
	 * and its eighty-odd frames of operators say nothing that the message does not. Where the
	 * caller waited, {@code block()} adds its own trace as a suppressed exception.
	 */
	public static RuntimeException withoutTrace(RuntimeException ex) {
		if (ex instanceof DatabricksApiException) {
			ex.setStackTrace(NO_TRACE);
		}
		return ex;
	}

	/** One attempt's failure in one short line, without the operation. */
	public String summary(Throwable failure) {
		String message = (failure.getMessage() != null) ? withoutOperation(failure.getMessage()) : failure.getClass().getSimpleName();
		message = message.replaceAll("\\s+", " ").strip();
		return (message.length() > MAX_SUMMARY) ? message.substring(0, MAX_SUMMARY - 1) + "…" : message;
	}

	private String withoutOperation(String message) {
		String prefix = this.operation + " failed: ";
		return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
	}

	private TokenCreationOutcomeUnknownException outcomeUnknown(String what, int status, @Nullable String requestId,
			@Nullable Throwable cause) {
		return new TokenCreationOutcomeUnknownException(this.operation + " outcome unknown: " + what
				+ ". The request may have reached " + this.host + " and created a token: " + howToRevoke(), status, requestId, cause,
				this.comment, this.requestedAt);
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

	private String note(String last, AttemptHistory earlier, int attempts, boolean stoppedByDeadline) {
		StringBuilder note = new StringBuilder();
		if (attempts > 1) {
			note.append("after ").append(attempts).append(" attempts");
			note.append(earlier.onlySaw(last) ? ", each failed the same way" : "; earlier: " + earlier.describe());
		}
		if (stoppedByDeadline) {
			note.append((note.length() > 0) ? "; " : "")
				.append("not retried: the next attempt would start after the call timeout of ")
				.append(format(this.timeout));
		}
		return (note.length() > 0) ? " (" + note + ")" : "";
	}

	/** Formats a duration as a property would be written: {@code 300ms}, {@code 45s}, {@code 5m}. */
	public static String format(Duration duration) {
		long millis = duration.toMillis();
		if (millis >= 60_000 && millis % 60_000 == 0) {
			return (millis / 60_000) + "m";
		}
		if (millis >= 1_000 && millis % 1_000 == 0) {
			return (millis / 1_000) + "s";
		}
		return (millis > 0) ? millis + "ms" : duration.toNanos() + "ns";
	}

}
