package dev.dbtokens.test;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A token as the registry keeps it, value included. Never printed with its value.
 *
 * @param principal the owner: the principal the token authenticates as
 * @param createdBy the principal who created it: the owner, or the admin of an on-behalf-of token
 * @param lastUsedDay the start (UTC) of the day the token last authenticated a request, or
 * {@code null} when it never did
 */
record StoredToken(String id, String value, String principal, String createdBy, @Nullable String comment,
		Instant creationTime, @Nullable Instant expiryTime, @Nullable List<String> scopes,
		@Nullable Instant lastUsedDay) {

	/**
	 * Databricks revokes a token that has not authenticated a request for this long (counted from
	 * its creation when it never did).
	 */
	static final Duration INACTIVITY_REVOCATION = Duration.ofDays(90);

	/** Whether the token is live: not expired, and used (or created) within {@link #INACTIVITY_REVOCATION}. */
	boolean isValidAt(Instant now) {
		Instant lastActive = (this.lastUsedDay != null && this.lastUsedDay.isAfter(this.creationTime)) ? this.lastUsedDay
				: this.creationTime;
		return (this.expiryTime == null || now.isBefore(this.expiryTime)) && now.isBefore(lastActive.plus(INACTIVITY_REVOCATION));
	}

	StoredToken withComment(@Nullable String comment) {
		return new StoredToken(this.id, this.value, this.principal, this.createdBy, comment, this.creationTime,
				this.expiryTime, this.scopes, this.lastUsedDay);
	}

	StoredToken withScopes(@Nullable List<String> scopes) {
		return new StoredToken(this.id, this.value, this.principal, this.createdBy, this.comment, this.creationTime,
				this.expiryTime, scopes, this.lastUsedDay);
	}

	StoredToken withLastUsedDay(Instant day) {
		return new StoredToken(this.id, this.value, this.principal, this.createdBy, this.comment, this.creationTime,
				this.expiryTime, this.scopes, day);
	}

	EmulatedToken toView() {
		return new EmulatedToken(this.principal, this.id, this.comment, this.creationTime, this.expiryTime,
				(this.scopes != null) ? this.scopes : List.of(), this.createdBy, this.lastUsedDay);
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

	/**
	 * The {@code TokenInfo} wire form of the Token Management API: the public fields plus
	 * creator, owner, workspace and {@code last_used_day} (left out when never used).
	 */
	Map<String, Object> toAdminWire(PrincipalDirectory directory, long workspaceId) {
		Map<String, Object> info = toWire();
		info.put("created_by_id", directory.id(this.createdBy));
		info.put("created_by_username", directory.userName(this.createdBy));
		info.put("owner_id", directory.id(this.principal));
		info.put("workspace_id", workspaceId);
		if (this.lastUsedDay != null) {
			info.put("last_used_day", this.lastUsedDay.toEpochMilli());
		}
		return info;
	}

	@Override
	public String toString() {
		return "StoredToken[id=" + this.id + ", principal=" + this.principal + ", value=***]";
	}

}
