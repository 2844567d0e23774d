package dev.dbtokens.client.autoconfigure.http;

import java.net.ConnectException;
import java.net.UnknownHostException;

import io.netty.handler.proxy.ProxyConnectException;
import org.jspecify.annotations.Nullable;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.web.reactive.function.client.WebClientException;

/**
 * What a failure of a request sent through the {@link DatabricksProxy} means, said as the proxy's
 * and naming the settings to check, instead of as a workspace that gave no answer: Reactor Netty
 * reports a proxy's refusal as a {@link ProxyConnectException} whose message carries its status,
 * and a proxy that cannot be reached as a failed connection to it.
 */
final class ProxyFailures {

	private ProxyFailures() {
	}

	/** Whether a failure happened at the proxy: its refusal, or no connection to it. */
	static boolean isAtTheProxy(Throwable failure) {
		return proxyCause(failure) != null || isConnectFailure(failure);
	}

	/** The failure said as the proxy's; call only when {@link #isAtTheProxy} holds. */
	static Throwable translate(DatabricksProxy proxy, Throwable failure) {
		ProxyConnectException atProxy = proxyCause(failure);
		return (atProxy != null) ? refusedAtTheProxy(proxy, atProxy) : unreachable(proxy, failure);
	}

	/** A connection not made, or a name not found: through a proxy, both are the proxy's (it resolves the workspace). */
	private static boolean isConnectFailure(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConnectException || cause instanceof UnknownHostException) {
				return true;
			}
		}
		return false;
	}

	/** The proxy itself could not be reached: said as such, not as the workspace giving no answer. */
	static Exception unreachable(DatabricksProxy proxy, Throwable ex) {
		Throwable cause = NestedExceptionUtils.getMostSpecificCause(ex);
		String reason = (cause.getMessage() != null) ? cause.getMessage() : cause.getClass().getSimpleName();
		return new ConnectException("could not connect to the proxy " + proxy.address() + " (" + reason + "); check "
				+ "databricks.http.proxy.host and .port (or https.proxyHost and https.proxyPort)");
	}

	private static @Nullable ProxyConnectException proxyCause(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ProxyConnectException proxy) {
				return proxy;
			}
		}
		return null;
	}

	/**
	 * A failure at the proxy, said as such: the workspace was never reached. A refusal of the
	 * credentials (407) is not retried (the same credentials fail again); other refusals are
	 * connect failures, retried like any. Netty's exception is not kept as the cause: messages are
	 * made from the deepest cause, and its own ({@code http, basic, /127.0.0.1:3128 => …, status: 403
	 * Forbidden}) would hide this one; what it says is here.
	 */
	static Exception refusedAtTheProxy(DatabricksProxy proxy, ProxyConnectException ex) {
		String status = statusOf(ex.getMessage()); // Netty's message ends with "status: 407 Proxy Authentication Required"
		if (status.startsWith("407")) {
			return new ProxyRefusedException("The proxy " + proxy.address() + " refused the proxy credentials (" + status
					+ "): the request never reached the workspace. Check databricks.http.proxy.username and "
					+ "databricks.http.proxy.password (or https.proxyUser/https.proxyPassword).");
		}
		return new ConnectException("the proxy " + proxy.address() + " did not connect to the workspace"
				+ (status.isEmpty() ? "" : " (" + status + ")") + "; check databricks.http.proxy.* and that the proxy lets "
				+ "this application reach the workspace");
	}

	/** The proxy refused this client's credentials; not wrapped, so that it is not taken for a network fault. */
	static final class ProxyRefusedException extends WebClientException {

		ProxyRefusedException(String message) {
			super(message);
		}

	}

	/** The proxy's status from Netty's message, else its last part ({@code disconnected}, {@code timeout}). */
	private static String statusOf(@Nullable String message) {
		if (message == null) {
			return "";
		}
		int at = message.indexOf("status: ");
		if (at >= 0) {
			return message.substring(at + "status: ".length()).strip();
		}
		int last = message.lastIndexOf(", ");
		return (last >= 0 && message.contains("=>")) ? message.substring(last + 2).strip() : "";
	}

}
