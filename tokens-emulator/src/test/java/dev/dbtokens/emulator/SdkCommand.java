package dev.dbtokens.emulator;

import com.databricks.sdk.WorkspaceClient;
import com.databricks.sdk.service.settings.CreateTokenRequest;
import com.databricks.sdk.service.settings.PublicTokenInfo;
import com.databricks.sdk.service.settings.RevokeTokenRequest;

/**
 * One call of the official Databricks Java SDK, run in a JVM of its own by the tests: the
 * client is built with no configuration in code, so the SDK's own environment lookup
 * ({@code DATABRICKS_HOST}, {@code DATABRICKS_TOKEN}, {@code ~/.databrickscfg}) is all that
 * points it at the emulator. Prints one result line per token on standard output.
 */
public final class SdkCommand {

	private SdkCommand() {
	}

	/**
	 * Runs {@code create COMMENT}, {@code list} or {@code delete TOKEN_ID}.
	 * @param args the command and its argument
	 */
	public static void main(String[] args) {
		WorkspaceClient workspace = new WorkspaceClient();
		switch (args[0]) {
			case "create" -> System.out.println("created " + workspace.tokens()
				.create(new CreateTokenRequest().setComment(args[1]).setLifetimeSeconds(3600L))
				.getTokenInfo()
				.getTokenId());
			case "list" -> {
				for (PublicTokenInfo token : workspace.tokens().list()) {
					System.out.println("token " + token.getTokenId() + " " + token.getComment());
				}
			}
			case "delete" -> {
				workspace.tokens().delete(new RevokeTokenRequest().setTokenId(args[1]));
				System.out.println("deleted " + args[1]);
			}
			default -> throw new IllegalArgumentException("Unknown command " + args[0] + ": create, list or delete.");
		}
	}

}
