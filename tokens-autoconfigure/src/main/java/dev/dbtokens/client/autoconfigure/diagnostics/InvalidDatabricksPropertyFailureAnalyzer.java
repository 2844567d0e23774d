package dev.dbtokens.client.autoconfigure.diagnostics;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a missing or invalid {@code databricks.*} property at start-up: which property, what
 * was wrong, what to set.
 */
public class InvalidDatabricksPropertyFailureAnalyzer extends AbstractFailureAnalyzer<InvalidDatabricksPropertyException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidDatabricksPropertyException cause) {
		return new FailureAnalysis("The Databricks TokensClient could not be configured. " + cause.getMessage() + ".",
				cause.action(), cause);
	}

}
