package dev.dbtokens.sample.web;

import java.math.BigDecimal;
import java.time.Duration;

import dev.dbtokens.sample.LogText;
import org.jspecify.annotations.Nullable;

import org.springframework.util.MultiValueMap;

/**
 * The lifetime a person chose on the page's form: one of the offered lifetimes ({@code lifetime}
 * holds its seconds), or {@code lifetime=other} with a number typed in {@code otherSeconds}. A
 * number typed in "other" while no lifetime is selected counts as choosing "other" (the page's
 * script selects it as soon as one types); a number typed in "other" beside another selected
 * lifetime is a choice that contradicts itself and is refused naming both, never resolved silently
 * one way or the other.
 *
 * @param selected the selected radio button's value, e.g. {@code 3600} or {@code other}, or
 * {@code null} when none is
 * @param other what was typed in "other", possibly empty
 */
record LifetimeChoice(@Nullable String selected, String other) {

	/** The value of the "other" radio button. */
	static final String OTHER = "other";

	static LifetimeChoice of(MultiValueMap<String, String> form) {
		String other = form.getFirst("otherSeconds");
		return new LifetimeChoice(form.getFirst("lifetime"), (other != null) ? other : "");
	}

	/**
	 * Returns the lifetime in seconds as the person chose it.
	 * @return the seconds, for {@link TokenRules} to check
	 * @throws InvalidTokenRequestException when nothing is chosen, "other" is chosen without a
	 * number, or an offered lifetime is chosen while "other" holds a number
	 */
	BigDecimal seconds() {
		boolean typed = !this.other.isBlank();
		if (OTHER.equals(this.selected) || (this.selected == null && typed)) {
			if (!typed) {
				throw new InvalidTokenRequestException("Lifetime: \"other\" is selected but has no number: type the seconds next to "
						+ "it, or choose one of the lifetimes offered");
			}
			return seconds(this.other);
		}
		if (this.selected == null) {
			throw new InvalidTokenRequestException("Lifetime: none is selected: choose one of the lifetimes offered, or type "
					+ "seconds next to \"other\"");
		}
		BigDecimal offered = seconds(this.selected);
		if (typed) {
			throw new InvalidTokenRequestException("Lifetime: " + describe(offered) + " is selected but \"other\" holds '"
					+ LogText.escape(TokenRules.abbreviate(this.other.strip())) + "' seconds: select \"other\" to use those seconds, or clear it to get "
					+ describe(offered));
		}
		return offered;
	}

	/**
	 * Returns what the page's form should show selected: the "other" button when "other" was in use.
	 */
	String shown() {
		return (this.selected == null && !this.other.isBlank()) ? OTHER : String.valueOf(this.selected);
	}

	private static BigDecimal seconds(String text) {
		BigDecimal seconds = TokenRules.seconds(text);
		if (seconds == null) {
			throw new IllegalStateException("blank text was checked before");
		}
		return seconds;
	}

	private static String describe(BigDecimal offered) {
		try {
			return TokenRules.describe(Duration.ofSeconds(offered.longValueExact()));
		}
		catch (ArithmeticException ex) {
			return offered.toPlainString() + " seconds";
		}
	}

}
