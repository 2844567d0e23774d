package dev.dbtokens.test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A token as the registry keeps it, value included. Never printed with its value.
 */
record StoredToken(String id, String value, String principal, @Nullable String comment, Instant creationTime,
		@Nullable Instant expiryTime, @Nullable List<String> scopes) {

	boolean isValidAt(Instant now) {
		return this.expiryTime == null || now.isBefore(this.expiryTime);
	}

	StoredToken withComment(@Nullable String comment) {
		return new StoredToken(this.id, this.value, this.principal, comment, this.creationTime, this.expiryTime,
				this.scopes);
	}

	StoredToken withScopes(@Nullable List<String> scopes) {
		return new StoredToken(this.id, this.value, this.principal, this.comment, this.creationTime,
				this.expiryTime, scopes);
	}

	EmulatedToken toView() {
		return new EmulatedToken(this.principal, this.id, this.comment, this.creationTime, this.expiryTime,
				(this.scopes != null) ? this.scopes : List.of());
	}

	/**
	 * The {@code PublicTokenInfo} wire form. Like the real service (proto3 JSON), empty
	 * fields are left out: no {@code comment} when none was given, no {@code scopes} when
	 * there are none.
	 */
	Map<String, Object> toWire() {
		Map<String, Object> info = new LinkedHashMap<>();
		info.put("token_id", this.id);
		if (this.comment != null && !this.comment.isEmpty()) {
			info.put("comment", this.comment);
		}
		info.put("creation_time", this.creationTime.toEpochMilli());
		info.put("expiry_time", (this.expiryTime != null) ? this.expiryTime.toEpochMilli() : -1L);
		if (this.scopes != null && !this.scopes.isEmpty()) {
			info.put("scopes", this.scopes);
		}
		return info;
	}

	@Override
	public String toString() {
		return "StoredToken[id=" + this.id + ", principal=" + this.principal + ", value=***]";
	}

}
