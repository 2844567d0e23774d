package dev.dbtokens.sample;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * How the portal marks the tokens it creates for a signed-in user: the Token API knows only the
 * application's own principal, so the owner travels in the comment, as
 * {@code portal:<user> <comment>}. A user sees and revokes only the tokens tagged with their name.
 *
 * @param user the signed-in user's name, without whitespace
 */
public record OwnerTag(String user) {

	/** Start of every comment the portal writes. */
	public static final String PREFIX = "portal:";

	/**
	 * Checks the user name.
	 */
	public OwnerTag {
		if (user.isEmpty() || user.chars().anyMatch((c) -> Character.isWhitespace(c) || Character.isISOControl(c))) {
			throw new IllegalArgumentException("A token owner's name must not be empty or hold whitespace, was '"
					+ LogText.escape(user) + "'");
		}
	}

	/**
	 * Returns the comment to create a token with: the tag, then the user's own comment, if any.
	 * @param comment the user's comment, or {@code null}
	 * @return the tagged comment
	 */
	public String tag(@Nullable String comment) {
		return (comment == null || comment.isEmpty()) ? PREFIX + this.user : PREFIX + this.user + " " + comment;
	}

	/**
	 * Whether a token's comment carries this owner's tag.
	 * @param comment the token's comment, or {@code null}
	 * @return whether the token belongs to this owner
	 */
	public boolean owns(@Nullable String comment) {
		return ownerOf(comment).filter(this.user::equals).isPresent();
	}

	/**
	 * Returns the portal user a token was created for.
	 * @param comment the token's comment, or {@code null}
	 * @return the owner's name, or empty when the portal did not create the token
	 */
	public static Optional<String> ownerOf(@Nullable String comment) {
		if (comment == null || !comment.startsWith(PREFIX)) {
			return Optional.empty();
		}
		int end = comment.indexOf(' ', PREFIX.length());
		String owner = comment.substring(PREFIX.length(), (end < 0) ? comment.length() : end);
		return owner.isEmpty() ? Optional.empty() : Optional.of(owner);
	}

	/**
	 * Returns a token's comment without the owner's tag: what the user typed.
	 * @param comment the token's comment, or {@code null}
	 * @return the user's part, empty when there is none; an untagged comment as it is
	 */
	public static String userComment(@Nullable String comment) {
		if (comment == null) {
			return "";
		}
		if (ownerOf(comment).isEmpty()) {
			return comment;
		}
		int end = comment.indexOf(' ', PREFIX.length());
		return (end < 0) ? "" : comment.substring(end + 1);
	}

}
