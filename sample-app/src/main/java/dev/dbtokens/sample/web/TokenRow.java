package dev.dbtokens.sample.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import dev.dbtokens.client.PublicTokenInfo;
import dev.dbtokens.sample.OwnerTag;
import org.jspecify.annotations.Nullable;

/**
 * A token as the page shows it: its comment without the owner's tag, its owner, when it was
 * created, and the time it has left as text and as the fraction of its lifetime a bar shows.
 *
 * @param id the token's id
 * @param comment the user's comment, possibly empty
 * @param owner the portal user it was created for, or empty when the portal did not create it
 * @param created when it was created, e.g. {@code 2026-11-29 04:30 UTC}, or {@code unknown}
 * @param expires when it expires, or {@code never}
 * @param timeLeft e.g. {@code 59 min left}, {@code never expires} or {@code expired}
 * @param fractionLeft the share of its lifetime left, 0 to 1 (1 when it never expires)
 * @param state {@code ok}, {@code soon} (under a tenth left), {@code expired} or {@code never}
 */
record TokenRow(String id, String comment, String owner, String created, String expires, String timeLeft,
		double fractionLeft, String state) {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

	static TokenRow of(PublicTokenInfo token, Clock clock) {
		Instant now = clock.instant();
		String comment = OwnerTag.userComment(token.comment());
		String owner = OwnerTag.ownerOf(token.comment()).orElse("");
		String created = (token.creationTime() != null) ? TIME.format(token.creationTime()) : "unknown";
		Instant expiry = token.expiryTime();
		if (expiry == null) {
			return new TokenRow(token.tokenId(), comment, owner, created, "never", "never expires", 1, "never");
		}
		Duration left = Duration.between(now, expiry);
		if (left.isNegative() || left.isZero()) {
			return new TokenRow(token.tokenId(), comment, owner, created, TIME.format(expiry), "expired", 0, "expired");
		}
		double fraction = 1;
		if (token.creationTime() != null && token.creationTime().isBefore(expiry)) {
			fraction = Math.min(1, (double) left.toMillis() / Duration.between(token.creationTime(), expiry).toMillis());
		}
		return new TokenRow(token.tokenId(), comment, owner, created, TIME.format(expiry), describe(left) + " left", fraction,
				(fraction < 0.1) ? "soon" : "ok");
	}

	/**
	 * Describes a time left in its two largest units, e.g. {@code 6 days 3 h}, {@code 2 h 5 min},
	 * {@code 59 min} or {@code 40 s}.
	 */
	static String describe(Duration left) {
		long days = left.toDays();
		int hours = left.toHoursPart();
		int minutes = left.toMinutesPart();
		if (days > 0) {
			return days + ((days == 1) ? " day" : " days") + ((hours > 0) ? " " + hours + " h" : "");
		}
		if (hours > 0) {
			return hours + " h" + ((minutes > 0) ? " " + minutes + " min" : "");
		}
		if (minutes > 0) {
			return minutes + " min";
		}
		return Math.max(1, left.toSecondsPart()) + " s";
	}

	/**
	 * Returns the comment, or a dash when there is none, for a table cell.
	 */
	public String commentOrDash() {
		return this.comment.isEmpty() ? "—" : this.comment;
	}

	static @Nullable TokenRow find(Iterable<TokenRow> rows, String id) {
		for (TokenRow row : rows) {
			if (row.id().equals(id)) {
				return row;
			}
		}
		return null;
	}

}
