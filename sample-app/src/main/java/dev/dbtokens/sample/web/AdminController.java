package dev.dbtokens.sample.web;

import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.dbtokens.client.TokenInfo;
import dev.dbtokens.client.error.DatabricksApiException;
import dev.dbtokens.client.error.PermissionDeniedException;
import dev.dbtokens.sample.LogText;
import dev.dbtokens.sample.SampleProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;

/**
 * The admin page ({@code ADMIN} role): every token of the workspace with its creator and owner,
 * the tokens expiring soon, and the compliance sweep ({@link dev.dbtokens.client.lifecycle.TokenSweep}), first as a dry run that lists what it would revoke and why, then for real on the tokens
 * the dry run listed that still break the rule (its report shown after a redirect, so a reload revokes nothing).
 */
@Controller
class AdminController {

	private static final Logger logger = LoggerFactory.getLogger(AdminController.class);

	/** How the page starts the message when Token Management refuses the application's principal. */
	static final String NOT_AN_ADMIN = "the app's principal is not a workspace admin: ";

	private final AdminTokens tokens;

	private final SampleProperties properties;

	private final Clock clock;

	private final ComplianceRule rule;

	AdminController(AdminTokens tokens, SampleProperties properties, ObjectProvider<Clock> clock) {
		this.tokens = tokens;
		this.properties = properties;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		this.rule = new ComplianceRule(properties.getTokens().getMaxLifetime(),
				Set.of(properties.getUsers().getUser().getName(), properties.getUsers().getAdmin().getName()), this.clock);
	}

	@GetMapping("/admin")
	Mono<String> page(Model model, ServerWebExchange exchange) {
		return FlashAttributes.takeInto(exchange, model).then(Mono.defer(() -> render(model, exchange)));
	}

	@PostMapping("/admin/sweep")
	Mono<String> sweep(Principal admin, Model model, ServerWebExchange exchange) {
		return exchange.getFormData().flatMap((form) -> {
			if (!"revoke".equals(form.getFirst("mode"))) {
				return this.tokens.dryRun(this.rule)
					.map((found) -> found.stream().map(this::finding).toList())
					.flatMap((findings) -> {
						model.addAttribute("findings", findings);
						return render(model, exchange);
					});
			}
			Set<String> chosen = Set.copyOf(form.getOrDefault("id", List.of()));
			return this.tokens.revoke(this.rule, chosen).flatMap((report) -> {
				logger.info("Admin {} ran the compliance sweep: {}", LogText.escape(admin.getName()), report);
				return FlashAttributes.put(exchange, Map.of("report", report)).thenReturn("redirect:/admin");
			});
		}).onErrorResume(DatabricksApiException.class, (ex) -> failed(model, exchange, ex));
	}

	private Mono<String> render(Model model, ServerWebExchange exchange) {
		model.addAttribute("scope", AdminTokens.SCOPE);
		model.addAttribute("rule", this.rule.describe());
		model.addAttribute("expiringSoonWindow", TokenRules.describe(this.properties.getTokens().getExpiringSoon()));
		return this.tokens.all()
			.map(this::row)
			.collectList()
			.zipWith(this.tokens.expiringWithin(this.properties.getTokens().getExpiringSoon()).map(this::row).collectList())
			.map((lists) -> {
				model.addAttribute("tokens", lists.getT1());
				model.addAttribute("expiring", lists.getT2());
				return "admin";
			})
			.onErrorResume(DatabricksApiException.class, (ex) -> failed(model, exchange, ex));
	}

	private Mono<String> failed(Model model, ServerWebExchange exchange, DatabricksApiException ex) {
		if (ex instanceof PermissionDeniedException) {
			exchange.getResponse().setStatusCode(HttpStatus.FORBIDDEN);
			model.addAttribute("error", NOT_AN_ADMIN + ex.getMessage());
		}
		else {
			exchange.getResponse().setStatusCode(ProblemDetailsAdvice.statusFor(ex));
			model.addAttribute("error", ex.getMessage());
		}
		model.addAttribute("tokens", List.of());
		model.addAttribute("expiring", List.of());
		return Mono.just("admin");
	}

	private AdminRow row(TokenInfo token) {
		return AdminRow.of(token, this.clock);
	}

	private Finding finding(TokenInfo token) {
		return new Finding(row(token), this.rule.violation(token.toPublicTokenInfo()).orElse("breaks the rule"));
	}

	/**
	 * A token the sweep would revoke, and why.
	 *
	 * @param token the token
	 * @param reason why it breaks the rule
	 */
	record Finding(AdminRow token, String reason) {
	}

}
