package dev.dbtokens.sample.web;

import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.dbtokens.client.error.DatabricksApiException;
import dev.dbtokens.sample.TokenCapReachedException;
import dev.dbtokens.sample.TokenService;
import dev.dbtokens.sample.UnknownTokenException;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

/**
 * The page: the signed-in user's tokens with the time each has left, a form to create one whose
 * value is shown this once (after a redirect, so a reload creates nothing: {@link FlashAttributes}), a form per team the user is a member of that mints a token for the
 * team's service principal ({@link TeamTokens}), and revocation after a confirmation. Refused input and failed calls
 * to Databricks are shown as messages on the page, with the status they stand for.
 */
@Controller
class PortalController {

	/** The lifetimes offered on the page; those above the maximum are left out. */
	private static final List<Duration> CHOICES = List.of(Duration.ofHours(1), Duration.ofDays(1), Duration.ofDays(7),
			Duration.ofDays(30), Duration.ofDays(90));

	private final TokenService tokens;

	private final TokenRules rules;

	private final TeamTokens teams;

	private final Clock clock;

	PortalController(TokenService tokens, TokenRules rules, TeamTokens teams, ObjectProvider<Clock> clock) {
		this.tokens = tokens;
		this.rules = rules;
		this.teams = teams;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@GetMapping("/")
	Mono<String> page(Principal user, @RequestParam(required = false) @Nullable String revoked, Model model,
			ServerWebExchange exchange) {
		if (revoked != null) {
			model.addAttribute("message", "Token " + revoked + " revoked.");
		}
		return FlashAttributes.takeInto(exchange, model).then(Mono.defer(() -> render(user, model, exchange, HttpStatus.OK)));
	}

	@PostMapping("/create")
	Mono<String> create(Principal user, ServerWebExchange exchange, Model model) {
		return exchange.getFormData().flatMap((form) -> {
			String comment = form.getFirst("comment");
			LifetimeChoice lifetime = LifetimeChoice.of(form);
			model.addAttribute("comment", (comment != null) ? comment : "");
			model.addAttribute("lifetime", lifetime.shown());
			model.addAttribute("otherSeconds", lifetime.other());
			return Mono.fromCallable(() -> this.rules.check(comment, lifetime.seconds(), TokenRules.Words.PAGE))
				.flatMap((request) -> this.tokens.createFor(PageSupport.owner(user), request.comment(), request.lifetime())
					.flatMap((created) -> shownOnce(exchange, CreatedTokenView.of(created),
							TokenRow.of(created.tokenInfo(), this.clock), request, null)))
				.onErrorResume(TokenCapReachedException.class,
						(ex) -> failed(user, model, exchange, HttpStatus.CONFLICT, ex.getMessage()))
				.transform((created) -> orFailed(created, user, model, exchange));
		});
	}

	@PostMapping("/teams/{team}/create")
	Mono<String> createForTeam(Principal user, @PathVariable String team, ServerWebExchange exchange, Model model) {
		return exchange.getFormData().flatMap((form) -> Mono
			.fromCallable(() -> this.rules.check(form.getFirst("comment"), TokenRules.seconds(form.getFirst("lifetime")),
					TokenRules.Words.PAGE))
			.flatMap((request) -> this.teams.create(user.getName(), team, request.comment(), request.lifetime())
				.flatMap((created) -> shownOnce(exchange, CreatedTokenView.of(created),
						TokenRow.of(created.tokenInfo().toPublicTokenInfo(), this.clock), request, team)))
			.onErrorResume(ResponseStatusException.class,
					(ex) -> failed(user, model, exchange, HttpStatus.valueOf(ex.getStatusCode().value()), String.valueOf(ex.getReason())))
			.transform((created) -> orFailed(created, user, model, exchange)));
	}

	/**
	 * Keeps a new token for the page the browser is sent to, which shows its value this once; a
	 * reload of that page creates nothing.
	 */
	private Mono<String> shownOnce(ServerWebExchange exchange, CreatedTokenView created, TokenRow row, TokenRules.TokenRequest request,
			@Nullable String team) {
		Map<String, Object> shown = new HashMap<>();
		shown.put("created", created);
		shown.put("createdRow", row);
		shown.put("createdLifetime", TokenRules.describe(request.lifetime()));
		if (team != null) {
			shown.put("createdFor", team);
		}
		return FlashAttributes.put(exchange, shown).thenReturn("redirect:/");
	}

	private Mono<String> orFailed(Mono<String> page, Principal user, Model model, ServerWebExchange exchange) {
		return page
			.onErrorResume(InvalidTokenRequestException.class,
					(ex) -> failed(user, model, exchange, HttpStatus.BAD_REQUEST, ex.getMessage()))
			.onErrorResume(DatabricksApiException.class,
					(ex) -> failed(user, model, exchange, ProblemDetailsAdvice.statusFor(ex), ex.getMessage()));
	}

	@GetMapping("/revoke/{id}")
	Mono<String> confirmRevoke(Principal user, @PathVariable String id, Model model, ServerWebExchange exchange) {
		return rows(user).flatMap((rows) -> {
			TokenRow row = TokenRow.find(rows, id);
			if (row == null) {
				return failed(user, model, exchange, HttpStatus.NOT_FOUND, new UnknownTokenException(id).getMessage());
			}
			model.addAttribute("token", row);
			return Mono.just("revoke");
		}).onErrorResume(DatabricksApiException.class,
				(ex) -> failed(user, model, exchange, ProblemDetailsAdvice.statusFor(ex), ex.getMessage()));
	}

	@PostMapping("/revoke/{id}")
	Mono<String> revoke(Principal user, @PathVariable String id, Model model, ServerWebExchange exchange) {
		return this.tokens.revokeOwnedBy(PageSupport.owner(user), id)
			.then(Mono.just("redirect:/?revoked=" + id))
			.onErrorResume(UnknownTokenException.class, (ex) -> failed(user, model, exchange, HttpStatus.NOT_FOUND, ex.getMessage()))
			.onErrorResume(DatabricksApiException.class,
					(ex) -> failed(user, model, exchange, ProblemDetailsAdvice.statusFor(ex), ex.getMessage()));
	}

	private Mono<String> failed(Principal user, Model model, ServerWebExchange exchange, HttpStatus status, String message) {
		model.addAttribute("error", message);
		return render(user, model, exchange, status);
	}

	private Mono<String> render(Principal user, Model model, ServerWebExchange exchange, HttpStatus status) {
		exchange.getResponse().setStatusCode(status);
		model.addAttribute("choices", CHOICES.stream()
			.filter((choice) -> choice.compareTo(this.rules.maxLifetime()) <= 0)
			.map((choice) -> new Choice(choice.toSeconds(), TokenRules.describe(choice)))
			.toList());
		model.addAttribute("maxLifetime", TokenRules.describe(this.rules.maxLifetime()));
		model.addAttribute("maxCommentLength", TokenRules.MAX_COMMENT_LENGTH);
		model.addAttribute("teams", this.teams.teamsOf(user.getName()));
		if (!model.containsAttribute("comment")) {
			model.addAttribute("comment", "");
		}
		if (!model.containsAttribute("otherSeconds")) {
			model.addAttribute("otherSeconds", "");
		}
		if (!model.containsAttribute("lifetime")) {
			model.addAttribute("lifetime", String.valueOf(CHOICES.get(0).toSeconds()));
		}
		return rows(user).map((rows) -> {
			model.addAttribute("tokens", rows);
			return "index";
		}).onErrorResume(DatabricksApiException.class, (ex) -> {
			exchange.getResponse().setStatusCode(ProblemDetailsAdvice.statusFor(ex));
			model.addAttribute("error", "Could not list your tokens: " + ex.getMessage());
			model.addAttribute("tokens", List.of());
			return Mono.just("index");
		});
	}

	private Mono<List<TokenRow>> rows(Principal user) {
		return this.tokens.listOwnedBy(PageSupport.owner(user)).map((token) -> TokenRow.of(token, this.clock)).collectList();
	}

	/**
	 * One lifetime offered on the page.
	 *
	 * @param seconds the lifetime in seconds
	 * @param label e.g. {@code 7 days}
	 */
	record Choice(long seconds, String label) {
	}

}
