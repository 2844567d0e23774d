package dev.dbtokens.sample;

import java.time.Duration;

import dev.dbtokens.client.CreateTokenResponse;
import dev.dbtokens.client.PublicTokenInfo;
import dev.dbtokens.client.TokensClient;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * The application's own service: everything it does with tokens goes through the injected
 * {@link TokensClient}.
 */
@Service
public class TokenService {

	private static final Logger logger = LoggerFactory.getLogger(TokenService.class);

	private final TokensClient tokens;

	private final int maxTokensPerUser;

	/**
	 * Creates the service.
	 * @param tokens the client the starter configured
	 * @param properties the sample's settings, for {@code sample.max-tokens-per-user}
	 */
	public TokenService(TokensClient tokens, SampleProperties properties) {
		this.tokens = tokens;
		this.maxTokensPerUser = properties.getMaxTokensPerUser();
	}

	/**
	 * Creates a token for the calling principal.
	 * @param comment free text that tags the token, or {@code null}
	 * @param lifetime how long it is valid, or {@code null} for the workspace's maximum
	 * @return the created token, with its value (shown only once)
	 */
	public Mono<CreateTokenResponse> create(@Nullable String comment, @Nullable Duration lifetime) {
		return this.tokens.create(comment, lifetime);
	}

	/**
	 * Lists the calling principal's valid tokens.
	 * @return the tokens, without values
	 */
	public Flux<PublicTokenInfo> list() {
		return this.tokens.list();
	}

	/**
	 * Lists the tokens the portal created for a user.
	 * @param owner the signed-in user
	 * @return the user's tokens, without values
	 */
	public Flux<PublicTokenInfo> listOwnedBy(OwnerTag owner) {
		return this.tokens.list().filter((token) -> owner.owns(token.comment()));
	}

	/**
	 * Creates a token for a user, tagged with the user's name, unless the user already holds
	 * {@code sample.max-tokens-per-user} live tokens. The count is read just before the create:
	 * two creates of one user at the same time (on two replicas, say) may both pass it, so the
	 * cap can be exceeded by the creates in flight; it keeps one user from using up the shared
	 * quota, it is not a lock.
	 * @param owner the signed-in user
	 * @param comment the user's comment, or {@code null}; already checked
	 * @param lifetime how long it is valid; already checked
	 * @return the created token, with its value (shown only once); fails with
	 * {@link TokenCapReachedException}, and creates nothing, when the user is at the cap
	 */
	public Mono<CreateTokenResponse> createFor(OwnerTag owner, @Nullable String comment, Duration lifetime) {
		return listOwnedBy(owner).count().flatMap((held) -> {
			if (held >= this.maxTokensPerUser) {
				logger.info("Portal user {} holds {} tokens, the cap is {}: create refused", LogText.escape(owner.user()), held,
						this.maxTokensPerUser);
				return Mono.error(new TokenCapReachedException(this.maxTokensPerUser, held));
			}
			return createTagged(owner, comment, lifetime);
		});
	}

	private Mono<CreateTokenResponse> createTagged(OwnerTag owner, @Nullable String comment, Duration lifetime) {
		return this.tokens.create(owner.tag(comment), lifetime)
			.doOnNext((created) -> logger.info("Portal user {} created token {} ({}, {})", LogText.escape(owner.user()),
					created.tokenInfo().tokenId(), LogText.comment(comment), LogText.expiry(created.tokenInfo().expiryTime())));
	}

	/**
	 * Revokes one of a user's tokens.
	 * @param owner the signed-in user
	 * @param tokenId the token's id
	 * @return completes once the token is revoked; fails with {@link UnknownTokenException} when
	 * the user has no such token
	 */
	public Mono<Void> revokeOwnedBy(OwnerTag owner, String tokenId) {
		return listOwnedBy(owner).any((token) -> token.tokenId().equals(tokenId)).flatMap((owned) -> {
			if (!owned) {
				return Mono.error(new UnknownTokenException(tokenId));
			}
			return this.tokens.delete(tokenId)
				.doOnSuccess((done) -> logger.info("Portal user {} revoked token {}", LogText.escape(owner.user()), tokenId));
		});
	}

	/**
	 * Revokes a token.
	 * @param tokenId the token's id
	 * @return completes once the token is revoked
	 */
	public Mono<Void> revoke(String tokenId) {
		return this.tokens.delete(tokenId);
	}

}
