package dev.dbtokens.sample.web;

import java.security.Principal;

import dev.dbtokens.sample.OwnerTag;
import reactor.core.publisher.Mono;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ServerWebExchange;

/**
 * What every page needs: the CSRF token for its forms ({@code _csrf}), the signed-in user's name
 * and whether they are an admin.
 */
@ControllerAdvice(assignableTypes = { PortalController.class, AdminController.class, LoginController.class })
class PageSupport {

	@ModelAttribute("_csrf")
	Mono<CsrfToken> csrf(ServerWebExchange exchange) {
		Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
		return (token != null) ? token : Mono.empty();
	}

	@ModelAttribute("admin")
	Mono<Boolean> admin(Mono<Principal> user) {
		return user.map(PageSupport::isAdmin).defaultIfEmpty(false);
	}

	@ModelAttribute("userName")
	Mono<String> userName(Mono<Principal> user) {
		return user.map(Principal::getName).defaultIfEmpty("");
	}

	static boolean isAdmin(Principal user) {
		return user instanceof Authentication authentication
				&& authentication.getAuthorities().stream().anyMatch((authority) -> "ROLE_ADMIN".equals(authority.getAuthority()));
	}

	static OwnerTag owner(Principal user) {
		return new OwnerTag(user.getName());
	}

}
