package dev.dbtokens.sample.security;

import dev.dbtokens.sample.SampleProperties;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.userdetails.MapReactiveUserDetailsService;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

/**
 * Two filter chains. The JSON API ({@code /tokens}) and Actuator: HTTP Basic on every call, no
 * session and hence no cookie a foreign page could ride on (so no CSRF token either), {@code 401}
 * and {@code 403} as problem details; {@code /actuator/health} is public (without details), the
 * other endpoints are for admins. The page: form sign-in with a session, CSRF tokens on every
 * form, {@code /admin} for admins, and a content security policy that allows only the portal's
 * own scripts and styles.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
class SecurityConfiguration {

	@Bean
	MapReactiveUserDetailsService portalUsers(SampleProperties properties) {
		return PortalUsers.of(properties.getUsers());
	}

	@Bean
	@Order(1)
	SecurityWebFilterChain apiSecurity(ServerHttpSecurity http, JsonMapper json) {
		ProblemDetailsSecurityHandler problems = new ProblemDetailsSecurityHandler(json);
		return http.securityMatcher(ServerWebExchangeMatchers.pathMatchers("/tokens", "/tokens/**", "/teams/*/tokens", "/actuator", "/actuator/**"))
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
	SecurityWebFilterChain pageSecurity(ServerHttpSecurity http) {
		return http
			.authorizeExchange((exchanges) -> exchanges.pathMatchers("/login", "/portal.css", "/portal.js", "/favicon.ico")
				.permitAll()
				.pathMatchers("/admin", "/admin/**")
				.hasRole(PortalUsers.ADMIN)
				.anyExchange()
				.authenticated())
			.formLogin((login) -> login.loginPage("/login"))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp
				.policyDirectives("default-src 'self'; script-src 'self'; style-src 'self'; frame-ancestors 'none'; form-action 'self'")))
			.build();
	}

}
