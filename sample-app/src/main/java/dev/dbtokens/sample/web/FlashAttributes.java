package dev.dbtokens.sample.web;

import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.ui.Model;
import org.springframework.web.server.ServerWebExchange;

/**
 * What a form's {@code POST} hands to the page it redirects to (post/redirect/get): model
 * attributes kept in the server-side session and taken out by the next page that reads them, so
 * they are shown once. Reloading that page, or going back to it, shows the page without them and
 * changes nothing. (Spring WebFlux has no flash attributes of its own.)
 */
final class FlashAttributes {

	private static final String KEY = FlashAttributes.class.getName();

	private FlashAttributes() {
	}

	/**
	 * Keeps attributes for the next page.
	 * @param exchange the {@code POST}'s exchange
	 * @param attributes the model attributes the next page shows
	 * @return completes once they are kept
	 */
	static Mono<Void> put(ServerWebExchange exchange, Map<String, ?> attributes) {
		return exchange.getSession().doOnNext((session) -> session.getAttributes().put(KEY, Map.copyOf(attributes))).then();
	}

	/**
	 * Moves the kept attributes, if any, into a page's model and forgets them.
	 * @param exchange the page's exchange
	 * @param model the page's model
	 * @return completes once they are moved
	 */
	static Mono<Void> takeInto(ServerWebExchange exchange, Model model) {
		return exchange.getSession().doOnNext((session) -> {
			if (session.getAttributes().remove(KEY) instanceof Map<?, ?> kept) {
				kept.forEach((name, value) -> model.addAttribute(String.valueOf(name), value));
			}
		}).then();
	}

}
