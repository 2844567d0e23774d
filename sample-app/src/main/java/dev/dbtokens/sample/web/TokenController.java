package dev.dbtokens.sample.web;

import java.security.Principal;

import dev.dbtokens.sample.OwnerTag;
import dev.dbtokens.sample.TokenService;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /tokens}, {@code POST /tokens} and {@code DELETE /tokens/{id}}: the signed-in user's
 * own tokens (those the portal tagged with their name). Failures become problem details in
 * {@link ProblemDetailsAdvice}.
 */
@RestController
@RequestMapping("/tokens")
class TokenController {

	private final TokenService tokens;

	private final TokenRules rules;

	TokenController(TokenService tokens, TokenRules rules) {
		this.tokens = tokens;
		this.rules = rules;
	}

	@GetMapping
	Flux<TokenView> list(Principal user) {
		return this.tokens.listOwnedBy(new OwnerTag(user.getName())).map(TokenView::of);
	}

	/**
	 * Creates a token and answers its value, this once; {@code no-store} keeps it out of caches.
	 */
	@PostMapping
	Mono<ResponseEntity<CreatedTokenView>> create(Principal user, @RequestBody CreateTokenForm form) {
		return form.createWith(this.rules, (request) -> this.tokens
			.createFor(new OwnerTag(user.getName()), request.comment(), request.lifetime())
			.map(CreatedTokenView::of));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	Mono<Void> revoke(Principal user, @PathVariable String id) {
		return this.tokens.revokeOwnedBy(new OwnerTag(user.getName()), id);
	}

}
