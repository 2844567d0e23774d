package dev.dbtokens.client.autoconfigure;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches unless only named workspaces are configured: with no {@code databricks.workspaces.*}
 * the single-workspace client is always configured (and explains a missing host).
 */
class DefaultWorkspaceCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		Environment environment = context.getEnvironment();
		boolean named = Binder.get(environment)
			.bind("databricks.workspaces", Bindable.mapOf(String.class, WorkspaceProperties.class))
			.map((workspaces) -> !workspaces.isEmpty())
			.orElse(false);
		if (!named) {
			return ConditionOutcome.match("no databricks.workspaces are configured");
		}
		for (String property : PropertiesDatabricksConnectionDetails.TOP_LEVEL_WORKSPACE_KEYS) {
			if (environment.containsProperty(property)) {
				return ConditionOutcome.match(property + " is set beside databricks.workspaces");
			}
		}
		return ConditionOutcome.noMatch("only databricks.workspaces are configured");
	}

}
