package dev.dbtokens.client.autoconfigure.lifecycle;

import java.time.Duration;

import dev.dbtokens.client.lifecycle.RevocationReport;
import dev.dbtokens.client.rotation.TokenRotation;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The job {@code orphans.<rotation>}: revokes the tokens of the rotation's instances that are gone
 * ({@link TokenRotation#revokeOrphans()}), once across the replicas through {@link TokenJobs}.
 */
public final class OrphanCleanup implements Runnable {

	static final String JOB_PREFIX = "orphans.";

	private static final Log logger = LogFactory.getLog(TokenRotation.class);

	private static final Duration TIMEOUT = Duration.ofMinutes(5);

	private final String name;

	private final TokenRotation rotation;

	private OrphanCleanup(String name, TokenRotation rotation) {
		this.name = name;
		this.rotation = rotation;
	}

	/**
	 * Leaves the rotation's orphans to a job of {@code jobs}, run every check interval.
	 * @return the job's name
	 * @throws IllegalArgumentException when {@code jobs} refuses the job (see {@link TokenJobs#schedule})
	 */
	static String schedule(String name, TokenRotation rotation, TokenJobs jobs) {
		String job = JOB_PREFIX + name;
		rotation.leaveOrphansToCaller();
		jobs.schedule(job, rotation.policy().checkInterval(), new OrphanCleanup(name, rotation));
		return job;
	}

	@Override
	public void run() {
		RevocationReport report = this.rotation.revokeOrphans().block(TIMEOUT);
		if (report == null) {
			return;
		}
		if (!report.revoked().isEmpty()) {
			logger.info("Token rotation '" + this.name + "': revoked " + report.revoked().size()
					+ " orphaned token(s) of instances that are gone: " + report.revoked());
		}
		report.failed().forEach((id, ex) -> logger.warn("Token rotation '" + this.name + "': could not revoke orphaned token "
				+ id + ", trying again at the next cleanup: " + ex.getMessage()));
	}

}
