package dev.dbtokens.sample.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.dbtokens.client.OnBehalfOfToken;
import dev.dbtokens.client.TokenManagementClient;
import dev.dbtokens.client.error.NotFoundException;
import dev.dbtokens.sample.LogText;
import dev.dbtokens.sample.OwnerTag;
import dev.dbtokens.sample.SampleProperties;
import dev.dbtokens.sample.TeamProperties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Mints on-behalf-of tokens for the service principal of a team ({@code sample.teams.<team>}),
 * for the team's members only, through {@link TokenManagementClient#createOnBehalfOf}. The token
 * is tagged with the member who asked for it, so the admin page and the compliance sweep see who.
 */
@Component
class TeamTokens {

	private static final Logger logger = LoggerFactory.getLogger(TeamTokens.class);

	private final TokenManagementClient client;

	private final Map<String, TeamProperties> teams;

	TeamTokens(TokenManagementClient client, SampleProperties properties) {
		this.client = client;
		this.teams = properties.getTeams();
	}

	/**
	 * Creates a token for a team's service principal.
	 * @param user the signed-in user
	 * @param team the team's name
	 * @param comment the checked comment, or {@code null}
	 * @param lifetime the checked lifetime
	 * @return the token, its value this once; fails with a 404 when there is no such team, a 403
	 * when the user is not a member, and a 500 when the team's service principal is not configured
	 * or the workspace does not know it
	 */
	Mono<OnBehalfOfToken> create(String user, String team, @Nullable String comment, Duration lifetime) {
		return Mono.defer(() -> {
			String applicationId = applicationIdFor(user, team);
			return this.client.createOnBehalfOf(applicationId, new OwnerTag(user).tag(comment), lifetime, null)
				.onErrorMap(NotFoundException.class, (ex) -> unknownServicePrincipal(team, applicationId, ex))
				.doOnNext((created) -> logger.info("Portal user {} created token {} for team {} ({}, {})",
						LogText.escape(user), created.tokenInfo().tokenId(), LogText.escape(team),
						LogText.comment(comment), LogText.expiry(created.tokenInfo().expiryTime())));
		});
	}

	/**
	 * Whether a user is a member of a team.
	 */
	boolean isMember(String user, String team) {
		TeamProperties found = this.teams.get(team);
		return found != null && found.getMembers().contains(user);
	}

	/**
	 * Returns the names of the teams a user is a member of, in declaration order.
	 */
	List<String> teamsOf(String user) {
		return this.teams.keySet().stream().filter((team) -> isMember(user, team)).toList();
	}

	/**
	 * The workspace knows no service principal of the configured application id: this service's
	 * configuration is wrong, not the user's request, so a 500 that says which property to correct.
	 */
	private static ResponseStatusException unknownServicePrincipal(String team, String applicationId, NotFoundException ex) {
		return new ResponseStatusException(HttpStatus.INTERNAL_SERVER_ERROR, "Team '" + LogText.escape(team)
				+ "' is mapped to a service principal the workspace does not know (application id " + LogText.escape(applicationId)
				+ "; " + ex.getMessage() + "): an admin should correct sample.teams." + LogText.escape(team) + ".application-id", ex);
	}

	private String applicationIdFor(String user, String team) {
		TeamProperties found = this.teams.get(team);
		if (found == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no team '" + LogText.escape(team)
					+ "': teams are declared as sample.teams.<team>.application-id and .members");
		}
		if (!found.getMembers().contains(user)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "You are not a member of team '" + LogText.escape(team)
					+ "': ask an admin to add you to sample.teams." + LogText.escape(team) + ".members");
		}
		if (found.getApplicationId() == null) {
			throw new ResponseStatusException(HttpStatus.INTERNAL_SERVER_ERROR, "Team '" + LogText.escape(team)
					+ "' has no service principal: set sample.teams." + LogText.escape(team) + ".application-id");
		}
		return found.getApplicationId();
	}

}
