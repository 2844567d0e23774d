package dev.dbtokens.sample.web;

import java.security.Principal;

import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /teams/{team}/tokens}: a member of a team mints a short-lived token for the team's
 * service principal, with the same body and rules as {@code POST /tokens}. Failures become problem
 * details in {@link ProblemDetailsAdvice}.
 */
@RestController
class TeamTokenController {

	private final TeamTokens teams;

	private final TokenRules rules;

	TeamTokenController(TeamTokens teams, TokenRules rules) {
		this.teams = teams;
		this.rules = rules;
	}

	/**
	 * Creates a token for the team's service principal and answers its value, this once;
	 * {@code no-store} keeps it out of caches.
	 */
	@PostMapping("/teams/{team}/tokens")
	Mono<ResponseEntity<CreatedTokenView>> create(Principal user, @PathVariable String team, @RequestBody CreateTokenForm form) {
		return form.createWith(this.rules,
				(request) -> this.teams.create(user.getName(), team, request.comment(), request.lifetime()).map(CreatedTokenView::of));
	}

}
