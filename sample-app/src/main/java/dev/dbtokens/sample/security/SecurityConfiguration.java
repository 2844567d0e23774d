package dev.dbtokens.sample.security;

import dev.dbtokens.sample.SampleProperties;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import java.util.regex.Pattern;

import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UserDetailsRepositoryReactiveAuthenticationManager;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.userdetails.MapReactiveUserDetailsService;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.server.ResponseStatusException;

/**
 * Two filter chains. The JSON API ({@code /tokens}) and Actuator: HTTP Basic on every call, no
 * session and hence no cookie a foreign page could ride on (so no CSRF token either), {@code 401}
 * and {@code 403} as problem details; {@code /actuator/health} is public (without details), the
 * other endpoints are for admins. The page: form sign-in with a session, CSRF tokens on every
 * form, {@code /admin} for admins (anyone else gets the portal's 403 page, through Boot's error
 * handling), and a content security policy that allows only the portal's
 * own scripts and styles. Both sign in through {@link SignInThrottle}, which locks a user name or
 * a client address for a while after repeated failures.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@EnableConfigurationProperties(SignInProperties.class)
class SecurityConfiguration {

	/** The portal users' passwords, masked by Actuator's {@code env} and {@code configprops} even where values are shown. */
	private static final Pattern PORTAL_PASSWORD = Pattern.compile("sample\\.users\\.[^.]+\\.password");

	@Bean
	MapReactiveUserDetailsService portalUsers(SampleProperties properties) {
		return PortalUsers.of(properties.getUsers());
	}

	@Bean
	SignInThrottle signInThrottle(MapReactiveUserDetailsService portalUsers, SignInProperties properties) {
		return new SignInThrottle(new UserDetailsRepositoryReactiveAuthenticationManager(portalUsers), properties);
	}

	@Bean
	SanitizingFunction portalPasswordsSanitizingFunction() {
		return (data) -> PORTAL_PASSWORD.matcher(data.getKey()).matches() ? data.withSanitizedValue() : data;
	}

	@Bean
	@Order(1)
	SecurityWebFilterChain apiSecurity(ServerHttpSecurity http, JsonMapper json, SignInThrottle throttle) {
		ProblemDetailsSecurityHandler problems = new ProblemDetailsSecurityHandler(json, throttle);
		return http.authenticationManager(throttle)
			.securityMatcher(ServerWebExchangeMatchers.pathMatchers("/tokens", "/tokens/**", "/teams/*/tokens", "/actuator", "/actuator/**"))
			.authorizeExchange((exchanges) -> exchanges.pathMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.pathMatchers("/actuator", "/actuator/**")
				.hasRole(PortalUsers.ADMIN)
				.anyExchange()
				.authenticated())
			.httpBasic((basic) -> basic.authenticationEntryPoint(problems))
			.exceptionHandling((handling) -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
			.build();
	}

	@Bean
	@Order(2)
	SecurityWebFilterChain pageSecurity(ServerHttpSecurity http, SignInThrottle throttle) {
		ServerAuthenticationFailureHandler wrongPassword = new RedirectServerAuthenticationFailureHandler("/login?error");
		ServerAuthenticationFailureHandler locked = new RedirectServerAuthenticationFailureHandler("/login?locked");
		return http.authenticationManager(throttle)
			.authorizeExchange((exchanges) -> exchanges.pathMatchers("/login", "/portal.css", "/portal.js", "/favicon.ico")
				.permitAll()
				.pathMatchers("/admin", "/admin/**")
				.hasRole(PortalUsers.ADMIN)
				.anyExchange()
				.authenticated())
			.exceptionHandling((handling) -> handling.accessDeniedHandler((exchange, denied) -> Mono
				.error(new ResponseStatusException(HttpStatus.FORBIDDEN, "This page needs the ADMIN role"))))
			.formLogin((login) -> login.loginPage("/login")
				.authenticationFailureHandler((exchange, ex) -> ((ex instanceof LockedException) ? locked : wrongPassword)
					.onAuthenticationFailure(exchange, ex)))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp
				.policyDirectives("default-src 'self'; script-src 'self'; style-src 'self'; frame-ancestors 'none'; form-action 'self'")))
			.build();
	}

}
