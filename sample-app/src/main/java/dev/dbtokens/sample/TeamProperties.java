package dev.dbtokens.sample;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A team mapped to a service principal, under {@code sample.teams.<team>}.
 */
public class TeamProperties {

	/**
	 * Application id (a UUID) of the team's service principal, the one its on-behalf-of
	 * tokens authenticate as.
	 */
	private @Nullable String applicationId;

	/**
	 * User names of the portal users who may mint tokens for the team's service principal.
	 */
	private List<String> members = new ArrayList<>();

	/**
	 * Returns the application id of the team's service principal.
	 * @return the application id, or {@code null} when unset
	 */
	public @Nullable String getApplicationId() {
		return this.applicationId;
	}

	/**
	 * Sets the application id of the team's service principal.
	 * @param applicationId the application id, not blank
	 */
	public void setApplicationId(String applicationId) {
		if (applicationId == null || applicationId.isBlank()) {
			throw new IllegalArgumentException("sample.teams.<team>.application-id must not be blank: give the application id "
					+ "(a UUID) of the team's service principal");
		}
		this.applicationId = applicationId.strip();
	}

	/**
	 * Returns the user names of the team's members.
	 * @return the members
	 */
	public List<String> getMembers() {
		return this.members;
	}

	/**
	 * Sets the user names of the team's members.
	 * @param members the portal user names
	 */
	public void setMembers(List<String> members) {
		this.members = new ArrayList<>(members);
	}

	@Override
	public String toString() {
		return "Team[applicationId=" + this.applicationId + ", members=" + this.members + "]";
	}

}
