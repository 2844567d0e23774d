package dev.dbtokens.sample.security;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;

/**
 * Answers an unauthenticated call to the JSON API or Actuator with a {@code 401} problem detail
 * (and the {@code WWW-Authenticate} challenge for HTTP Basic), a sign-in locked by
 * {@link SignInThrottle} with a {@code 429} problem detail and {@code Retry-After}, and a forbidden
 * one with a {@code 403} problem detail.
 */
final class ProblemDetailsSecurityHandler implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

	private final JsonMapper json;

	private final SignInThrottle throttle;

	ProblemDetailsSecurityHandler(JsonMapper json, SignInThrottle throttle) {
		this.json = json;
		this.throttle = throttle;
	}

	@Override
	public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
		if (ex instanceof LockedException) {
			exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(this.throttle.lockoutSeconds()));
			return write(exchange, HttpStatus.TOO_MANY_REQUESTS, ex.getMessage());
		}
		exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Token portal\"");
		return write(exchange, HttpStatus.UNAUTHORIZED,
				"Sign in: send the portal user's name and password with HTTP Basic (curl -u user:PASSWORD ...)");
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException ex) {
		return write(exchange, HttpStatus.FORBIDDEN, "This needs the ADMIN role: sign in as the portal's admin user");
	}

	private Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String detail) {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", detail);
		problem.put("instance", exchange.getRequest().getPath().value());
		ServerHttpResponse response = exchange.getResponse();
		response.setStatusCode(status);
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		DataBuffer body = response.bufferFactory().wrap(this.json.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8));
		return response.writeWith(Mono.just(body));
	}

}
