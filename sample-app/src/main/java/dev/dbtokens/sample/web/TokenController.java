package dev.dbtokens.sample.web;

import dev.dbtokens.sample.TokenService;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.CacheControl;
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
 * {@code GET /tokens}, {@code POST /tokens} and {@code DELETE /tokens/{id}}: token self-service
 * for the principal the application authenticates as. Failures become problem details in
 * {@link ProblemDetailsAdvice}.
 */
@RestController
@RequestMapping("/tokens")
class TokenController {

	private final TokenService tokens;

	TokenController(TokenService tokens) {
		this.tokens = tokens;
	}

	@GetMapping
	Flux<TokenView> list() {
		return this.tokens.list().map(TokenView::of);
	}

	/**
	 * Creates a token and answers its value, this once; {@code no-store} keeps it out of caches.
	 */
	@PostMapping
	Mono<ResponseEntity<CreatedTokenView>> create(@RequestBody CreateTokenForm form) {
		return Mono.defer(() -> this.tokens.create(form.comment(), form.lifetime()))
			.map((created) -> ResponseEntity.status(HttpStatus.CREATED)
				.cacheControl(CacheControl.noStore())
				.body(CreatedTokenView.of(created)));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	Mono<Void> revoke(@PathVariable String id) {
		return this.tokens.revoke(id);
	}

}
