package dev.dbtokens.client.internal.call;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.dbtokens.client.error.BadRequestException;
import dev.dbtokens.client.error.DatabricksApiException;
import dev.dbtokens.client.error.DeadlineExceededException;
import dev.dbtokens.client.error.InternalErrorException;
import dev.dbtokens.client.error.InvalidParameterValueException;
import dev.dbtokens.client.error.NotFoundException;
import dev.dbtokens.client.error.PermissionDeniedException;
import dev.dbtokens.client.error.QuotaExceededException;
import dev.dbtokens.client.error.ResourceConflictException;
import dev.dbtokens.client.error.ResourceDoesNotExistException;
import dev.dbtokens.client.error.TemporarilyUnavailableException;
import dev.dbtokens.client.error.TooManyRequestsException;
import dev.dbtokens.client.error.UnauthenticatedException;
import dev.dbtokens.client.internal.call.CredentialsFailureException;
import dev.dbtokens.client.internal.call.Operation;
import dev.dbtokens.client.internal.wire.ErrorAnswer;
import dev.dbtokens.client.internal.wire.Redaction;
import org.jspecify.annotations.Nullable;

/**
 * The one mapping from a Databricks error answer to a typed exception: by {@code error_code}
 * first, then by HTTP status (as the Databricks Java SDK does), with {@code QUOTA_EXCEEDED} given a
 * type of its own. Also reads answers that are not JSON: empty, {@code CODE: message}, HTML.
 */
public final class ErrorMapper {

	@FunctionalInterface
	public interface Factory {

		DatabricksApiException create(String message, String errorCode, int httpStatus, @Nullable String requestId,
				@Nullable Throwable cause);

	}

	private static final Map<String, Factory> BY_CODE = Map.ofEntries(
			Map.entry("QUOTA_EXCEEDED", QuotaExceededException::new),
			Map.entry("INVALID_PARAMETER_VALUE", InvalidParameterValueException::new),
			Map.entry("INVALID_STATE", BadRequestException::new),
			Map.entry("BAD_REQUEST", BadRequestException::new),
			Map.entry("UNAUTHENTICATED", UnauthenticatedException::new),
			Map.entry("PERMISSION_DENIED", PermissionDeniedException::new),
			Map.entry("PRIVATE_LINK_VALIDATION_ERROR", PermissionDeniedException::new),
			Map.entry("NOT_FOUND", NotFoundException::new),
			Map.entry("RESOURCE_DOES_NOT_EXIST", ResourceDoesNotExistException::new),
			Map.entry("ABORTED", ResourceConflictException::new),
			Map.entry("ALREADY_EXISTS", ResourceConflictException::new),
			Map.entry("RESOURCE_ALREADY_EXISTS", ResourceConflictException::new),
			Map.entry("RESOURCE_CONFLICT", ResourceConflictException::new),
			Map.entry("REQUEST_LIMIT_EXCEEDED", TooManyRequestsException::new),
			Map.entry("RESOURCE_EXHAUSTED", TooManyRequestsException::new),
			Map.entry("TOO_MANY_REQUESTS", TooManyRequestsException::new),
			Map.entry("UNKNOWN", InternalErrorException::new),
			Map.entry("DATA_LOSS", InternalErrorException::new),
			Map.entry("INTERNAL_ERROR", InternalErrorException::new),
			Map.entry("TEMPORARILY_UNAVAILABLE", TemporarilyUnavailableException::new),
			Map.entry("DEADLINE_EXCEEDED", DeadlineExceededException::new));

	private static final Map<Integer, Factory> BY_STATUS = Map.of(
			400, BadRequestException::new,
			401, UnauthenticatedException::new,
			403, PermissionDeniedException::new,
			404, NotFoundException::new,
			409, ResourceConflictException::new,
			429, TooManyRequestsException::new,
			500, InternalErrorException::new,
			503, TemporarilyUnavailableException::new,
			504, DeadlineExceededException::new);

	/**
	 * The factory of each type the two tables above make (and of the base type), found by making one
	 * of each, so that {@link #withMessage} keeps the type without a third list to keep in step.
	 */
	private static final Map<Class<?>, Factory> BY_TYPE = Stream
		.concat(Stream.of((Factory) DatabricksApiException::new), Stream.concat(BY_CODE.values().stream(), BY_STATUS.values().stream()))
		.collect(Collectors.toUnmodifiableMap((factory) -> factory.create("", "", 0, null, null).getClass(), Function.identity(),
				(first, same) -> first));

	private static final Pattern CODE_AND_MESSAGE = Pattern.compile("^([A-Z][A-Z0-9_]{2,}):\\s*(.*)$", Pattern.DOTALL);

	private static final Pattern PRE = Pattern.compile("(?is)<pre[^>]*>(.*?)</pre>");

	private static final Pattern TITLE = Pattern.compile("(?is)<title[^>]*>(.*?)</title>");

	private static final Pattern TAG = Pattern.compile("<[^>]*>");

	/**
	 * Characters of a server's {@code error_code} (and request id) kept: Databricks' are short
	 * words, and an exception message must not grow with what a server sends.
	 */
	static final int MAX_CODE_LENGTH = 100;

	public static final String PRIVATE_LINK_MARKER = "private-link-validation-error";

	private ErrorMapper() {
	}

	/**
	 * Maps an error answer.
	 * @param json the decoded JSON body, or {@code null} when the body was not JSON
	 * @param text the body as text (used when {@code json} is {@code null} or says nothing)
	 */
	public static DatabricksApiException fromAnswer(Operation operation, int status, @Nullable ErrorAnswer json, String text,
			@Nullable String headerRequestId) {
		String code = "";
		String message = null;
		String requestId = headerRequestId;
		if (json != null) {
			code = (json.errorCode() != null) ? json.errorCode().strip() : "";
			message = json.text();
			if (json.requestId() != null) {
				requestId = json.requestId();
			}
		}
		if (message == null) {
			String[] parsed = parseText(text);
			code = code.isEmpty() ? parsed[0] : code;
			message = parsed[1];
		}
		return typed(code, status, describe(operation, status, code, message), requestId, null);
	}

	public static DatabricksApiException typed(String code, int status, String message, @Nullable String requestId,
			@Nullable Throwable cause) {
		Factory factory = BY_CODE.get(code.toUpperCase(Locale.ROOT));
		if (factory == null) {
			factory = BY_STATUS.getOrDefault(status, DatabricksApiException::new);
		}
		return factory.create(message, Redaction.scrub(code, MAX_CODE_LENGTH), status,
				(requestId != null) ? Redaction.scrub(requestId, MAX_CODE_LENGTH) : null, cause);
	}

	/**
	 * Re-creates a typed exception with another message (messages are fixed at construction), keeping
	 * its type, error code, status, request id and cause. A type this client does not make is
	 * returned unchanged.
	 */
	public static DatabricksApiException withMessage(DatabricksApiException ex, String message) {
		if (ex instanceof CredentialsFailureException credentials) {
			return credentials.withMessage(message);
		}
		Factory factory = BY_TYPE.get(ex.getClass());
		return (factory != null) ? factory.create(message, ex.errorCode(), ex.httpStatus(), ex.requestId(), ex.getCause()) : ex;
	}

	public static String describe(Operation operation, int status, String code, String message) {
		return operation + " failed: HTTP " + status + (code.isEmpty() ? "" : " " + Redaction.scrub(code, MAX_CODE_LENGTH)) + ": "
				+ Redaction.scrub(message);
	}

	public static DatabricksApiException privateLink(Operation operation, String host, int status) {
		return new PermissionDeniedException(operation + " failed: HTTP " + status + " PRIVATE_LINK_VALIDATION_ERROR: the workspace "
				+ host + " is behind Private Link and cannot be reached from this network (it redirected to its login page with "
				+ PRIVATE_LINK_MARKER + "). Call it from a network that has Private Link access to the workspace.",
				"PRIVATE_LINK_VALIDATION_ERROR", status, null, null);
	}

	public static boolean isPrivateLink(@Nullable String locationOrBody) {
		return locationOrBody != null && locationOrBody.contains(PRIVATE_LINK_MARKER);
	}

	/**
	 * Reads a body that is not JSON: returns {error code or "", message}.
	 */
	public static String[] parseText(String text) {
		String body = text.strip();
		if (body.isEmpty()) {
			return new String[] { "", "empty body" };
		}
		if (body.startsWith("<")) {
			Matcher matcher = PRE.matcher(body);
			if (!matcher.find()) {
				matcher = TITLE.matcher(body);
				if (!matcher.find()) {
					return new String[] { "", "HTML page without a message" };
				}
			}
			body = unescape(TAG.matcher(matcher.group(1)).replaceAll(" ")).strip();
		}
		body = body.replaceAll("\\s+", " ");
		Matcher codeAndMessage = CODE_AND_MESSAGE.matcher(body);
		if (codeAndMessage.matches()) {
			return new String[] { codeAndMessage.group(1), codeAndMessage.group(2) };
		}
		return new String[] { "", body };
	}

	private static String unescape(String html) {
		return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
			.replace("&amp;", "&");
	}

}
